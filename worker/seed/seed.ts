import { count, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { chunkedInsert, runBatch } from '../db/batch';
import type { Database } from '../db/client';
import * as t from '../db/schema';
import { hashPassword } from '../domain/accounts/password';
import { ChallengeDraftSchema, DEFAULT_CRITERIA } from '../domain/challenges/challenge.schema';
import { PUBLISHED, TRANSITIONS, type TransitionAction } from '../domain/challenges/lifecycle';
import { EvaluationInputSchema } from '../domain/evaluation/evaluation.schema';
import { allSolutions, recomputeScores } from '../domain/evaluation/score-sums';
import { recountJuryFigures } from '../domain/impact/jury';
import { recountTallies } from '../domain/impact/tallies';
import { DEFAULT_TIME_ZONE, nextDigestAt } from '../domain/notifications/digest-time';
import { SolutionFieldsSchema } from '../domain/solutions/solution.schema';
import { demoAffiliation } from './demo-affiliation';
import { demoDirectory } from './demo-directory';
import { demoEvents } from './demo-events';
import { demoInbox, unreadCounts } from './demo-inbox';
import { demoNetwork } from './demo-network';
import { demoPeople } from './demo-people';
import type { DemoChallenge, DemoWorld } from './types';

export const DEMO_PASSWORD = 'demo-password-1';

const DAY = 86_400_000;

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Life-cycle steps a challenge in `status` went through, for its audit trail. */
const PATH: Record<DemoChallenge['status'], string[]> = {
  draft: [],
  in_review: ['submit'],
  changes_requested: ['submit', 'request_changes'],
  rejected: ['submit', 'reject'],
  withdrawn: ['submit', 'withdraw'],
  open: ['submit', 'approve'],
  evaluation: ['submit', 'approve', 'start_evaluation'],
  decided: ['submit', 'approve', 'start_evaluation', 'decide'],
  archived: ['submit', 'approve', 'start_evaluation', 'decide', 'archive'],
};

/** The status a life-cycle step leads to (`decide` has its own endpoint, outside the table). */
const statusAfter = (action: string): string =>
  action === 'decide' ? 'decided' : (TRANSITIONS[action as TransitionAction]?.to ?? action);

/** Where a demo person works decides the morning their digest arrives. */
const ZONES: Record<string, string> = { DE: 'Europe/Berlin', IT: 'Europe/Rome', RO: 'Europe/Bucharest' };
const timeZoneOf = (world: DemoWorld, user: DemoWorld['users'][number]) =>
  ZONES[world.organizations.find((o) => o.key === user.organization)?.country ?? ''] ?? DEFAULT_TIME_ZONE;

function lookup<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown ${what} '${key}'.`);
  return value;
}

/**
 * Seeds the demo world into an empty database, in one batch (all or nothing).
 * Does nothing when any user exists, so running it twice changes nothing.
 * Challenge, solution and evaluation content is validated with the API's own schemas.
 */
export async function seedDemo(db: Database, world: DemoWorld, now = new Date()): Promise<{ seeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(t.users);
  if ((existing?.n ?? 0) > 0) return { seeded: false };

  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const clusterIds = new Map(world.clusters.map((c) => [c.slug, uuidv7()]));
  const orgIds = new Map(world.organizations.map((o) => [o.key, uuidv7()]));
  const userIds = new Map(world.users.map((u) => [u.key, uuidv7()]));
  const moderator = world.users.find((u) => u.moderates)?.key;

  const clusters: Row<typeof t.clusters>[] = world.clusters.map((c) => ({
    id: lookup(clusterIds, c.slug, 'cluster'),
    ...c,
    created_at: at(-400),
  }));
  const organizations: Row<typeof t.organizations>[] = world.organizations.map((o) => ({
    id: lookup(orgIds, o.key, 'organization'),
    name: o.name,
    kind: o.kind,
    country: o.country,
    created_at: at(-365),
  }));

  const passwordHashes = await Promise.all(world.users.map(() => hashPassword(DEMO_PASSWORD)));
  const users: Row<typeof t.users>[] = world.users.map((u, i) => ({
    id: lookup(userIds, u.key, 'user'),
    email_confirmed_at: at(-300),
    time_zone: timeZoneOf(world, u),
    digest_next_at: nextDigestAt(timeZoneOf(world, u), now),
    email: u.email.trim().toLowerCase(),
    name: u.name,
    password_hash: passwordHashes[i] ?? '',
    kind: u.kind,
    is_admin: u.isAdmin ?? false,
    organization_id: u.organization ? lookup(orgIds, u.organization, 'organization') : null,
    created_at: at(-300),
    updated_at: at(-300),
  }));
  const memberships: Row<typeof t.clusterMemberships>[] = world.users.flatMap((u) => [
    ...(u.moderates === 'all' ? world.clusters.map((c) => c.slug) : (u.moderates ?? [])).map((slug) => ({
      cluster_id: lookup(clusterIds, slug, 'cluster'),
      user_id: lookup(userIds, u.key, 'user'),
      role: 'moderator' as const,
    })),
    ...(u.memberOf ?? []).map((slug) => ({
      cluster_id: lookup(clusterIds, slug, 'cluster'),
      user_id: lookup(userIds, u.key, 'user'),
      role: 'member' as const,
    })),
  ]);

  const challenges: Row<typeof t.challenges>[] = [];
  const criteria: Row<typeof t.challengeCriteria>[] = [];
  const tags: Row<typeof t.challengeTags>[] = [];
  const questions: Row<typeof t.questions>[] = [];
  const endorsements: Row<typeof t.endorsements>[] = [];
  const assignments: Row<typeof t.evaluatorAssignments>[] = [];
  const solutions: Row<typeof t.solutions>[] = [];
  const conflicts: Row<typeof t.conflictDeclarations>[] = [];
  const evaluations: Row<typeof t.evaluations>[] = [];
  const audit: Row<typeof t.auditLog>[] = [];
  const challengeIds = new Map<string, { id: string; clusterId: string }>();
  const solutionIds = new Map<string, string>();
  const questionIds = new Map<string, string>();

  for (const c of world.challenges) {
    const deadline = at(c.deadlineInDays);
    const parsed = ChallengeDraftSchema.safeParse({ ...c.fields, deadline });
    if (!parsed.success) throw new Error(`Demo challenge '${c.key}' is invalid: ${parsed.error.message}`);
    const fields = parsed.data;
    const id = uuidv7();
    const clusterId = lookup(clusterIds, c.cluster, 'cluster');
    const ownerId = lookup(userIds, c.owner, 'user');
    const owner = world.users.find((u) => u.key === c.owner);
    challengeIds.set(c.key, { id, clusterId });

    const created = -c.createdDaysAgo;
    const steps = PATH[c.status];
    const published = PUBLISHED.includes(c.status);
    const { tags: tagList = [], criteria: criteriaList = DEFAULT_CRITERIA, ...columns } = fields;
    challenges.push({
      ...columns,
      id,
      cluster_id: clusterId,
      owner_id: ownerId,
      organization_id: owner?.organization ? lookup(orgIds, owner.organization, 'organization') : null,
      status: c.status,
      version: 1 + steps.length,
      endorsement_count: c.endorsedBy?.length ?? 0,
      // The demo's juries have two members: a winner needs both scores (one score is flagged).
      min_evaluations: Math.min(columns.min_evaluations ?? 3, Math.max(1, c.evaluators?.length ?? 3)),
      moderator_note: c.moderatorNote ?? null,
      decision_note: c.decisionNote ?? null,
      created_at: at(created),
      updated_at: at(created + steps.length * 2),
      submitted_at: steps.length > 0 ? at(created + 1) : null,
      published_at: published ? at(created + 3) : null,
      submissions_closed_at: steps.includes('start_evaluation') ? deadline : null,
      decided_at: steps.includes('decide') ? at(Math.min(c.deadlineInDays + 7, -1)) : null,
    });
    criteria.push(...criteriaList.map((criterion, position) => ({ challenge_id: id, ...criterion, position })));
    for (const tag of tagList) tags.push({ challenge_id: id, tag });
    for (const key of c.endorsedBy ?? []) {
      endorsements.push({ challenge_id: id, user_id: lookup(userIds, key, 'user'), created_at: at(created + 5) });
    }
    c.questions?.forEach((q, index) => {
      const questionId = uuidv7();
      questionIds.set(`${c.key}#${index}`, questionId);
      questions.push({
        id: questionId,
        challenge_id: id,
        author_id: lookup(userIds, q.author, 'user'),
        body: q.body,
        answer: q.answer ?? null,
        answered_by: q.answer ? ownerId : null,
        answered_at: q.answer ? at(q.answeredDaysAgo === undefined ? created + 6 : -q.answeredDaysAgo) : null,
        created_at: at(created + 4 + index * 0.1),
      });
    });
    for (const key of c.evaluators ?? []) {
      assignments.push({ challenge_id: id, user_id: lookup(userIds, key, 'user'), assigned_by: ownerId });
    }
    steps.forEach((action, i) => {
      const actor = ['approve', 'request_changes', 'reject', 'archive'].includes(action) ? moderator : c.owner;
      audit.push({
        id: uuidv7(),
        actor_id: actor ? lookup(userIds, actor, 'user') : null,
        action: `challenge.${action}`,
        entity_type: 'challenge',
        entity_id: id,
        cluster_id: clusterId,
        // As a real transition writes it: the status before and after the step.
        before: { status: i === 0 ? 'draft' : statusAfter(steps[i - 1] ?? 'submit') },
        after: { status: statusAfter(action) },
        created_at: at(created + 1 + i),
      });
    });

    const criterionKeys = criteriaList.map((criterion) => criterion.key).sort();
    for (const s of c.solutions ?? []) {
      const solution = SolutionFieldsSchema.safeParse(s.fields);
      if (!solution.success) throw new Error(`Demo solution '${s.key}' is invalid: ${solution.error.message}`);
      const solutionId = uuidv7();
      solutionIds.set(s.key, solutionId);
      const submitter = world.users.find((u) => u.key === s.submitter);
      solutions.push({
        ...solution.data,
        id: solutionId,
        challenge_id: id,
        submitter_id: lookup(userIds, s.submitter, 'user'),
        organization_id: submitter?.organization ? lookup(orgIds, submitter.organization, 'organization') : null,
        status: s.status,
        created_at: at(-(s.submittedDaysAgo ?? 1) - 1),
        submitted_at: s.status === 'draft' ? null : at(-(s.submittedDaysAgo ?? 1)),
      });
      for (const key of s.conflicts ?? []) {
        conflicts.push({ solution_id: solutionId, evaluator_id: lookup(userIds, key, 'user'), conflict: true });
      }
      for (const e of s.evaluations ?? []) {
        const evaluation = EvaluationInputSchema.parse({ scores: e.scores, comment: e.comment });
        if (Object.keys(evaluation.scores).sort().join() !== criterionKeys.join()) {
          throw new Error(`Demo evaluation of '${s.key}' by '${e.evaluator}' must score exactly ${criterionKeys}.`);
        }
        const evaluatorId = lookup(userIds, e.evaluator, 'user');
        conflicts.push({ solution_id: solutionId, evaluator_id: evaluatorId, conflict: false });
        evaluations.push({
          solution_id: solutionId,
          evaluator_id: evaluatorId,
          scores: evaluation.scores,
          comment: evaluation.comment ?? null,
        });
      }
    }
  }

  const reports: Row<typeof t.reports>[] = world.reports.map((r) => {
    const challengeKey = r.entity.split('#')[0] ?? r.entity;
    const owner = world.challenges.find((c) =>
      r.entityType === 'solution' ? c.solutions?.some((s) => s.key === r.entity) : c.key === challengeKey,
    );
    const entityId =
      r.entityType === 'challenge'
        ? lookup(challengeIds, r.entity, 'challenge').id
        : r.entityType === 'question'
          ? lookup(questionIds, r.entity, 'question')
          : lookup(solutionIds, r.entity, 'solution');
    return {
      reporter_id: lookup(userIds, r.reporter, 'user'),
      entity_type: r.entityType,
      entity_id: entityId,
      cluster_id: lookup(challengeIds, owner?.key ?? '', 'challenge').clusterId,
      reason: r.reason,
    };
  });

  const inbox = demoInbox(
    world,
    {
      user: (key) => lookup(userIds, key, 'user'),
      challenge: (key) => lookup(challengeIds, key, 'challenge').id,
      solution: (key) => lookup(solutionIds, key, 'solution'),
      question: (key, index) => lookup(questionIds, `${key}#${index}`, 'question'),
    },
    at,
  );
  const unread = unreadCounts(inbox);
  for (const user of users) user.unread_notifications = unread.get(user.id ?? '') ?? 0;

  // Issue 15: the call, the two-stage challenge, cooperations and a year of history.
  const network = await demoNetwork(db, {
    user: (key) => lookup(userIds, key, 'user'),
    organization: (key) => lookup(orgIds, key, 'organization'),
    cluster: (slug) => lookup(clusterIds, slug, 'cluster'),
    challenge: (key) => lookup(challengeIds, key, 'challenge').id,
    solution: (key) => lookup(solutionIds, key, 'solution'),
    at,
    password: DEMO_PASSWORD,
  });

  await runBatch(db, [
    ...chunkedInsert(db, t.clusters, clusters),
    ...chunkedInsert(db, t.organizations, organizations),
    ...chunkedInsert(db, t.users, users),
    ...chunkedInsert(db, t.clusterMemberships, memberships),
    ...chunkedInsert(db, t.challenges, challenges),
    ...chunkedInsert(db, t.challengeCriteria, criteria),
    ...chunkedInsert(db, t.challengeTags, tags),
    ...chunkedInsert(db, t.questions, questions),
    ...chunkedInsert(db, t.endorsements, endorsements),
    ...chunkedInsert(db, t.evaluatorAssignments, assignments),
    ...chunkedInsert(db, t.solutions, solutions),
    // Each submitter is the first member of their solution's team (issue 14).
    db
      .insert(t.solutionMembers)
      .select(
        sql`SELECT s.id, s.submitter_id, 'other', coalesce(o.name, ''), s.created_at FROM solutions s
          LEFT JOIN organizations o ON o.id = s.organization_id WHERE 1`,
      )
      .onConflictDoNothing(),
    ...chunkedInsert(db, t.conflictDeclarations, conflicts),
    ...chunkedInsert(db, t.evaluations, evaluations),
    ...network,
    // Issue 16: a few people who made an expert profile public.
    ...demoPeople(db, (key) => lookup(userIds, key, 'user'), at),
    // Issue 16: every organization's profile in the partner directory.
    ...demoDirectory(db, at),
    // Issue 16: confirmed members, a verified domain and a claim waiting.
    ...demoAffiliation(db, at),
    ...recomputeScores(db, allSolutions),
    ...chunkedInsert(db, t.reports, reports),
    ...chunkedInsert(db, t.auditLog, audit),
    ...chunkedInsert(db, t.notifications, inbox),
    // The impact figures' tallies and decided juries' load, counted from the rows above as the migrations backfill them.
    ...recountTallies(db),
    ...recountJuryFigures(db),
    // Issue 16: an upcoming partnering day and a past one with follow-ups (their tallies after the recount).
    ...(moderator
      ? demoEvents(
          db,
          (key) => lookup(userIds, key, 'user'),
          (slug) => lookup(clusterIds, slug, 'cluster'),
          moderator,
          now,
        )
      : []),
  ]);
  return { seeded: true };
}
