import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import { chunkedInsert } from '../db/batch';
import type { Database } from '../db/client';
import type { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../db/enums';
import * as t from '../db/schema';
import { hashPassword } from '../domain/accounts/password';
import { ChallengeDraftSchema, DEFAULT_CRITERIA } from '../domain/challenges/challenge.schema';
import { EvaluationInputSchema } from '../domain/evaluation/evaluation.schema';
import { nextDigestAt } from '../domain/notifications/digest-time';
import { SolutionFieldsSchema } from '../domain/solutions/solution.schema';
import { type CooperationSpec, done, HISTORY, planned } from './demo-history';

// Issue 15 in the demo world: a joint call for start-ups with a two-stage challenge in its second
// stage, cooperation projects at different milestones, and a year of posted, published and decided
// challenges so the impact dashboards have trends to show. Everything is fictional. The rows are
// statements for the seed's one batch; the seed recounts the impact tallies after them.

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** The seed's ids for the demo world's readable keys, and its clock (days relative to now). */
export interface DemoRefs {
  user: (key: string) => string;
  organization: (key: string) => string;
  cluster: (slug: string) => string;
  challenge: (key: string) => string;
  solution: (key: string) => string;
  at: (days: number) => string;
  password: string;
}

/** Company sizes of the demo's existing companies (EU 2003/361), so call rules and SME counts can read them. */
const SIZES: Record<string, (typeof ORGANIZATION_SIZES)[number]> = {
  helixio: 'small',
  sentinella: 'micro',
  carpatica: 'small',
  vantaris: 'large',
};

const NEW_ORGANIZATIONS: {
  key: string;
  name: string;
  kind: (typeof ORGANIZATION_KINDS)[number];
  country: string;
  size: (typeof ORGANIZATION_SIZES)[number];
}[] = [
  { key: 'alpenmed', name: 'Alpenmed Analytics GmbH', kind: 'startup', country: 'AT', size: 'micro' },
  { key: 'donau-diagnostik', name: 'Donau Diagnostik GmbH', kind: 'sme', country: 'AT', size: 'medium' },
  { key: 'bitmed', name: 'BitMed Soluzioni S.r.l.', kind: 'sme', country: 'IT', size: 'small' },
];

/** Three more solvers, so the figures count companies from Austria and Italy of every size. */
const NEW_USERS = [
  {
    key: 'solver-alpenmed',
    email: 'anna.gruber@demo.test',
    name: 'Anna Gruber',
    organization: 'alpenmed',
    zone: 'Europe/Vienna',
    memberOf: ['life-science-nord', 'clust-er-health'],
  },
  {
    key: 'solver-donau',
    email: 'lukas.steiner@demo.test',
    name: 'Lukas Steiner',
    organization: 'donau-diagnostik',
    zone: 'Europe/Vienna',
    memberOf: ['biorn', 'medizin-nrw'],
  },
  {
    key: 'solver-bitmed',
    email: 'sara.conti@demo.test',
    name: 'Sara Conti',
    organization: 'bitmed',
    zone: 'Europe/Rome',
    memberOf: ['clust-er-health', 'imago-mol'],
  },
];

/** Who works where, for the solutions' organizations (existing demo people and the new ones). */
const ORGANIZATION_OF: Record<string, string> = {
  solver: 'helixio',
  'solver-sentinella': 'sentinella',
  'solver-carpatica': 'carpatica',
  'solver-genomica': 'istituto-appennino',
  'solver-vantaris': 'vantaris',
  'solver-copou': 'umf-copou',
  clinician: 'uk-nordhafen',
  'clinician-ruhr': 'zentrum-ruhrtal',
  'clinician-iasi': 'spital-moldova',
  'clinician-bahlui': 'clinica-bahlui',
  'clinician-emilia': 'policlinico-emilia',
  evaluator: 'uni-neckarbrueck',
  ...Object.fromEntries(NEW_USERS.map((u) => [u.key, u.organization])),
};

/** The fields every demo need of this file shares; each overrides title, summary and the clinical words. */
const NEED = {
  problem_statement:
    'Today this is handled by hand, late and unevenly across wards. We want a solution that fits the routine workflow, is measured against a clear target and can be piloted on two units within six months.',
  clinical_context:
    'Regional hospital network with a shared electronic health record, an HL7 FHIR R4 interface engine and a clinical informatics team that supports pilots.',
  care_pathway_step: 'monitoring' as const,
  patient_population: 'Adults treated in the participating units; several hundred patients per year.',
  standard_of_care: 'Manual review by the clinical team at fixed intervals; no automated support.',
  target_outcome: 'Earlier action for the patients who need it, with less manual work for the team.',
  outcome_kpi: 'Median time to the clinical action falls by at least 30 % within six months of go-live.',
  regulation: 'mdr' as const,
  device_class: 'IIa' as const,
  ce_marking_required: true,
  data_on_offer: 'synthetic' as const,
  involves_patient_data: true,
  integration_needs: 'FHIR R4 interface, single sign-on through the hospital identity provider, hosting in the EU.',
  icd10_code: null,
  trl_min: 4,
  trl_max: 7,
  reward_kind: 'pilot' as const,
  reward_details: 'A paid pilot on two units, and a reference letter if the target is met.',
  language: 'en' as const,
  visibility: 'public' as const,
  share_feedback: true,
};

const PROPOSAL = {
  approach:
    'We connect to the hospital through FHIR, run our validated models on premises and show the care team a short work list with the reason for each entry. A four-week silent phase calibrates thresholds before anyone is alerted.',
  team: 'A clinical lead, two engineers and a regulatory lead, with a partner hospital for validation.',
  ip_status: 'trade_secret' as const,
  links: [],
  summary_public: true,
};

// ── the call and its challenges ─────────────────────────────────────────────────────────────

const CALL_TITLE = 'Call for start-ups at TRL 4–6 in digital precision medicine';
const CALL_DESCRIPTION =
  'Life Science Nord and Clust-ER Health invite start-ups and small companies from Germany, Austria, Italy and Romania to solve clinical needs posted by hospitals of both clusters. Solutions at technology readiness level 4 to 6 are welcome. Winners get EUR 50,000, a paid pilot with the hospital that posted the need and a year of mentoring from both cluster offices.';

/** Stage 1 scores the expression of interest; stage 2 the full proposal (keys unique across the stages). */
const STAGE1_CRITERIA = [
  { key: 'need_fit', label: 'Fit with the clinical need', weight: 50 },
  { key: 'novelty', label: 'What is new about it', weight: 30 },
  { key: 'team_fit', label: 'Team and readiness', weight: 20 },
];
const STAGE2_CRITERIA = [
  { key: 's2_clinical_impact', label: 'Clinical impact', weight: 40 },
  { key: 's2_work_plan', label: 'Work plan', weight: 30 },
  { key: 's2_budget', label: 'Budget and value for money', weight: 30 },
];

interface StagedSolution {
  key: string;
  submitter: string;
  title: string;
  summary: string;
  trl: number;
  outcome: 'advanced' | 'not_advanced';
  /** Stage 1 scores by the two jury members, in the order of STAGE1_CRITERIA. */
  scores: [number, number, number][];
  /** Stage 2 sent: budget in cents and work plan. */
  proposal?: { budget: number; workPlan: string };
}

const AF_SOLUTIONS: StagedSolution[] = [
  {
    key: 'af-helixio',
    submitter: 'solver',
    title: 'Helixio Rhythm: patch ECG with on-device arrhythmia screening',
    summary:
      'A 14-day adhesive ECG patch whose firmware flags atrial fibrillation episodes longer than 30 seconds and sends a daily summary to the stroke unit.',
    trl: 5,
    outcome: 'advanced',
    scores: [
      [5, 4, 4],
      [4, 4, 5],
    ],
    proposal: {
      budget: 4_800_000,
      workPlan:
        'Months 1–2: integration with the stroke unit record and data protection impact assessment. Months 3–8: pilot with 120 patients after ischaemic stroke, weekly review of flagged episodes by a cardiologist. Months 9–10: analysis of detection yield against 24-hour Holter and report.',
    },
  },
  {
    key: 'af-sentinella',
    submitter: 'solver-sentinella',
    title: 'Smartwatch rhythm screening with cardiologist review',
    summary:
      'Consumer smartwatches with a cleared rhythm-notification feature, paired with a review service that confirms each alert from the recorded single-lead ECG.',
    trl: 6,
    outcome: 'advanced',
    scores: [
      [4, 4, 3],
      [4, 3, 4],
    ],
  },
  {
    key: 'af-carpatica',
    submitter: 'solver-carpatica',
    title: 'Retrospective rhythm mining of telemetry archives',
    summary:
      'Software that re-reads the stroke unit’s stored telemetry with an open arrhythmia model to find episodes missed during the stay.',
    trl: 4,
    outcome: 'not_advanced',
    scores: [
      [3, 2, 3],
      [2, 3, 3],
    ],
  },
];

const DAY = 86_400_000;

/** A life-cycle step for the audit trail: action, status before, status after, day, actor id. */
type Step = [string, string, string, number, string];

/** What the history's solutions propose, in turn. */
const APPROACHES = [
  'Validated risk model with a work list for the care team',
  'Remote monitoring service with nurse triage',
  'Open rule engine with FHIR integration',
  'Sensor kit and clinician dashboard',
];

/**
 * The rows of the issue-15 demo (statements for the seed's batch): put them after the demo
 * world's solutions and evaluations and before the scores are summed, so the stage-1 scores of
 * the two-stage challenge are summed with the rest.
 */
export async function demoNetwork(db: Database, refs: DemoRefs): Promise<BatchItem<'sqlite'>[]> {
  const { at, user, cluster } = refs;
  const statements: BatchItem<'sqlite'>[] = [];
  const orgIds = new Map(NEW_ORGANIZATIONS.map((o) => [o.key, uuidv7()]));
  const userIds = new Map(NEW_USERS.map((u) => [u.key, uuidv7()]));
  const personId = (key: string) => userIds.get(key) ?? user(key);
  const organizationId = (key: string) => orgIds.get(key) ?? refs.organization(key);
  const orgOf = (userKey: string) => organizationId(ORGANIZATION_OF[userKey] ?? '');
  const moderator = user('moderator');
  const admin = user('admin');

  // People and organizations.
  for (const [key, size] of Object.entries(SIZES)) {
    statements.push(
      db
        .update(t.organizations)
        .set({ size })
        .where(eq(t.organizations.id, refs.organization(key))),
    );
  }
  statements.push(
    ...chunkedInsert(
      db,
      t.organizations,
      NEW_ORGANIZATIONS.map((o) => ({
        id: organizationId(o.key),
        name: o.name,
        kind: o.kind,
        country: o.country,
        size: o.size,
        created_at: at(-360),
      })),
    ),
  );
  const hashes = await Promise.all(NEW_USERS.map(() => hashPassword(refs.password)));
  statements.push(
    ...chunkedInsert(
      db,
      t.users,
      NEW_USERS.map((u, i) => ({
        id: personId(u.key),
        email: u.email,
        name: u.name,
        password_hash: hashes[i] ?? '',
        kind: 'solver' as const,
        organization_id: organizationId(u.organization),
        email_confirmed_at: at(-360),
        time_zone: u.zone,
        digest_next_at: nextDigestAt(u.zone, new Date(at(0))),
        created_at: at(-360),
        updated_at: at(-360),
      })),
    ),
    ...chunkedInsert(
      db,
      t.clusterMemberships,
      NEW_USERS.flatMap((u) =>
        u.memberOf.map((slug) => ({ cluster_id: cluster(slug), user_id: personId(u.key), role: 'member' as const })),
      ),
    ),
  );

  const challenges: Row<typeof t.challenges>[] = [];
  const criteria: Row<typeof t.challengeCriteria>[] = [];
  const solutions: Row<typeof t.solutions>[] = [];
  const audit: Row<typeof t.auditLog>[] = [];
  const cooperations: Row<typeof t.cooperations>[] = [];
  const milestones: Row<typeof t.cooperationMilestones>[] = [];

  const need = (title: string, summary: string, indication: string, deadline: string, extra: object = {}) => {
    const parsed = ChallengeDraftSchema.safeParse({ ...NEED, title, summary, indication, deadline, ...extra });
    if (!parsed.success) throw new Error(`Demo challenge '${title}' is invalid: ${parsed.error.message}`);
    const { tags: _tags, criteria: _criteria, ...columns } = parsed.data;
    return columns;
  };
  const proposal = (title: string, summary: string, trl: number) => {
    const parsed = SolutionFieldsSchema.safeParse({ ...PROPOSAL, title, summary, trl });
    if (!parsed.success) throw new Error(`Demo solution '${title}' is invalid: ${parsed.error.message}`);
    return parsed.data;
  };
  const trail = (entityId: string, clusterId: string, steps: Step[]) => {
    for (const [action, before, after, day, actor] of steps) {
      audit.push({
        id: uuidv7(),
        actor_id: actor,
        action: `challenge.${action}`,
        entity_type: 'challenge',
        entity_id: entityId,
        cluster_id: clusterId,
        before: { status: before },
        after: { status: after },
        created_at: at(day),
      });
    }
  };

  // ── The call, run by Life Science Nord (lead) and Clust-ER Health; published by the admin.
  const callId = uuidv7();
  const lsn = cluster('life-science-nord');
  const emilia = cluster('clust-er-health');
  statements.push(
    db.insert(t.calls).values({
      id: callId,
      status: 'published',
      version: 3,
      title: CALL_TITLE,
      description: CALL_DESCRIPTION,
      language: 'en',
      opens_at: at(-60),
      closes_at: at(75),
      created_by: moderator,
      published_at: at(-62),
      created_at: at(-70),
      updated_at: at(-62),
    }),
    db.insert(t.callClusters).values([
      { call_id: callId, cluster_id: lsn, lead: true },
      { call_id: callId, cluster_id: emilia, lead: false },
    ]),
    db.insert(t.callRules).values([
      { call_id: callId, rule: 'trl', params: { min: 4, max: 6 } },
      { call_id: callId, rule: 'organization_kinds', params: { kinds: ['sme', 'startup'] } },
      { call_id: callId, rule: 'countries', params: { countries: ['DE', 'AT', 'IT', 'RO'] } },
      { call_id: callId, rule: 'company_sizes', params: { sizes: ['micro', 'small', 'medium'] } },
    ]),
    db.insert(t.callBenefits).values([
      {
        call_id: callId,
        position: 0,
        kind: 'money',
        amount_minor: 5_000_000,
        currency: 'EUR',
        details: 'Per winning team, paid in two instalments.',
      },
      {
        call_id: callId,
        position: 1,
        kind: 'pilot',
        details: 'A paid pilot with the hospital that posted the need.',
      },
      {
        call_id: callId,
        position: 2,
        kind: 'mentoring',
        details: 'Twelve months of mentoring on regulation and reimbursement by both cluster offices.',
      },
    ]),
  );
  for (const [action, before, after, day, actor] of [
    ['create', null, 'draft', -70, moderator],
    ['submit', 'draft', 'in_review', -66, moderator],
    ['publish', 'in_review', 'published', -62, admin],
  ] as const) {
    audit.push({
      id: uuidv7(),
      actor_id: actor,
      action: `call.${action}`,
      entity_type: 'call',
      entity_id: callId,
      cluster_id: lsn,
      before: before ? { status: before } : null,
      after: { status: after },
      created_at: at(day),
    });
  }

  // ── The two-stage challenge, now open to its shortlist for stage 2.
  const afId = uuidv7();
  const owner = user('clinician');
  const stage1Deadline = at(-22);
  const stage2Deadline = at(25);
  challenges.push({
    ...need(
      'Detecting atrial fibrillation after stroke with wearable ECG',
      'After an ischaemic stroke of unknown cause, paroxysmal atrial fibrillation is found in one patient in four if someone looks long enough. We seek wearable rhythm monitoring that finds it in the weeks after discharge, so that anticoagulation starts early.',
      'Ischaemic stroke or TIA of undetermined source (ESUS)',
      stage2Deadline,
      { trl_min: 4, trl_max: 6, care_pathway_step: 'diagnosis', evaluation_deadline: at(40), min_evaluations: 1 },
    ),
    id: afId,
    cluster_id: lsn,
    owner_id: owner,
    organization_id: organizationId('uk-nordhafen'),
    call_id: callId,
    status: 'open',
    current_stage: 2,
    version: 5,
    created_at: at(-58),
    updated_at: at(-6),
    submitted_at: at(-57),
    published_at: at(-55),
  });
  criteria.push(
    ...STAGE1_CRITERIA.map((c, position) => ({ challenge_id: afId, ...c, position, stage: 1 })),
    ...STAGE2_CRITERIA.map((c, position) => ({ challenge_id: afId, ...c, position, stage: 2 })),
  );
  trail(afId, lsn, [
    ['submit', 'draft', 'in_review', -57, owner],
    ['approve', 'in_review', 'open', -55, moderator],
    ['start_evaluation', 'open', 'evaluation', -22, owner],
    ['advance', 'evaluation', 'open', -6, owner],
  ]);
  const stageRows: Row<typeof t.challengeStages>[] = [
    {
      challenge_id: afId,
      stage: 1,
      name: 'Expression of interest',
      kind: 'expression_of_interest',
      deadline: stage1Deadline,
      evaluation_deadline: at(-8),
      min_evaluations: 2,
      share_feedback: true,
      required_fields: ['title', 'summary', 'trl'],
      opened_at: at(-55),
      closed_at: stage1Deadline,
      advanced_at: at(-6),
    },
    {
      challenge_id: afId,
      stage: 2,
      name: 'Full proposal',
      kind: 'full_proposal',
      deadline: stage2Deadline,
      evaluation_deadline: at(40),
      min_evaluations: 1,
      share_feedback: true,
      required_fields: ['approach', 'team', 'budget', 'work_plan'],
      opened_at: at(-6),
    },
  ];
  const assignments: Row<typeof t.evaluatorAssignments>[] = [
    { challenge_id: afId, stage: 1, user_id: user('evaluator'), assigned_by: owner },
    { challenge_id: afId, stage: 1, user_id: user('evaluator-emilia'), assigned_by: owner },
    { challenge_id: afId, stage: 2, user_id: user('evaluator'), assigned_by: owner },
  ];
  const jury = [user('evaluator'), user('evaluator-emilia')];
  const conflicts: Row<typeof t.conflictDeclarations>[] = [];
  const evaluations: Row<typeof t.evaluations>[] = [];
  const stageOutcomes: Row<typeof t.solutionStages>[] = [];
  AF_SOLUTIONS.forEach((s, i) => {
    const id = uuidv7();
    const submitted = at(-40 + i * 5);
    solutions.push({
      ...proposal(s.title, s.summary, s.trl),
      id,
      challenge_id: afId,
      submitter_id: personId(s.submitter),
      organization_id: orgOf(s.submitter),
      status: 'submitted',
      created_at: at(-42 + i * 5),
      submitted_at: submitted,
      ...(s.proposal
        ? { budget_amount_minor: s.proposal.budget, budget_currency: 'EUR', work_plan: s.proposal.workPlan }
        : {}),
    });
    s.scores.forEach(([need_fit, novelty, team_fit], j) => {
      const evaluator = jury[j] ?? '';
      const { scores } = EvaluationInputSchema.parse({ scores: { need_fit, novelty, team_fit } });
      conflicts.push({ solution_id: id, stage: 1, evaluator_id: evaluator, conflict: false });
      evaluations.push({ solution_id: id, stage: 1, evaluator_id: evaluator, scores, comment: null });
    });
    stageOutcomes.push({
      solution_id: id,
      challenge_id: afId,
      stage: 1,
      submitted_at: submitted,
      outcome: s.outcome,
      outcome_at: at(-6),
      outcome_by: owner,
      feedback_shared: s.outcome === 'not_advanced',
    });
    if (s.outcome === 'advanced') {
      stageOutcomes.push({
        solution_id: id,
        challenge_id: afId,
        stage: 2,
        submitted_at: s.proposal ? at(-2) : null,
        outcome: 'pending',
        outcome_at: null,
        outcome_by: null,
        feedback_shared: false,
        snapshot: s.proposal
          ? {
              approach: PROPOSAL.approach,
              team: PROPOSAL.team,
              budget: { amount_minor: s.proposal.budget, currency: 'EUR' },
              work_plan: s.proposal.workPlan,
            }
          : null,
      });
    }
  });

  // ── The call's second challenge: one stage, open.
  const gdmId = uuidv7();
  challenges.push({
    ...need(
      'Follow-up of gestational diabetes with continuous glucose monitoring',
      'Women with gestational diabetes keep paper glucose diaries that we review every two weeks. We want continuous glucose monitoring with a shared view for the diabetes midwife, so that treatment changes happen within days.',
      'Gestational diabetes (from the 24th week)',
      at(50),
      { trl_min: 4, trl_max: 6, language: 'en', min_evaluations: 2 },
    ),
    id: gdmId,
    cluster_id: emilia,
    owner_id: user('clinician-emilia'),
    organization_id: organizationId('policlinico-emilia'),
    call_id: callId,
    status: 'open',
    version: 3,
    created_at: at(-50),
    updated_at: at(-46),
    submitted_at: at(-49),
    published_at: at(-46),
  });
  criteria.push(...DEFAULT_CRITERIA.map((c, position) => ({ challenge_id: gdmId, ...c, position })));
  trail(gdmId, emilia, [
    ['submit', 'draft', 'in_review', -49, user('clinician-emilia')],
    ['approve', 'in_review', 'open', -46, moderator],
  ]);
  solutions.push({
    ...proposal(
      'Glucose sensor companion for the diabetes midwife',
      'A sensor app for the patient and a ward view for the midwife that highlights readings outside the pregnancy targets each morning.',
      5,
    ),
    id: uuidv7(),
    challenge_id: gdmId,
    submitter_id: personId('solver-alpenmed'),
    organization_id: orgOf('solver-alpenmed'),
    status: 'submitted',
    created_at: at(-20),
    submitted_at: at(-18),
  });

  // ── A year of history.
  const cooperationOf = (
    challengeId: string,
    clusterId: string,
    clinicOrg: string,
    solutionId: string,
    solverOrg: string,
    start: number,
    spec: CooperationSpec,
  ) => {
    const id = uuidv7();
    const startedAt = at(start);
    cooperations.push({
      id,
      challenge_id: challengeId,
      solution_id: solutionId,
      cluster_id: clusterId,
      clinic_organization_id: clinicOrg,
      solver_organization_id: solverOrg,
      status: spec.status,
      public_clinic: spec.public ?? false,
      public_solver: spec.public ?? false,
      version: 1 + (spec.public ? 2 : 0),
      started_at: startedAt,
      created_at: startedAt,
      updated_at: startedAt,
    });
    audit.push({
      id: uuidv7(),
      actor_id: null,
      action: 'cooperation.open',
      entity_type: 'cooperation',
      entity_id: id,
      cluster_id: clusterId,
      after: { status: 'active', version: 1, challenge_id: challengeId, solution_id: solutionId },
      created_at: startedAt,
    });
    const day = (offset: number | undefined) =>
      offset === undefined ? null : new Date(Date.parse(startedAt) + offset * DAY).toISOString().slice(0, 10);
    for (const m of spec.milestones) {
      const touched = at(Math.min(start + (m.achieved ?? 0), -1));
      milestones.push({
        id: uuidv7(),
        cooperation_id: id,
        kind: m.kind,
        status: m.status,
        planned_on: day(m.planned),
        achieved_on: m.status === 'done' ? day(m.achieved) : null,
        public: m.public ?? false,
        kpi_value: m.kpi?.value ?? null,
        kpi_unit: m.kpi?.unit ?? null,
        kpi_method: m.kpi?.method ?? null,
        kpi_met: m.kpi?.met ?? null,
        funding_programme: m.funding?.programme ?? null,
        funding_amount_minor: m.funding?.amount ?? null,
        funding_currency: m.funding?.currency ?? null,
        note: m.note ?? '',
        created_at: touched,
        updated_at: touched,
      });
    }
  };

  for (const h of HISTORY) {
    const id = uuidv7();
    const clusterId = cluster(h.cluster);
    const ownerId = user(h.owner);
    // Undecided ones are still open; decided ones closed for solutions well before the decision.
    const deadline = h.decidedAfter === undefined ? 30 : -h.published + Math.round(h.decidedAfter * 0.6);
    const decided = h.decidedAfter === undefined ? null : -h.published + h.decidedAfter;
    const status = decided === null ? 'open' : h.archived ? 'archived' : 'decided';
    challenges.push({
      ...need(h.title, h.summary, h.indication, at(deadline), {
        language: h.language ?? 'en',
        visibility: h.visibility ?? 'public',
      }),
      id,
      cluster_id: clusterId,
      owner_id: ownerId,
      organization_id: orgOf(h.owner),
      status,
      version: 2 + (status === 'open' ? 0 : 1) + (decided === null ? 0 : 1) + (h.archived ? 1 : 0),
      created_at: at(-h.published - 5),
      updated_at: at(decided ?? -h.published),
      submitted_at: at(-h.published - 3),
      published_at: at(-h.published),
      submissions_closed_at: deadline < 0 ? at(deadline) : null,
      decided_at: decided === null ? null : at(decided),
      decision_note: decided === null ? null : 'Thank you to every team: the winner starts a cooperation with us.',
    });
    criteria.push(...DEFAULT_CRITERIA.map((c, position) => ({ challenge_id: id, ...c, position })));
    const steps: Step[] = [
      ['submit', 'draft', 'in_review', -h.published - 3, ownerId],
      ['approve', 'in_review', 'open', -h.published, moderator],
    ];
    if (decided !== null) {
      steps.push(['start_evaluation', 'open', 'evaluation', deadline, ownerId]);
      steps.push(['decide', 'evaluation', 'decided', decided, ownerId]);
    }
    if (h.archived) steps.push(['archive', 'decided', 'archived', -5, moderator]);
    trail(id, clusterId, steps);
    h.solvers.forEach((solver, i) => {
      const solutionId = uuidv7();
      const submitted = -h.published + 10 + i * 7;
      solutions.push({
        ...proposal(
          `${APPROACHES[(i + h.published) % APPROACHES.length]}: ${h.indication}`.slice(0, 150),
          `Our answer to “${h.title}”: a tested approach adapted to the hospital's workflow and data.`,
          4 + ((i + h.published) % 3),
        ),
        id: solutionId,
        challenge_id: id,
        submitter_id: personId(solver),
        organization_id: orgOf(solver),
        status: decided === null ? 'submitted' : i === 0 ? 'winner' : 'not_selected',
        created_at: at(submitted - 2),
        submitted_at: at(submitted),
      });
      if (i === 0 && decided !== null) {
        // The decision opened it; without more told, the letter of intent is signed.
        const spec = h.cooperation ?? { status: 'active', milestones: [done('letter_of_intent', 10)] };
        cooperationOf(id, clusterId, orgOf(h.owner), solutionId, orgOf(solver), decided, spec);
      }
    });
  }

  // ── Cooperations of the demo world's own winners, at three different points.
  // [challenge, winning solution, its submitter, the challenge's owner, cluster, decided (days), the cooperation]
  const coops: [string, string, string, string, string, number, CooperationSpec][] = [
    // Just opened: the letter of intent is planned.
    [
      'tavi-remote-monitoring',
      'tavi-vantaris',
      'solver-vantaris',
      'clinician-ruhr',
      'medizin-nrw',
      -41,
      { status: 'active', milestones: [planned('letter_of_intent', 55)] },
    ],
    // Agreement and ethics done, the pilot running.
    [
      'sepsis-ews',
      'sepsis-sentinella',
      'solver-sentinella',
      'clinician-emilia',
      'clust-er-health',
      -68,
      {
        status: 'active',
        milestones: [
          done('letter_of_intent', 6),
          done('agreement', 25),
          done('ethics_approval', 45),
          done('pilot_start', 60),
          planned('pilot_end', 240),
          planned('kpi_result', 250),
        ],
      },
    ],
    // Completed: the KPI met and follow-on funding raised; both sides published it.
    [
      'exome-reanalysis',
      'exome-copou',
      'solver-copou',
      'clinician-iasi',
      'imago-mol',
      -253,
      {
        status: 'completed',
        public: true,
        milestones: [
          done('letter_of_intent', 7, true),
          done('agreement', 30, true),
          done('ethics_approval', 50, true),
          done('pilot_start', 60, true),
          done('pilot_end', 180, true),
          {
            kind: 'kpi_result',
            status: 'done',
            planned: 185,
            achieved: 190,
            public: true,
            kpi: {
              value: 14.5,
              unit: '% new diagnoses among reanalysed exomes',
              method:
                '412 unsolved exomes reanalysed with the updated pipeline; each candidate confirmed by the clinical geneticists.',
              met: true,
            },
          },
          {
            kind: 'follow_on_funding',
            status: 'done',
            planned: 200,
            achieved: 215,
            public: true,
            funding: { programme: 'Programul Regional Nord-Est 2021–2027', amount: 40_000_000, currency: 'RON' },
          },
        ],
      },
    ],
  ];
  for (const [challengeKey, solutionKey, solver, ownerKey, slug, start, spec] of coops) {
    const challengeId = refs.challenge(challengeKey);
    cooperationOf(challengeId, cluster(slug), orgOf(ownerKey), refs.solution(solutionKey), orgOf(solver), start, spec);
  }

  statements.push(
    ...chunkedInsert(db, t.challenges, challenges),
    ...chunkedInsert(db, t.challengeCriteria, criteria),
    // Stage 1 was written by the trigger as the challenge's mirror; these are the stages as set.
    ...stageRows.map((row) =>
      db
        .insert(t.challengeStages)
        .values(row)
        .onConflictDoUpdate({
          target: [t.challengeStages.challenge_id, t.challengeStages.stage],
          set: {
            name: row.name,
            kind: row.kind,
            deadline: row.deadline,
            evaluation_deadline: row.evaluation_deadline,
            min_evaluations: row.min_evaluations,
            share_feedback: row.share_feedback,
            required_fields: row.required_fields,
            opened_at: row.opened_at,
            closed_at: row.closed_at ?? null,
            advanced_at: row.advanced_at ?? null,
          },
        }),
    ),
    ...chunkedInsert(db, t.evaluatorAssignments, assignments),
    ...chunkedInsert(db, t.solutions, solutions),
    db
      .insert(t.solutionMembers)
      .select(
        sql`SELECT s.id, s.submitter_id, 'other', coalesce(o.name, ''), s.created_at FROM solutions s
          LEFT JOIN organizations o ON o.id = s.organization_id WHERE 1`,
      )
      .onConflictDoNothing(),
    // Stage 1 rows come from the submission trigger; the outcomes and stage 2 are written here.
    ...stageOutcomes.map((row) =>
      db
        .insert(t.solutionStages)
        .values(row)
        .onConflictDoUpdate({
          target: [t.solutionStages.solution_id, t.solutionStages.stage],
          set: {
            outcome: row.outcome,
            outcome_at: row.outcome_at,
            outcome_by: row.outcome_by,
            feedback_shared: row.feedback_shared,
          },
        }),
    ),
    ...chunkedInsert(db, t.conflictDeclarations, conflicts),
    ...chunkedInsert(db, t.evaluations, evaluations),
    ...chunkedInsert(db, t.cooperations, cooperations),
    ...chunkedInsert(db, t.cooperationMilestones, milestones),
    ...chunkedInsert(db, t.auditLog, audit),
  );
  return statements;
}
