import { env } from 'cloudflare:test';
import { runBatch } from '../../worker/db/batch';
import { createDb } from '../../worker/db/client';
import { recountJuryFigures } from '../../worker/domain/impact/jury';
import { recountTallies } from '../../worker/domain/impact/tallies';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from './actors';
import { unique } from './unique';

/**
 * The hand-worked fixture of the impact figures (plan §5), written straight into D1 with the dates
 * of 2024 (no API writes the past), the tallies then counted as migration 0015 does. Every date is
 * at noon UTC, so the days between two are whole.
 *
 * Cluster A, challenges (posted = submitted for review, published, decided):
 *   A0  2023-10-01  2023-10-02  2023-12-01   (before the range)
 *   A1  2024-01-01  2024-01-02  2024-01-12   10 days from publication, 11 from posting
 *   A2  2024-01-01  2024-01-02  2024-02-01   30 / 31
 *   A3  2024-03-15  2024-03-20  2024-04-09   20 / 25
 *   A4  2024-02-25  2024-03-01  2024-04-10   40 / 45
 *   A5  2024-01-01  2024-01-02  2024-04-01   90 / 91
 *   A6  2024-02-10  in review
 * Organizations (kind, size, country): sme1 sme small DE · micro industry micro DE · startup startup
 * (no size) AT · large sme large DE · industry industry (no size) IT. SMEs by size first, by kind
 * without one: sme1, micro and startup; `large` is not one although its kind says sme.
 * Solutions (organization, submitted, challenge):
 *   s1 sme1 01-15 A5 · s2 startup 01-20 A5 · s3 large 02-10 A5 · s4 sme1 03-05 A4
 *   s5 micro 04-05 A4 · s6 startup 04-06 A4 · s7 industry 02-01 A5 withdrawn · s8 micro draft A5
 * Jury: juror 1 on A5 and A4, juror 2 on A5; juror 2 declared a conflict on s3; juror 1 scored s1,
 * s2, s3, juror 2 scored s1.
 * Cooperations (started; milestones done on the date unless said):
 *   K1 s1 of A5, 2024-04-01, public (both sides), milestones public unless said: pilot_start 04-20,
 *      kpi_result 05-10 met, pilot_end 05-30, follow_on_funding 06-01 EUR 250 000.00 (not public)
 *   K2 s5 of A4, 2024-04-10, not public: letter_of_intent 04-12, pilot_start 05-15 (running),
 *      kpi_result planned, follow_on_funding 06-15 CHF 40 000.00, follow_on_funding planned EUR 9.99
 * So in Q2: 2 started, 2 pilots started, 1 completed, 1 running (K2), 1 KPI met, EUR 250 000.00 and
 * CHF 40 000.00; in public: K1 only, without its funding (that milestone is not public), none running.
 * Cluster B: one challenge (posted, published and decided in January 2024) with a solution from a
 * French SME, a jury of one and an evaluation, a cooperation started 2024-01-07 whose pilot runs since
 * 2024-01-20: none of it may show in A's figures.
 */
export interface ImpactFixture {
  a: { id: string; slug: string };
  b: { id: string; slug: string };
  admin: TestUser;
  moderator: TestUser;
  /** Moderates cluster B only. */
  otherModerator: TestUser;
}

const at = (date: string) => `${date}T12:00:00.000Z`;

