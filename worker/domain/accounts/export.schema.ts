import { z } from '@hono/zod-openapi';
import { createSelectSchema } from 'drizzle-zod';
import { LANGUAGES, STAGE_FIELDS } from '../../db/enums';
import {
  apiKeys,
  attachments,
  auditLog,
  calls,
  challengeCriteria,
  challengeStages,
  challenges,
  clusterMemberships,
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
  expertProfiles,
  invitations,
  messages,
  notificationPreferences,
  notifications,
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
} from '../../db/schema';

/*
 * What a person downloads about themselves (issue 13, data protection). Each part picks the
 * columns of one table that are theirs to read; what is left out is left out on purpose:
 * secrets (password hash, session token hashes, feed tokens, link ids), other people's
 * identities (who resolved a report, who changed their account) and other people's
 * confidential content (solutions to their challenges appear only as a count).
 */

const scores = z.record(z.string(), z.number().int());

const AccountPart = createSelectSchema(users)
  .pick({
    id: true,
    email: true,
    name: true,
    kind: true,
    is_admin: true,
    time_zone: true,
    created_at: true,
    updated_at: true,
    email_confirmed_at: true,
    password_changed_at: true,
  })
  .extend({
    language: z.enum(LANGUAGES).nullable().openapi({ description: 'The language of the emails Bedside sends you.' }),
    password: z.string().openapi({ description: 'Never the password or its hash; a sentence saying how it is kept.' }),
  });

const MembershipPart = createSelectSchema(clusterMemberships)
  .pick({ role: true, created_at: true })
  .extend({ cluster: z.string().openapi({ description: 'The cluster’s slug.' }), cluster_name: z.string() });

const SessionPart = createSelectSchema(sessions).pick({
  user_agent: true,
  created_at: true,
  last_seen_at: true,
  expires_at: true,
  revoked_at: true,
});

const EmailLinkPart = createSelectSchema(emailTokens).pick({
  purpose: true,
  email: true,
  created_at: true,
  expires_at: true,
  used_at: true,
});

const CriterionPart = createSelectSchema(challengeCriteria).pick({
  key: true,
  label: true,
  description: true,
  weight: true,
  position: true,
  stage: true,
});

const StagePart = createSelectSchema(challengeStages, { required_fields: z.array(z.enum(STAGE_FIELDS)) }).omit({
  challenge_id: true,
});

const ChallengePart = createSelectSchema(challenges)
  .omit({ seq: true, listed: true })
  .extend({
    criteria: z.array(CriterionPart),
    tags: z.array(z.string()),
    stages: z.array(StagePart),
    solutions_received: z.number().int().openapi({
      description:
        'How many solutions were submitted to it. Their content belongs to their submitters and is not included.',
    }),
  });

const QuestionPart = createSelectSchema(questions).pick({
  id: true,
  challenge_id: true,
  body: true,
  answer: true,
  answered_at: true,
  hidden_at: true,
  created_at: true,
});

const AnswerPart = createSelectSchema(questions)
  .pick({ id: true, challenge_id: true, answer: true, answered_at: true, hidden_at: true })
  .extend({
    question: z
      .string()
      .nullable()
      .openapi({ description: 'The question you answered, as asked; null once it was hidden (it is someone else’s).' }),
  });

const EndorsementPart = createSelectSchema(endorsements).pick({ challenge_id: true, created_at: true });

const SolutionPart = createSelectSchema(solutions, { links: z.array(z.string()) });
const AttachmentPart = createSelectSchema(attachments).omit({ uploaded_by: true, r2_key: true });

const JurySeatPart = createSelectSchema(evaluatorAssignments)
  .pick({
    challenge_id: true,
    stage: true,
    created_at: true,
  })
  .extend({
    declared: z.number().int().describe('Solutions in the running you declared on, at this stage.'),
    conflicts: z.number().int().describe('Of them, those you declared (or were recused for) a conflict on.'),
    scored: z.number().int().describe('Solutions in the running you scored at this stage, without a conflict.'),
  });

const SolutionStagePart = createSelectSchema(solutionStages, {
  snapshot: z.record(z.string(), z.unknown()).nullable(),
}).pick({
  solution_id: true,
  stage: true,
  submitted_at: true,
  snapshot: true,
  outcome: true,
  outcome_at: true,
  feedback_shared: true,
});

const SlotPart = createSelectSchema(stageSlots).pick({
  solution_id: true,
  stage: true,
  starts_at: true,
  ends_at: true,
  location: true,
});

const ScorePart = createSelectSchema(evaluations, { scores }).pick({
  solution_id: true,
  stage: true,
  scores: true,
  comment: true,
  created_at: true,
  updated_at: true,
});

const ScoreDraftPart = createSelectSchema(evaluationDrafts, { scores }).pick({
  solution_id: true,
  stage: true,
  scores: true,
  comment: true,
  updated_at: true,
});

