// Closed vocabularies shared by the schema, validation and the pages.

export const ACCOUNT_KINDS = ['clinician', 'solver', 'staff'] as const;
/** Kinds anyone may register as; `staff` (cluster-office accounts) is created by an admin. */
export const REGISTRABLE_KINDS = ['clinician', 'solver'] as const;

export const ORGANIZATION_KINDS = [
  'clinic',
  'hospital',
  'university',
  'research_institute',
  'sme',
  'startup',
  'industry',
  'cluster_office',
  // Issue 16 (the partner directory): kinds the clusters' members include besides clinics and companies.
  'public_authority',
  'investor',
] as const;

export const CLUSTER_ROLES = ['moderator', 'member'] as const;

export const CHALLENGE_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'open',
  'evaluation',
  'decided',
  'rejected',
  'withdrawn',
  'archived',
] as const;

export const VISIBILITIES = ['public', 'network'] as const;

export const CARE_PATHWAY_STEPS = [
  'prevention',
  'screening',
  'diagnosis',
  'treatment',
  'monitoring',
  'rehabilitation',
  'care_organisation',
] as const;

/** Which EU regulation a solution would most likely fall under. */
export const REGULATIONS = ['mdr', 'ivdr', 'none', 'unsure'] as const;
/** MDR classes I–III and IVDR classes A–D. */
export const DEVICE_CLASSES = ['I', 'IIa', 'IIb', 'III', 'A', 'B', 'C', 'D'] as const;

export const DATA_ON_OFFER = ['none', 'synthetic', 'pseudonymised'] as const;

export const REWARD_KINDS = ['pilot', 'co_development', 'funding_call', 'other'] as const;

export const SOLUTION_STATUSES = ['draft', 'submitted', 'withdrawn', 'shortlisted', 'winner', 'not_selected'] as const;

export const IP_STATUSES = ['none', 'patent_filed', 'patent_granted', 'open_source', 'trade_secret'] as const;

export const REPORT_ENTITY_TYPES = ['challenge', 'question', 'solution'] as const;
export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;

export const AUDIT_ENTITY_TYPES = [
  'user',
  'invitation',
  'cluster',
  'challenge',
  'question',
  'solution',
  'evaluation',
  'report',
  'call',
  'cooperation',
  'organization',
  'event',
  'conversation',
] as const;

export const LANGUAGES = ['en', 'de', 'it', 'ro'] as const;

/** What an expert profile's rows say (issue 16): an area of expertise (a tag), a language they work in. */
export const EXPERT_FACETS = ['expertise', 'language'] as const;

/** What a single-use emailed link is for. */
export const TOKEN_PURPOSES = ['confirm_email', 'change_email', 'reset_password'] as const;

/** A team member's role on a solution (issue 14). */
export const TEAM_ROLES = ['technical_lead', 'clinical_lead', 'business_lead', 'other'] as const;

/** What a terms template says of what solvers send (issue 14). */
export const TERMS_CONFIDENTIALITY = ['confidential', 'not_confidential'] as const;
/** Who holds the IP under a challenge's terms: the solver, a licence negotiated after the decision, open source. */
export const IP_OPTIONS = ['solver_keeps', 'licence_after_decision', 'open_source'] as const;

/** Invitations: to a challenge's jury (by its owner or a moderator), to moderate a cluster (by an admin), or to a solution's team (by its submitter). */
export const INVITATION_KINDS = ['jury', 'moderator', 'team'] as const;
export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked'] as const;

/** What a relayed conversation (issue 16) is about: who was contacted through it. */
export const CONVERSATION_SUBJECTS = ['organization', 'person', 'challenge'] as const;

/** Events that reach people, in the app and by email. */
export const NOTIFICATION_KINDS = [
  'challenge_submitted',
  'challenge_approved',
  'changes_requested',
  'challenge_rejected',
  'question_asked',
  'question_answered',
  'solution_submitted',
  'invitation',
  'scoring_reminder',
  'results_published',
  'report_filed',
  'saved_search_match',
  'cooperation_opened',
  'stage_advanced',
  'stage_not_advanced',
  // Issue 15, calls: their review and closing.
  'call_submitted',
  'call_published',
  'call_changes_requested',
  'call_closed',
  // Issue 16, verified affiliation: a claim confirmed or declined.
  'affiliation_confirmed',
  'affiliation_declined',
  // Issue 16, matchmaking events: requests, their acceptance, the day-before reminder.
  'meeting_requested',
  'meeting_accepted',
  'meeting_reminder',
  // Issue 16: a message in a relayed conversation.
  'message_received',
  // Issue 16, suggested matches: a newly published challenge fits one's organization or expertise.
  'challenge_fits',
  // Issue 16, verified affiliation: a claim waits for those who decide it.
  'affiliation_claimed',
  // Issue 16: an event one registered for is cancelled.
  'event_cancelled',
  // Issue 18: a webhook subscription was switched off after its deliveries kept failing.
  'webhook_disabled',
  // Issue 18: a milestone of a cooperation one takes part in was reached (also a webhook event).
  'milestone_reached',
] as const;