export async function impactFixture(): Promise<ImpactFixture> {
  const admin = await createAdmin();
  const [a, b] = await Promise.all([createCluster(admin), createCluster(admin)]);
  const [moderator, otherModerator, owner, submitter, juror1, juror2] = await Promise.all([
    createModerator(admin, a.slug),
    createModerator(admin, b.slug),
    registerUser('clinician'),
    registerUser('solver'),
    registerUser('clinician'),
    registerUser('clinician'),
  ]);
  const org = (kind: string, country: string, size: string | null = null) => ({
    id: crypto.randomUUID(),
    name: `${kind} ${unique()}`,
    kind,
    country,
    size,
  });
  const orgs = {
    sme1: org('sme', 'DE', 'small'),
    micro: org('industry', 'DE', 'micro'),
    startup: org('startup', 'AT'),
    large: org('sme', 'DE', 'large'),
    industry: org('industry', 'IT'),
    french: org('sme', 'FR'),
  };
  const challenge = (cluster: string, status: string, posted: string, published?: string, decided?: string) => ({
    id: crypto.randomUUID(),
    cluster,
    status,
    posted: at(posted),
    published: published ? at(published) : null,
    decided: decided ? at(decided) : null,
  });
  const c = {
    a0: challenge(a.id, 'decided', '2023-10-01', '2023-10-02', '2023-12-01'),
    a1: challenge(a.id, 'decided', '2024-01-01', '2024-01-02', '2024-01-12'),
    a2: challenge(a.id, 'decided', '2024-01-01', '2024-01-02', '2024-02-01'),
    a3: challenge(a.id, 'decided', '2024-03-15', '2024-03-20', '2024-04-09'),
    a4: challenge(a.id, 'decided', '2024-02-25', '2024-03-01', '2024-04-10'),
    a5: challenge(a.id, 'decided', '2024-01-01', '2024-01-02', '2024-04-01'),
    a6: challenge(a.id, 'in_review', '2024-02-10'),
    b1: challenge(b.id, 'decided', '2024-01-05', '2024-01-06', '2024-01-07'),
  };
  const solution = (challengeId: string, organization: string, status: string, submitted: string | null) => ({
    id: crypto.randomUUID(),
    challengeId,
    organization,
    status,
    submitted: submitted ? at(submitted) : null,
  });
  const s = {
    s1: solution(c.a5.id, orgs.sme1.id, 'submitted', '2024-01-15'),
    s2: solution(c.a5.id, orgs.startup.id, 'submitted', '2024-01-20'),
    s3: solution(c.a5.id, orgs.large.id, 'submitted', '2024-02-10'),
    s4: solution(c.a4.id, orgs.sme1.id, 'submitted', '2024-03-05'),
    s5: solution(c.a4.id, orgs.micro.id, 'submitted', '2024-04-05'),
    s6: solution(c.a4.id, orgs.startup.id, 'submitted', '2024-04-06'),
    s7: solution(c.a5.id, orgs.industry.id, 'withdrawn', '2024-02-01'),
    s8: solution(c.a5.id, orgs.micro.id, 'draft', null),
    b: solution(c.b1.id, orgs.french.id, 'submitted', '2024-01-06'),
  };
  const db = env.DB;
  await db.batch([
    ...Object.values(orgs).map((o) =>
      db
        .prepare('INSERT INTO organizations (id, name, kind, country, size) VALUES (?, ?, ?, ?, ?)')
        .bind(o.id, o.name, o.kind, o.country, o.size),
    ),
    ...Object.values(c).map((ch) =>
      db
        .prepare(
          `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
            care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
            reward_kind, deadline, submitted_at, published_at, decided_at)
           VALUES (?, ?, ?, ?, ?, 'Impact fixture', 'A problem.', 'An indication', 'diagnosis', 'Adults',
            'Today', 'Better', 'A KPI', 3, 6, 'pilot', ?, ?, ?, ?)`,
        )
        .bind(
          ch.id,
          ch.cluster,
          owner.id,
          ch.status,
          `Impact ${unique()}`,
          ch.published ?? ch.posted,
          ch.posted,
          ch.published,
          ch.decided,
        ),
    ),
    ...Object.values(s).map((so) =>
      db
        .prepare(
          `INSERT INTO solutions (id, challenge_id, submitter_id, organization_id, status, title, summary, approach, trl,
            submitted_at) VALUES (?, ?, ?, ?, ?, ?, 'A summary.', 'An approach.', 5, ?)`,
        )
        .bind(so.id, so.challengeId, submitter.id, so.organization, so.status, `Solution ${unique()}`, so.submitted),
    ),
    ...[
      [c.a5.id, juror1.id],
      [c.a4.id, juror1.id],
      [c.a5.id, juror2.id],
      [c.b1.id, juror2.id],
    ].map(([challengeId, userId]) =>
      db.prepare('INSERT INTO evaluator_assignments (challenge_id, user_id) VALUES (?, ?)').bind(challengeId, userId),
    ),
    db
      .prepare('INSERT INTO conflict_declarations (solution_id, evaluator_id, conflict) VALUES (?, ?, 1)')
      .bind(s.s3.id, juror2.id),
    ...[
      [s.s1.id, juror1.id],
      [s.s2.id, juror1.id],
      [s.s3.id, juror1.id],
      [s.s1.id, juror2.id],
      [s.b.id, juror2.id],
    ].map(([solutionId, userId]) =>
      db
        .prepare(`INSERT INTO evaluations (solution_id, evaluator_id, scores) VALUES (?, ?, '{"fit": 4}')`)
        .bind(solutionId, userId),
    ),
    ...cooperationRows(db, [
      {
        challenge: c.a5.id,
        solution: s.s1.id,
        cluster: a.id,
        started: '2024-04-01',
        public: true,
        milestones: [
          { kind: 'pilot_start', status: 'done', on: '2024-04-20', public: true },
          { kind: 'kpi_result', status: 'done', on: '2024-05-10', public: true, kpiMet: true },
          { kind: 'pilot_end', status: 'done', on: '2024-05-30', public: true },
          { kind: 'follow_on_funding', status: 'done', on: '2024-06-01', funding: [25_000_000, 'EUR'] },
        ],
      },
      {
        challenge: c.a4.id,
        solution: s.s5.id,
        cluster: a.id,
        started: '2024-04-10',
        public: false,
        milestones: [
          { kind: 'letter_of_intent', status: 'done', on: '2024-04-12' },
          { kind: 'pilot_start', status: 'done', on: '2024-05-15' },
          { kind: 'kpi_result', status: 'planned' },
          { kind: 'follow_on_funding', status: 'done', on: '2024-06-15', funding: [4_000_000, 'CHF'] },
          { kind: 'follow_on_funding', status: 'planned', funding: [999, 'EUR'] },
        ],
      },
      {
        challenge: c.b1.id,
        solution: s.b.id,
        cluster: b.id,
        started: '2024-01-07',
        public: true,
        milestones: [{ kind: 'pilot_start', status: 'done', on: '2024-01-20', public: true }],
      },
    ]),
  ]);
  await runBatch(createDb(env.DB), [...recountTallies(createDb(env.DB)), ...recountJuryFigures(createDb(env.DB))]);
  return { a, b, admin, moderator, otherModerator };
}

