import { and, asc, eq, getTableColumns, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../../worker/db/client';
import {
  apiKeys,
  attachments,
  auditLog,
  calls,
  challengeCriteria,
  challengeStages,
  challenges,
  challengeTags,
  clusterMemberships,
  clusters,
  conflictDeclarations,
  conversationParticipants,
  conversations,
  cooperationMilestones,
  decisionOverrides,
  emailOutbox,
  emailTokens,
  endorsements,
  evaluationDrafts,
  evaluations,
  evaluatorAssignments,
  eventRegistrations,
  events,
  expertFacets,
  expertProfiles,
  invitations,
  juryProgress,
  meetingFollowUps,
  meetingRequests,
  meetings,
  messages,
  notificationPreferences,
  notifications,
  organizationFacets,
  organizationMemberships,
  organizations,
  questions,
  reports,
  savedSearches,
  sessions,
  solutionMembers,
  solutionStages,
  solutions,
  stageSlots,
  termsAcceptances,
  users,
  webhooks,
} from '../../../worker/db/schema';
import type { DataExport } from '../../../worker/domain/accounts/export.schema';
import type { SignedIn } from '../../../worker/domain/actor';
import { milestoneFields } from '../../../worker/domain/cooperations/read';
import { groupBy } from '../../../worker/domain/group-by';
import type { SummaryRow } from '../../../worker/domain/organizations/search';

const ABOUT =
  'Everything Bedside holds about your account at generated_at: your account and organization, clusters, ' +
  'sessions, emailed links, the challenges you own, your questions and answers, endorsements, solutions, ' +
  'where your solutions stand in each stage, team memberships, the files you attached (their names and sizes, not their bytes), terms you accepted, calls you created, ' +
  'cooperation milestones you recorded, ' +
  'jury seats, scores, conflict declarations, decisions you explained, reports, notifications, saved searches, API keys, webhooks, emails, invitations ' +
  'and the audit entries you made or that are about your account. Left out on purpose: secrets (your ' +
  'password hash, session and link secrets, feed addresses), who else acted on your account, and other ' +
  'people’s confidential content, such as the solutions submitted to your challenges (only their number) ' +
  'and the text of others’ questions once hidden.';

const PASSWORD = 'Stored only as a salted hash (PBKDF2-SHA256); neither the password nor the hash is included.';

const { seq: _seq, listed: _listed, ...challengeColumns } = getTableColumns(challenges);
const stageColumns = getTableColumns(challengeStages);

const invitationColumns = {
  id: invitations.id,
  kind: invitations.kind,
  challenge_id: invitations.challenge_id,
  cluster_id: invitations.cluster_id,
  role: invitations.role,
  status: invitations.status,
  expires_at: invitations.expires_at,
  accepted_at: invitations.accepted_at,
  last_sent_at: invitations.last_sent_at,
  created_at: invitations.created_at,
};

const auditColumns = {
  id: auditLog.id,
  action: auditLog.action,
  entity_type: auditLog.entity_type,
  entity_id: auditLog.entity_id,
  // Hiding a question (once) kept its text here: it is someone else's, hidden for everyone.
  before: sql<Record<string, unknown> | null>`CASE WHEN ${auditLog.action} = 'question.hide'
    THEN json_remove(${auditLog.before}, '$.body') ELSE ${auditLog.before} END`
    .mapWith(auditLog.before)
    .as('before'),
  after: auditLog.after,
  purged_fields: auditLog.purged_fields,
  purged_at: auditLog.purged_at,
  created_at: auditLog.created_at,
};

/**
 * Everything held about the signed-in person, in one round trip: one batch of reads, each by an
 * index on the person's id or (confirmed) address. See export.schema.ts for what is left out and why.
 * Callers count the download against `exportLimits` first.
 */
export async function exportByRows(db: Database, actor: SignedIn): Promise<DataExport> {
  const me = actor.id;
  // Only a confirmed address is theirs: an unconfirmed one may be someone else's (no invitation or
  // email is to the empty address), as on the dashboard.
  const address = actor.emailConfirmed ? actor.email : '';
  const owned = db.select({ id: challenges.id }).from(challenges).where(eq(challenges.owner_id, me));
  const mine = db.select({ id: solutions.id }).from(solutions).where(eq(solutions.submitter_id, me));
  const [
    account,
    organization,
    memberships,
    sessionRows,
    links,
    challengeRows,
    criteria,
    tags,
    asked,
    answered,
    endorsed,
    solutionRows,
    attached,
    seats,
    scoreRows,
    drafts,
    conflicts,
    overrides,
    reported,
    inbox,
    preferences,
    searches,
    keys,
    hooks,
    emails,
    received,
    sent,
    made,
    about,
    teams,
    acceptances,
    stages,
    solutionStageRows,
    slots,
    callsCreated,
    milestones,
    profile,
    profileFacets,
    affiliations,
    eventRegistrationRows,
    meetingRequestRows,
    meetingRows,
    followUpRows,
    talks,
    written,
  ] = await db.batch([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        kind: users.kind,
        is_admin: users.is_admin,
        language: users.locale,
        time_zone: users.time_zone,
        created_at: users.created_at,
        updated_at: users.updated_at,
        email_confirmed_at: users.email_confirmed_at,
        password_changed_at: users.password_changed_at,
      })
      .from(users)
      .where(eq(users.id, me)),
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        kind: organizations.kind,
        country: organizations.country,
        size: organizations.size,
        region: organizations.region,
        website: organizations.website,
        description: organizations.description,
        trl_min: organizations.trl_min,
        trl_max: organizations.trl_max,
        listed_at: organizations.listed_at,
        facets: sql<string>`(SELECT json_group_array(json_object('facet', ${organizationFacets.facet}, 'value', ${organizationFacets.value}))
          FROM ${organizationFacets} WHERE ${organizationFacets.organization_id} = ${organizations.id})`,
      })
      .from(organizations)
      .where(eq(organizations.id, sql`(SELECT "users"."organization_id" FROM "users" WHERE "users"."id" = ${me})`)),
    db
      .select({
        cluster: clusters.slug,
        cluster_name: clusters.name,
        role: clusterMemberships.role,
        created_at: clusterMemberships.created_at,
      })
      .from(clusterMemberships)
      .innerJoin(clusters, eq(clusters.id, clusterMemberships.cluster_id))
      .where(eq(clusterMemberships.user_id, me))
      .orderBy(asc(clusters.slug)),
    db
      .select({
        user_agent: sessions.user_agent,
        created_at: sessions.created_at,
        last_seen_at: sessions.last_seen_at,
        expires_at: sessions.expires_at,
        revoked_at: sessions.revoked_at,
      })
      .from(sessions)
      .where(eq(sessions.user_id, me))
      .orderBy(asc(sessions.created_at)),
    db
      .select({
        purpose: emailTokens.purpose,
        email: emailTokens.email,
        created_at: emailTokens.created_at,
        expires_at: emailTokens.expires_at,
        used_at: emailTokens.used_at,
      })
      .from(emailTokens)
      .where(eq(emailTokens.user_id, me))
      .orderBy(asc(emailTokens.created_at)),
    db
      .select({
        ...challengeColumns,
        // Spelled out: a column alone would lose its table inside the subquery and match the solution's own id.
        solutions_received: sql<number>`(SELECT count(*) FROM "solutions"
          WHERE "solutions"."challenge_id" = "challenges"."id" AND "solutions"."status" <> 'draft')`.as(
          'solutions_received',
        ),
      })
      .from(challenges)
      .where(eq(challenges.owner_id, me))
      .orderBy(asc(challenges.id)),
    db
      .select({
        challenge_id: challengeCriteria.challenge_id,
        key: challengeCriteria.key,
        label: challengeCriteria.label,
        description: challengeCriteria.description,
        weight: challengeCriteria.weight,
        position: challengeCriteria.position,
        stage: challengeCriteria.stage,
      })
      .from(challengeCriteria)
      .where(inArray(challengeCriteria.challenge_id, owned))
      .orderBy(asc(challengeCriteria.challenge_id), asc(challengeCriteria.position)),
    db
      .select({ challenge_id: challengeTags.challenge_id, tag: challengeTags.tag })
      .from(challengeTags)
      .where(inArray(challengeTags.challenge_id, owned))
      .orderBy(asc(challengeTags.challenge_id), asc(challengeTags.tag)),
    db
      .select({
        id: questions.id,
        challenge_id: questions.challenge_id,
        body: questions.body,
        answer: questions.answer,
        answered_at: questions.answered_at,
        hidden_at: questions.hidden_at,
        created_at: questions.created_at,
      })
      .from(questions)
      .where(eq(questions.author_id, me))
      .orderBy(asc(questions.created_at)),
    db
      .select({
        id: questions.id,
        challenge_id: questions.challenge_id,
        // The asker's text, unless it was hidden: then it is gone for everyone but its author.
        question: sql<string | null>`CASE WHEN ${questions.hidden_at} IS NULL THEN ${questions.body} END`.as(
          'question',
        ),
        answer: questions.answer,
        answered_at: questions.answered_at,
        hidden_at: questions.hidden_at,
      })
      .from(questions)
      // Only a challenge's owner answers its questions: found through their challenges, by an index.
      .where(and(inArray(questions.challenge_id, owned), eq(questions.answered_by, me)))
      .orderBy(asc(questions.answered_at)),
    db
      .select({ challenge_id: endorsements.challenge_id, created_at: endorsements.created_at })
      .from(endorsements)
      .where(eq(endorsements.user_id, me))
      .orderBy(asc(endorsements.created_at)),
    db.select().from(solutions).where(eq(solutions.submitter_id, me)).orderBy(asc(solutions.created_at)),
    db
      .select({
        id: attachments.id,
        solution_id: attachments.solution_id,
        challenge_id: attachments.challenge_id,
        filename: attachments.filename,
        content_type: attachments.content_type,
        size: attachments.size,
        created_at: attachments.created_at,
        deleted_at: attachments.deleted_at,
      })
      .from(attachments)
      .where(eq(attachments.uploaded_by, me))
      .orderBy(asc(attachments.id)),
    db
      .select({
        challenge_id: evaluatorAssignments.challenge_id,
        stage: evaluatorAssignments.stage,
        created_at: evaluatorAssignments.created_at,
        // The seat's progress as the jury page shows it (issue 17: jury_progress, which goes with the seat).
        declared: sql<number>`coalesce(${juryProgress.declared}, 0)`.as('seat_declared'),
        conflicts: sql<number>`coalesce(${juryProgress.conflicts}, 0)`.as('seat_conflicts'),
        scored: sql<number>`coalesce(${juryProgress.scored}, 0)`.as('seat_scored'),
      })
      .from(evaluatorAssignments)
      .leftJoin(
        juryProgress,
        and(
          eq(juryProgress.challenge_id, evaluatorAssignments.challenge_id),
          eq(juryProgress.stage, evaluatorAssignments.stage),
          eq(juryProgress.user_id, evaluatorAssignments.user_id),
        ),
      )
      .where(eq(evaluatorAssignments.user_id, me))
      .orderBy(asc(evaluatorAssignments.created_at)),
    db
      .select({
        solution_id: evaluations.solution_id,
        stage: evaluations.stage,
        scores: evaluations.scores,
        comment: evaluations.comment,
        created_at: evaluations.created_at,
        updated_at: evaluations.updated_at,
      })
      .from(evaluations)
      .where(eq(evaluations.evaluator_id, me))
      .orderBy(asc(evaluations.created_at)),
    db
      .select({
        solution_id: evaluationDrafts.solution_id,
        stage: evaluationDrafts.stage,
        scores: evaluationDrafts.scores,
        comment: evaluationDrafts.comment,
        updated_at: evaluationDrafts.updated_at,
      })
      .from(evaluationDrafts)
      .where(eq(evaluationDrafts.evaluator_id, me))
      .orderBy(asc(evaluationDrafts.updated_at)),
    db
      .select({
        solution_id: conflictDeclarations.solution_id,
        stage: conflictDeclarations.stage,
        conflict: conflictDeclarations.conflict,
        note: conflictDeclarations.note,
        declared_at: conflictDeclarations.declared_at,
        automatic: conflictDeclarations.automatic,
        reason: conflictDeclarations.reason,
      })
      .from(conflictDeclarations)
      .where(eq(conflictDeclarations.evaluator_id, me))
      .orderBy(asc(conflictDeclarations.declared_at)),
    db
      .select({
        challenge_id: decisionOverrides.challenge_id,
        solution_id: decisionOverrides.solution_id,
        note: decisionOverrides.note,
        created_at: decisionOverrides.created_at,
      })
      .from(decisionOverrides)
      .where(eq(decisionOverrides.decided_by, me))
      .orderBy(asc(decisionOverrides.created_at)),
    // Not who resolved it, nor their note: those are the moderators'.
    db
      .select({
        id: reports.id,
        entity_type: reports.entity_type,
        entity_id: reports.entity_id,
        reason: reports.reason,
        status: reports.status,
        resolved_at: reports.resolved_at,
        created_at: reports.created_at,
      })
      .from(reports)
      .where(eq(reports.reporter_id, me))
      .orderBy(asc(reports.created_at)),
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        challenge_id: notifications.challenge_id,
        params: notifications.params,
        read_at: notifications.read_at,
        digest: notifications.digest,
        digested_at: notifications.digested_at,
        created_at: notifications.created_at,
      })
      .from(notifications)
      .where(eq(notifications.user_id, me))
      .orderBy(asc(notifications.id)),
    db
      .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.user_id, me))
      .orderBy(asc(notificationPreferences.kind)),
    db
      .select({
        id: savedSearches.id,
        name: savedSearches.name,
        query: savedSearches.query,
        created_at: savedSearches.created_at,
      })
      .from(savedSearches)
      .where(eq(savedSearches.user_id, me))
      .orderBy(asc(savedSearches.id)),
    // Their API keys, revoked ones too: names, scopes and dates, never the secret's digest.
    db
      .select({
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        expires_at: apiKeys.expires_at,
        created_at: apiKeys.created_at,
        revoked_at: apiKeys.revoked_at,
      })
      .from(apiKeys)
      .where(eq(apiKeys.user_id, me))
      .orderBy(asc(apiKeys.id)),
    // Their webhook subscriptions: targets, events and dates, never the signing secret.
    db
      .select({
        url: webhooks.url,
        events: webhooks.events,
        disabled_at: webhooks.disabled_at,
        created_at: webhooks.created_at,
      })
      .from(webhooks)
      .where(eq(webhooks.user_id, me))
      .orderBy(asc(webhooks.id)),
    // Sent to the account, or to its address with no account behind it (an invitation before they
    // registered); never another account's mail to the same address. Not the text: it is never stored.
    db
      .select({
        kind: emailOutbox.kind,
        to_email: emailOutbox.to_email,
        language: emailOutbox.language,
        status: emailOutbox.status,
        created_at: emailOutbox.created_at,
        sent_at: emailOutbox.sent_at,
      })
      .from(emailOutbox)
      .where(or(eq(emailOutbox.user_id, me), and(isNull(emailOutbox.user_id), eq(emailOutbox.to_email, address))))
      .orderBy(asc(emailOutbox.created_at)),
    db
      .select(invitationColumns)
      .from(invitations)
      .where(
        // To their address now, or accepted by them under whatever address they had then.
        or(eq(invitations.email, address), eq(invitations.accepted_by, me)),
      )
      .orderBy(asc(invitations.created_at)),
    db
      .select({ ...invitationColumns, email: invitations.email })
      .from(invitations)
      .where(eq(invitations.invited_by, me))
      .orderBy(asc(invitations.created_at)),
    db.select(auditColumns).from(auditLog).where(eq(auditLog.actor_id, me)).orderBy(asc(auditLog.id)),
    // About the account but made by someone else (an admin, the system): without who.
    db
      .select(auditColumns)
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity_type, 'user'),
          eq(auditLog.entity_id, me),
          or(isNull(auditLog.actor_id), ne(auditLog.actor_id, me)),
        ),
      )
      .orderBy(asc(auditLog.id)),
    // The teams they are on (issue 14), their own solutions' included (solution_members_user_idx).
    db
      .select({
        solution_id: solutionMembers.solution_id,
        role: solutionMembers.role,
        organization_name: solutionMembers.organization_name,
        added_at: solutionMembers.added_at,
      })
      .from(solutionMembers)
      .where(eq(solutionMembers.user_id, me))
      .orderBy(asc(solutionMembers.added_at)),
    // The terms they accepted on a solution (issue 14): which version, when (terms_acceptances_user_idx).
    db
      .select({
        solution_id: termsAcceptances.solution_id,
        challenge_id: termsAcceptances.challenge_id,
        version: termsAcceptances.version,
        accepted_at: termsAcceptances.accepted_at,
      })
      .from(termsAcceptances)
      .where(eq(termsAcceptances.user_id, me))
      .orderBy(asc(termsAcceptances.accepted_at)),
    // Issue 15: the stages of the challenges they own (by the primary key)…
    db
      .select(stageColumns)
      .from(challengeStages)
      .where(inArray(challengeStages.challenge_id, owned))
      .orderBy(asc(challengeStages.challenge_id), asc(challengeStages.stage)),
    // …and where their solutions stand in each stage, with pitch slots (solutions_submitter_idx, then the keys).
    db
      .select({
        solution_id: solutionStages.solution_id,
        stage: solutionStages.stage,
        submitted_at: solutionStages.submitted_at,
        snapshot: solutionStages.snapshot,
        outcome: solutionStages.outcome,
        outcome_at: solutionStages.outcome_at,
        feedback_shared: solutionStages.feedback_shared,
      })
      .from(solutionStages)
      .where(inArray(solutionStages.solution_id, mine))
      .orderBy(asc(solutionStages.solution_id), asc(solutionStages.stage)),
    db
      .select({
        solution_id: stageSlots.solution_id,
        stage: stageSlots.stage,
        starts_at: stageSlots.starts_at,
        ends_at: stageSlots.ends_at,
        location: stageSlots.location,
      })
      .from(stageSlots)
      .where(inArray(stageSlots.solution_id, mine))
      .orderBy(asc(stageSlots.solution_id), asc(stageSlots.stage)),
    // The calls they created (issue 15), by calls_created_by_idx.
    db
      .select({
        id: calls.id,
        title: calls.title,
        status: calls.status,
        created_at: calls.created_at,
        updated_at: calls.updated_at,
      })
      .from(calls)
      .where(eq(calls.created_by, me))
      .orderBy(asc(calls.id)),
    // Milestones of cooperations they recorded or last changed (issue 15), by either index.
    db
      .select({
        ...milestoneFields,
        cooperation_id: cooperationMilestones.cooperation_id,
        created_at: cooperationMilestones.created_at,
        recorded_by_you: sql<number>`${cooperationMilestones.created_by} = ${me}`.as('recorded_by_you'),
        last_changed_by_you: sql<number>`${cooperationMilestones.updated_by} = ${me}`.as('last_changed_by_you'),
      })
      .from(cooperationMilestones)
      .where(or(eq(cooperationMilestones.created_by, me), eq(cooperationMilestones.updated_by, me)))
      .orderBy(asc(cooperationMilestones.created_at)),
    // Their expert profile (issue 16), public or not, and its expertise and languages.
    db.select().from(expertProfiles).where(eq(expertProfiles.user_id, me)),
    db
      .select({ facet: expertFacets.facet, value: expertFacets.value })
      .from(expertFacets)
      .where(eq(expertFacets.user_id, me))
      .orderBy(asc(expertFacets.facet), asc(expertFacets.value)),
    // Their claims to belong to organizations and their decisions (issue 16), not who decided.
    db
      .select({
        organization_id: organizationMemberships.organization_id,
        organization_name: organizations.name,
        role: organizationMemberships.role,
        status: organizationMemberships.status,
        via: organizationMemberships.via,
        claimed_at: organizationMemberships.claimed_at,
        decided_at: organizationMemberships.decided_at,
      })
      .from(organizationMemberships)
      .innerJoin(organizations, eq(organizations.id, organizationMemberships.organization_id))
      .where(eq(organizationMemberships.user_id, me))
      .orderBy(asc(organizationMemberships.claimed_at)),
    // Matchmaking events (issue 16): registrations, requests either way, meetings, follow-ups.
    db
      .select({
        event_id: eventRegistrations.event_id,
        event_title: sql<string>`${events.title}`.as('event_title'),
        status: eventRegistrations.status,
        terms_accepted_at: eventRegistrations.terms_accepted_at,
        availability: eventRegistrations.availability,
        note: eventRegistrations.note,
        created_at: eventRegistrations.created_at,
        decided_at: eventRegistrations.decided_at,
      })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.event_id))
      .where(eq(eventRegistrations.user_id, me))
      .orderBy(asc(eventRegistrations.created_at)),
    db
      .select({
        id: meetingRequests.id,
        event_id: meetingRequests.event_id,
        sent_by_you: sql<number>`${meetingRequests.from_user} = ${me}`.as('sent_by_you'),
        other_person:
          sql<string>`(SELECT u.name FROM ${users} u WHERE u.id = CASE WHEN ${meetingRequests.from_user} = ${me}
          THEN ${meetingRequests.to_user} ELSE ${meetingRequests.from_user} END)`.as('other_person'),
        message: meetingRequests.message,
        status: meetingRequests.status,
        created_at: meetingRequests.created_at,
        decided_at: meetingRequests.decided_at,
      })
      .from(meetingRequests)
      .where(or(eq(meetingRequests.from_user, me), eq(meetingRequests.to_user, me)))
      .orderBy(asc(meetingRequests.id)),
    db
      .select({
        id: meetings.id,
        event_id: meetings.event_id,
        other_person: sql<string>`(SELECT u.name FROM ${users} u WHERE u.id = CASE WHEN ${meetings.from_user} = ${me}
          THEN ${meetings.to_user} ELSE ${meetings.from_user} END)`.as('meeting_other_person'),
        starts_at: meetings.starts_at,
        ends_at: meetings.ends_at,
        table_number: meetings.table_number,
      })
      .from(meetings)
      .where(or(eq(meetings.from_user, me), eq(meetings.to_user, me)))
      .orderBy(asc(meetings.id)),
    db
      .select({
        meeting_id: meetingFollowUps.meeting_id,
        met: meetingFollowUps.met,
        next_step: meetingFollowUps.next_step,
        created_at: meetingFollowUps.created_at,
      })
      .from(meetingFollowUps)
      .where(eq(meetingFollowUps.user_id, me))
      .orderBy(asc(meetingFollowUps.created_at)),
    // Relayed conversations (issue 16) they take part in, and what they wrote: never the others' messages.
    db
      .select({
        id: conversations.id,
        subject: conversations.subject,
        about_kind: conversations.about_kind,
        about_id: conversations.about_id,
        created_at: conversations.created_at,
        last_message_at: conversations.last_message_at,
        started_by_you: sql<number>`${conversations.created_by} = ${me}`.as('started_by_you'),
        share_email: conversationParticipants.share_email,
        blocked_at: conversationParticipants.blocked_at,
        last_read_at: conversationParticipants.last_read_at,
        reported_at: conversationParticipants.reported_at,
      })
      .from(conversationParticipants)
      .innerJoin(conversations, eq(conversations.id, conversationParticipants.conversation_id))
      .where(eq(conversationParticipants.user_id, me))
      .orderBy(asc(conversations.created_at), asc(conversations.id)),
    db
      .select({
        id: messages.id,
        conversation_id: messages.conversation_id,
        body: messages.body,
        created_at: messages.created_at,
      })
      .from(messages)
      .where(eq(messages.sender_id, me))
      .orderBy(asc(messages.created_at), asc(messages.id)),
  ]);
  const user = account[0];
  if (!user) throw new Error(`Signed-in user ${me} has no row.`);
  // Each challenge's criteria, tags and stages, grouped once (an owner may hold hundreds of challenges).
  const byChallenge = <T extends { challenge_id: string }>(rows: T[]) => groupBy(rows, (row) => row.challenge_id);
  const [criteriaOf, tagsOf, stagesOf] = [byChallenge(criteria), byChallenge(tags), byChallenge(stages)];
  const auditEntries = [
    ...made.map((entry) => ({ ...entry, by_you: true })),
    ...about.map((entry) => ({ ...entry, by_you: false })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    about: ABOUT,
    generated_at: new Date().toISOString(),
    account: { ...user, password: PASSWORD },
    organization: organization[0] ? organizationPart(organization[0]) : null,
    clusters: memberships,
    sessions: sessionRows,
    email_links: links,
    challenges: challengeRows.map((challenge) => ({
      ...challenge,
      criteria: (criteriaOf.get(challenge.id) ?? []).map(({ challenge_id: _, ...c }) => c),
      tags: (tagsOf.get(challenge.id) ?? []).map((t) => t.tag),
      stages: (stagesOf.get(challenge.id) ?? []).map(({ challenge_id: _, ...st }) => st),
    })),
    questions_asked: asked,
    answers_given: answered,
    endorsements: endorsed,
    solutions: solutionRows,
    solution_stages: solutionStageRows,
    stage_slots: slots,
    team_memberships: teams,
    attachments: attached,
    terms_acceptances: acceptances,
    calls_created: callsCreated,
    cooperation_milestones: milestones.map((m) => ({
      ...m,
      recorded_by_you: Boolean(m.recorded_by_you),
      last_changed_by_you: Boolean(m.last_changed_by_you),
    })),
    jury_seats: seats,
    scores: scoreRows,
    score_drafts: drafts,
    conflict_declarations: conflicts,
    decision_overrides: overrides,
    reports: reported,
    notifications: inbox,
    notification_preferences: preferences,
    saved_searches: searches,
    api_keys: keys,
    webhooks: hooks,
    emails,
    invitations_received: received,
    invitations_sent: sent,
    audit_entries: auditEntries,
    expert_profile: profile[0]
      ? {
          ...profile[0],
          expertise: profileFacets.filter((f) => f.facet === 'expertise').map((f) => f.value),
          languages: profileFacets.filter((f) => f.facet === 'language').map((f) => f.value),
        }
      : null,
    organization_memberships: affiliations,
    events: {
      registrations: eventRegistrationRows.map((r) => ({ ...r, availability: r.availability ?? null })),
      meeting_requests: meetingRequestRows.map((r) => ({ ...r, sent_by_you: Boolean(r.sent_by_you) })),
      meetings: meetingRows,
      follow_ups: followUpRows,
    },
    conversations: talks.map((t) => ({ ...t, started_by_you: Boolean(t.started_by_you) })),
    messages_sent: written,
  };
}

/** The name a download of `data` is saved under: `bedside-data-2026-11-30.json`. */
export const exportFileName = (data: DataExport) => `bedside-data-${data.generated_at.slice(0, 10)}.json`;

/** Their organization, its directory profile and facets apart (issue 16). */
function organizationPart({
  region,
  website,
  description,
  trl_min,
  trl_max,
  listed_at,
  facets,
  ...organization
}: SummaryRow & Pick<typeof organizations.$inferSelect, 'size'>) {
  const profileFacets = (JSON.parse(facets) as { facet: string; value: string }[]).sort((a, b) =>
    a.facet === b.facet ? a.value.localeCompare(b.value) : a.facet.localeCompare(b.facet),
  );
  return {
    ...organization,
    profile: { region, website, description, trl_min, trl_max, listed_at, facets: profileFacets },
  };
}
