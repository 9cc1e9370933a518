import { env } from 'cloudflare:test';
import { runBatch } from '../../worker/db/batch';
import { createDb } from '../../worker/db/client';
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
 * Solutions (organization, country, kind, submitted, challenge):
 *   s1 sme1 DE sme 01-15 A5 · s2 startup AT 01-20 A5 · s3 hospital DE 02-10 A5 · s4 sme1 DE 03-05 A4
 *   s5 sme2 DE sme 04-05 A4 · s6 startup AT 04-06 A4 · s7 industry IT 02-01 A5 withdrawn · s8 sme2 draft A5
 * Jury: juror 1 on A5 and A4, juror 2 on A5; juror 2 declared a conflict on s3; juror 1 scored s1,
 * s2, s3, juror 2 scored s1.
 * Cluster B: one challenge (posted, published and decided in January 2024) with a solution from a
 * French SME, a jury of one and an evaluation: none of it may show in A's figures.
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
  const org = (kind: string, country: string) => ({
    id: crypto.randomUUID(),
    name: `${kind} ${unique()}`,
    kind,
    country,
  });
  const orgs = {
    sme1: org('sme', 'DE'),
    sme2: org('sme', 'DE'),
    startup: org('startup', 'AT'),
    hospital: org('hospital', 'DE'),
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
    s3: solution(c.a5.id, orgs.hospital.id, 'submitted', '2024-02-10'),
    s4: solution(c.a4.id, orgs.sme1.id, 'submitted', '2024-03-05'),
    s5: solution(c.a4.id, orgs.sme2.id, 'submitted', '2024-04-05'),
    s6: solution(c.a4.id, orgs.startup.id, 'submitted', '2024-04-06'),
    s7: solution(c.a5.id, orgs.industry.id, 'withdrawn', '2024-02-01'),
    s8: solution(c.a5.id, orgs.sme2.id, 'draft', null),
    b: solution(c.b1.id, orgs.french.id, 'submitted', '2024-01-06'),
  };
  const db = env.DB;
  await db.batch([
    ...Object.values(orgs).map((o) =>
      db
        .prepare('INSERT INTO organizations (id, name, kind, country) VALUES (?, ?, ?, ?)')
        .bind(o.id, o.name, o.kind, o.country),
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
  ]);
  await runBatch(createDb(env.DB), recountTallies(createDb(env.DB)));
  return { a, b, admin, moderator, otherModerator };
}