interface FixtureCooperation {
  challenge: string;
  solution: string;
  cluster: string;
  started: string;
  public: boolean;
  milestones: {
    kind: string;
    status: string;
    on?: string;
    public?: boolean;
    kpiMet?: boolean;
    funding?: [number, string];
  }[];
}

/** Cooperations and their milestones, straight into D1. */
function cooperationRows(db: D1Database, list: FixtureCooperation[]) {
  return list.flatMap((k) => {
    const id = crypto.randomUUID();
    return [
      db
        .prepare(
          `INSERT INTO cooperations (id, challenge_id, solution_id, cluster_id, public_clinic, public_solver, started_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(id, k.challenge, k.solution, k.cluster, Number(k.public), Number(k.public), at(k.started)),
      ...k.milestones.map((m) =>
        db
          .prepare(
            `INSERT INTO cooperation_milestones (id, cooperation_id, kind, status, achieved_on, public, kpi_met,
              funding_amount_minor, funding_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            crypto.randomUUID(),
            id,
            m.kind,
            m.status,
            m.on ?? null,
            Number(m.public ?? false),
            m.kpiMet === undefined ? null : Number(m.kpiMet),
            m.funding?.[0] ?? null,
            m.funding?.[1] ?? null,
          ),
      ),
    ];
  });
}