/** How a kind of notification reaches someone besides the inbox: not by email, at once, or in a digest. */
export const NOTIFICATION_CHANNELS = ['off', 'instant', 'daily', 'weekly'] as const;

/**
 * Every kind of email: the links (confirm, change, reset), the digest, and one per notification
 * kind (`invitation` is the invitation itself, with its link to accept).
 */
export const EMAIL_KINDS = [
  'confirm_email',
  'change_email',
  'reset_password',
  'digest',
  ...NOTIFICATION_KINDS,
] as const;
export const EMAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

/** Issue 15, stages: what a stage asks of solvers (its form and its jury's reading). */
export const STAGE_KINDS = ['submission', 'expression_of_interest', 'full_proposal', 'pitch'] as const;
/** The solution fields a stage may require; stage 1 of every challenge before issue 15 asks the first eight. */
export const STAGE_FIELDS = [
  'title',
  'summary',
  'trl',
  'approach',
  'team',
  'ip_status',
  'links',
  'attachments',
  'budget',
  'work_plan',
  'pitch_slot',
] as const;
/** Where a solution stands after a stage: advanced to the next, or not; after the last, the decision. */
export const STAGE_OUTCOMES = ['pending', 'advanced', 'not_advanced', 'winner', 'not_selected'] as const;
/** A call for challenges (issue 15): several challenges under one banner, dates, rules and benefits. */
export const CALL_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'published',
  'closed',
  'archived',
  'withdrawn',
] as const;
export const CALL_BENEFIT_KINDS = ['money', 'pilot', 'mentoring', 'data_access', 'other'] as const;
/** What a call may require of a solver (checked at submission, `domain/calls/eligibility.ts`). */
export const CALL_RULES = ['trl', 'organization_kinds', 'countries', 'company_sizes'] as const;
/** Self-declared company size (EU recommendation 2003/361); micro, small and medium are SMEs. */
export const ORGANIZATION_SIZES = ['micro', 'small', 'medium', 'large'] as const;
/** A cooperation between a challenge's clinic and a winning solution's team (issue 15). */
export const COOPERATION_STATUSES = ['active', 'completed', 'ended'] as const;
/** What a cooperation records on its way from a letter of intent to results and funding. */
export const MILESTONE_KINDS = [
  'letter_of_intent',
  'agreement',
  'ethics_approval',
  'pilot_start',
  'pilot_end',
  'kpi_result',
  'regulatory',
  'follow_on_funding',
] as const;
export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
/** Issue 16, the partner directory: what an organization offers or seeks. */
export const PARTNER_OFFERS = [
  'pilot_site',
  'clinical_data',
  'co_development',
  'test_bed',
  'investment',
  'mentoring',
  'regulatory_advice',
] as const;
/**
 * The facets of an organization's profile: capabilities (challenge tags), care-pathway steps,
 * regulatory experience (MDR/IVDR classes), and what it offers and seeks.
 */
export const ORGANIZATION_FACETS = ['capability', 'pathway', 'regulatory', 'offers', 'seeks'] as const;
/** Issue 16, verified affiliation: a person's place in an organization, and how it was decided. */
export const MEMBERSHIP_ROLES = ['member', 'admin'] as const;
export const MEMBERSHIP_STATUSES = ['claimed', 'confirmed', 'declined'] as const;
/** Who confirmed it: its creator registering it, its verified email domain, an org admin, a moderator or admin. */
export const MEMBERSHIP_VIA = ['created', 'domain', 'admin', 'moderator'] as const;

/** Issue 16, matchmaking events: a partnering day of one-to-one meetings, or a visit a cluster hosts for others. */
export const EVENT_KINDS = ['partnering', 'exchange_visit'] as const;
export const EVENT_MODES = ['online', 'on_site'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
/** A place at an event: registered (partnering), or applied and then accepted or declined (an exchange visit). */
export const REGISTRATION_STATUSES = ['registered', 'applied', 'accepted', 'declined'] as const;
export const MEETING_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
/** What two people who met at an event do next, each side's word. */
export const NEXT_STEPS = ['none', 'call', 'nda', 'pilot', 'joint_application'] as const;

/**
 * Issue 18, webhooks: what a subscription may ask for. Each is fired by the batch that writes the
 * notification of the same change (domain/webhooks/fire.ts maps the kinds).
 */
export const WEBHOOK_EVENT_TYPES = [
  'challenge.published',
  'question.answered',
  'solution.submitted',
  'decision.published',
  'call.opened',
  'milestone.reached',
] as const;
/** pending: to be sent (or sent again); delivered: a 2xx came back; failed: every attempt failed. */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