const ConflictPart = createSelectSchema(conflictDeclarations, {
  reason: z.object({ organization: z.string(), member: z.string() }).nullable(),
}).pick({
  solution_id: true,
  stage: true,
  conflict: true,
  note: true,
  declared_at: true,
  automatic: true,
  reason: true,
});

const TeamMembershipPart = createSelectSchema(solutionMembers).pick({
  solution_id: true,
  role: true,
  organization_name: true,
  added_at: true,
});

const CallPart = createSelectSchema(calls).pick({
  id: true,
  title: true,
  status: true,
  created_at: true,
  updated_at: true,
});

const TermsAcceptancePart = createSelectSchema(termsAcceptances).pick({
  solution_id: true,
  challenge_id: true,
  version: true,
  accepted_at: true,
});

const MilestonePart = createSelectSchema(cooperationMilestones)
  .pick({
    id: true,
    cooperation_id: true,
    kind: true,
    status: true,
    planned_on: true,
    achieved_on: true,
    public: true,
    kpi_value: true,
    kpi_unit: true,
    kpi_method: true,
    kpi_met: true,
    regulation: true,
    device_class: true,
    notified_body: true,
    funding_programme: true,
    funding_amount_minor: true,
    funding_currency: true,
    note: true,
    created_at: true,
    updated_at: true,
  })
  .extend({ recorded_by_you: z.boolean(), last_changed_by_you: z.boolean() });

const OverridePart = createSelectSchema(decisionOverrides).pick({
  challenge_id: true,
  solution_id: true,
  note: true,
  created_at: true,
});

const ReportPart = createSelectSchema(reports).pick({
  id: true,
  entity_type: true,
  entity_id: true,
  reason: true,
  status: true,
  resolved_at: true,
  created_at: true,
});

const NotificationPart = createSelectSchema(notifications, {
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
}).pick({
  id: true,
  kind: true,
  challenge_id: true,
  params: true,
  read_at: true,
  digest: true,
  digested_at: true,
  created_at: true,
});

const PreferencePart = createSelectSchema(notificationPreferences).pick({ kind: true, channel: true });

const SavedSearchPart = createSelectSchema(savedSearches, { query: z.record(z.string(), z.string()) }).pick({
  id: true,
  name: true,
  query: true,
  created_at: true,
});

const ApiKeyPart = createSelectSchema(apiKeys, { scopes: z.array(z.string()) }).pick({
  name: true,
  prefix: true,
  scopes: true,
  expires_at: true,
  created_at: true,
  revoked_at: true,
});

const WebhookPart = createSelectSchema(webhooks, { events: z.array(z.string()) }).pick({
  url: true,
  events: true,
  disabled_at: true,
  created_at: true,
});

const EmailPart = createSelectSchema(emailOutbox).pick({
  kind: true,
  to_email: true,
  language: true,
  status: true,
  created_at: true,
  sent_at: true,
});

const invitationFields = {
  id: true,
  kind: true,
  challenge_id: true,
  cluster_id: true,
  role: true,
  status: true,
  expires_at: true,
  accepted_at: true,
  last_sent_at: true,
  created_at: true,
} as const;
const InvitationPart = createSelectSchema(invitations).pick(invitationFields);
const SentInvitationPart = createSelectSchema(invitations).pick({ ...invitationFields, email: true });

const AuditPart = createSelectSchema(auditLog, {
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  purged_fields: z.array(z.string()).nullable(),
})
  .pick({
    id: true,
    action: true,
    entity_type: true,
    entity_id: true,
    before: true,
    after: true,
    purged_fields: true,
    purged_at: true,
    created_at: true,
  })
  .extend({
    by_you: z.boolean().openapi({ description: 'Whether you made this change; otherwise it is about your account.' }),
  });

const OrganizationMembershipPart = createSelectSchema(organizationMemberships)
  .omit({ user_id: true, decided_by: true })
  .extend({ organization_name: z.string() });

const ExpertProfilePart = createSelectSchema(expertProfiles)
  .omit({ user_id: true })
  .extend({ expertise: z.array(z.string()), languages: z.array(z.string()) });

const EventsPart = z.object({
  registrations: z.array(
    z.object({
      event_id: z.string(),
      event_title: z.string(),
      status: z.string(),
      terms_accepted_at: z.string(),
      availability: z.array(z.object({ start: z.string(), end: z.string() })).nullable(),
      note: z.string(),
      created_at: z.string(),
      decided_at: z.string().nullable(),
    }),
  ),
  meeting_requests: z.array(
    z.object({
      id: z.string(),
      event_id: z.string(),
      sent_by_you: z.boolean(),
      other_person: z.string(),
      message: z.string(),
      status: z.string(),
      created_at: z.string(),
      decided_at: z.string().nullable(),
    }),
  ),
  meetings: z.array(
    z.object({
      id: z.string(),
      event_id: z.string(),
      other_person: z.string(),
      starts_at: z.string().nullable(),
      ends_at: z.string().nullable(),
      table_number: z.number().nullable(),
    }),
  ),
  follow_ups: z.array(
    z.object({ meeting_id: z.string(), met: z.boolean(), next_step: z.string(), created_at: z.string() }),
  ),
});
const ConversationPart = createSelectSchema(conversations)
  .pick({ id: true, subject: true, about_kind: true, about_id: true, created_at: true, last_message_at: true })
  .extend({
    started_by_you: z.boolean(),
    share_email: createSelectSchema(conversationParticipants).shape.share_email,
    blocked_at: z.string().nullable(),
    last_read_at: z.string().nullable(),
    reported_at: z.string().nullable(),
  });
const MessagePart = createSelectSchema(messages).pick({
  id: true,
  conversation_id: true,
  body: true,
  created_at: true,
});

export const DataExportSchema = z
  .object({
    about: z.string(),
    generated_at: z.string(),
    account: AccountPart,
    organization: createSelectSchema(organizations)
      .pick({ id: true, name: true, kind: true, country: true, size: true })
      .extend({
        // Issue 16: its profile in the partner directory, and the facets of it (organization_facets).
        profile: createSelectSchema(organizations)
          .pick({ region: true, website: true, description: true, trl_min: true, trl_max: true, listed_at: true })
          .extend({ facets: z.array(z.object({ facet: z.string(), value: z.string() })) }),
      })
      .nullable(),
    clusters: z.array(MembershipPart),
    sessions: z.array(SessionPart),
    email_links: z.array(EmailLinkPart).openapi({ description: 'Single-use links sent to you; never their secrets.' }),
    challenges: z.array(ChallengePart),
    questions_asked: z.array(QuestionPart),
    answers_given: z.array(AnswerPart),
    endorsements: z.array(EndorsementPart),
    solutions: z.array(SolutionPart),
    solution_stages: z.array(SolutionStagePart).openapi({
      description: 'Where your solutions stand in each stage of their challenge, and what you sent to it.',
    }),
    stage_slots: z.array(SlotPart).openapi({ description: 'Pitch slots given to your solutions.' }),
    team_memberships: z
      .array(TeamMembershipPart)
      .openapi({ description: 'The solution teams you are on (your own solutions’ included), with your role.' }),
    attachments: z.array(AttachmentPart).openapi({
      description:
        'Files you attached to solutions or challenges: name, type and size; download them from the solution or challenge.',
    }),
    terms_acceptances: z
      .array(TermsAcceptancePart)
      .openapi({ description: "The challenges' terms you accepted on a solution: which version, and when." }),
    calls_created: z.array(CallPart).openapi({
      description: 'Calls for challenges you created as a moderator (they stay with their clusters).',
    }),
    cooperation_milestones: z.array(MilestonePart).openapi({
      description: 'Milestones of cooperations you recorded or last changed (issue 15).',
    }),
    jury_seats: z.array(JurySeatPart),
    scores: z.array(ScorePart),
    score_drafts: z.array(ScoreDraftPart),
    conflict_declarations: z.array(ConflictPart),
    decision_overrides: z
      .array(OverridePart)
      .openapi({ description: 'Winners you named with fewer scores than the minimum, and why.' }),
    reports: z.array(ReportPart),
    notifications: z.array(NotificationPart),
    notification_preferences: z
      .array(PreferencePart)
      .openapi({ description: 'Only the kinds you changed; the others follow the defaults.' }),
    saved_searches: z.array(SavedSearchPart).openapi({ description: 'Without the secret address of their feeds.' }),
    api_keys: z.array(ApiKeyPart).openapi({ description: 'Your API keys, revoked ones too; never their secrets.' }),
    webhooks: z
      .array(WebhookPart)
      .openapi({ description: 'Your webhook subscriptions; never their signing secrets, nor what was delivered.' }),
    emails: z.array(EmailPart).openapi({ description: 'Emails sent or waiting to be sent to you; not their text.' }),
    invitations_received: z.array(InvitationPart),
    invitations_sent: z.array(SentInvitationPart),
    audit_entries: z.array(AuditPart),
    expert_profile: ExpertProfilePart.nullable().openapi({
      description: 'Your expert profile (issue 16), whether or not you made it public; null if you never saved one.',
    }),
    organization_memberships: z.array(OrganizationMembershipPart).openapi({
      description: 'Your claims to belong to organizations and how they were decided (issue 16); not who decided them.',
    }),
    events: EventsPart.openapi({
      description:
        'Matchmaking events (issue 16): your registrations and applications, the meeting requests you sent or received, your meetings and your follow-ups.',
    }),
    conversations: z.array(ConversationPart).openapi({
      description: 'The conversations you take part in (issue 16) and your choices in each; not the others’ messages.',
    }),
    messages_sent: z.array(MessagePart).openapi({ description: 'The messages you wrote in them.' }),
  })
  .openapi('DataExport');
export type DataExport = z.output<typeof DataExportSchema>;
