import { eq, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { chunkedInsert, runBatch } from '../../worker/db/batch';
import type { Database } from '../../worker/db/client';
import { CARE_PATHWAY_STEPS, CHALLENGE_STATUSES, DEVICE_CLASSES, PARTNER_OFFERS } from '../../worker/db/enums';
import * as t from '../../worker/db/schema';
import { DEFAULT_CRITERIA } from '../../worker/domain/challenges/challenge.schema';
import { recomputeScores, wholeChallenge } from '../../worker/domain/evaluation/score-sums';
import { recountJuryFigures } from '../../worker/domain/impact/jury';
import { recountTallies } from '../../worker/domain/impact/tallies';

const TOPICS = [
  ['Pharmacogenomic dosing alerts', 'pharmacogenomics', 'atrial fibrillation'],
  ['Liquid biopsy for minimal residual disease', 'biomarkers', 'colorectal cancer'],
  ['AI triage of incidental lung nodules', 'imaging', 'lung nodules'],
  ['Multi-omics stratification', 'multi-omics', 'inflammatory bowel disease'],
  ['Companion diagnostic turnaround', 'companion-diagnostics', 'non-small cell lung cancer'],
  ['Remote monitoring after valve replacement', 'medtech', 'aortic stenosis'],
] as const;
const WORDS = 'sepsis stroke diabetes retina kidney liver tumour genome wearable pathway triage dashboard'.split(' ');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

export interface VolumeOptions {
  challenges: number;
  /** Every one open and public (the open-data bench counts public rows); otherwise every state is represented. */
  allPublic?: boolean;
  /** Challenges per D1 batch: one JSON array each, expanded by json_each (a D1 string holds at most 1 MB: ~450 KB). */
  chunk?: number;
}

/**
 * Adds `challenges` synthetic challenges (mostly open and public, every state represented) to a
 * database that already has the demo world, each one different, with two tags and the six default
 * criteria. Nine in ten say "patients" (the common word a search must cope with); one in ten is
 * `network` (the anonymous catalogue skips those). Set-based, as a migration's backfill would be:
 * `chunk` challenges a batch, their rows as JSON arrays expanded by json_each (issue 17: on a
 * loaded 2-core machine 10 000 in 20 s and 100 000 in 3½ minutes, where writing the first 2 000
 * row by row through Drizzle took four). The triggers run as for any insert (search index, stage
 * 1, the clusters' tallies); the tags go in first, foreign keys deferred to the end of the batch,
 * so the search trigger indexes each challenge once with its tags instead of rewriting its row for
 * each tag (half the CPU time of tags after challenges, measured with sqlite3 on the same file).
 */
export async function seedVolume(
  db: Database,
  { challenges, allPublic = false, chunk = 1_000 }: VolumeOptions,
): Promise<void> {
  const clusters = await db.select({ id: t.clusters.id }).from(t.clusters);
  const owners = await db.select({ id: t.users.id }).from(t.users);
  if (clusters.length === 0 || owners.length === 0) throw new Error('Seed the demo world before adding volume.');
  const criteria = JSON.stringify(
    DEFAULT_CRITERIA.map((c, position) => [c.key, c.label, c.description, c.weight, position]),
  );
  const now = Date.now();
  for (let done = 0; done < challenges; done += chunk) {
    const rows = Array.from({ length: Math.min(chunk, challenges - done) }, (_, k) =>
      volumeRow(done + k, now, allPublic, clusters, owners),
    );
    const json = JSON.stringify(rows);
    // The D1 binding itself: Drizzle batches only its query builders, and the pragma is none.
    const d1 = db.$client;
    await d1.batch([
      // Until the batch commits: the tags name challenges inserted after them.
      d1.prepare('PRAGMA defer_foreign_keys = on'),
      d1
        .prepare(`INSERT INTO challenge_tags (challenge_id, tag)
          SELECT j.value ->> '$[0]', tag.value FROM json_each(?1) j, json_each(j.value -> '$[15]') tag`)
        .bind(json),
      d1
        .prepare(`INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement,
            indication, care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi,
            trl_min, trl_max, reward_kind, deadline, visibility, endorsement_count, published_at)
          SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]',
            j.value ->> '$[5]', j.value ->> '$[6]', j.value ->> '$[7]', j.value ->> '$[8]',
            'Adults treated at participating hospitals', 'Manual review by specialists',
            'Faster, more consistent decisions', 'Time to decision reduced by 30 %', j.value ->> '$[9]',
            j.value ->> '$[10]', 'pilot', j.value ->> '$[11]', j.value ->> '$[12]', j.value ->> '$[13]',
            j.value ->> '$[14]'
          FROM json_each(?1) j`)
        .bind(json),
      d1
        .prepare(`INSERT INTO challenge_criteria (challenge_id, key, label, description, weight, position)
          SELECT j.value ->> '$[0]', c.value ->> '$[0]', c.value ->> '$[1]', c.value ->> '$[2]', c.value ->> '$[3]',
            c.value ->> '$[4]'
          FROM json_each(?1) j, json_each(?2) c`)
        .bind(json, criteria),
    ]);
  }
}

/** The i-th volume challenge as the JSON array seedVolume's statements read (tags last). */
function volumeRow(
  i: number,
  now: number,
  allPublic: boolean,
  clusters: { id: string }[],
  owners: { id: string }[],
): unknown[] {
  const [title, tag, indication] = pick(TOPICS, i);
  const word = pick(WORDS, i);
  // Two in three are open; the rest spread over every other state.
  const status = i % 3 === 0 && !allPublic ? pick(CHALLENGE_STATUSES, i) : 'open';
  return [
    uuidv7(),
    pick(clusters, i).id,
    pick(owners, i).id,
    status,
    `${title} #${i} (${word})`,
    `Synthetic challenge ${i} for ${i % 10 === 9 ? 'people' : 'patients'} with ${indication}: ${word} for load testing.`,
    `Clinicians in unit ${i % 97} lack a validated way to handle ${indication}; ${word} data is fragmented.`,
    indication,
    pick(CARE_PATHWAY_STEPS, i),
    1 + (i % 5),
    5 + (i % 5),
    iso(now + ((i % 120) - 20) * DAY),
    i % 10 === 0 && !allPublic ? 'network' : 'public',
    i % 17,
    status === 'draft' ? null : iso(now - (i % 300) * 3_600_000),
    [...new Set([tag, word])],
  ];
}

export interface JudgingOptions {
  solutions: number;
  evaluators: number;
  batchSize?: number;
}

/**
 * One challenge in evaluation in a demo cluster with `solutions` submitted solutions, a jury of
 * `evaluators` (plus evaluator@demo.test) who each declared no conflict and scored every solution on the six default
 * criteria. Returns the challenge id.
 */
export async function seedJudging(
  db: Database,
  { solutions, evaluators, batchSize = 400 }: JudgingOptions,
): Promise<string> {
  const [cluster] = await db.select({ id: t.clusters.id }).from(t.clusters).limit(1);
  const [owner] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, 'clinician@demo.test'));
  // The demo evaluator sits on this jury too (and has scored everything like the others), so the
  // bench can sign in as a juror and read the jury's own pages.
  const [juror] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, 'evaluator@demo.test'));
  if (!cluster || !owner || !juror) throw new Error('Seed the demo world before the judging volume.');
  const challengeId = uuidv7();
  const now = Date.now();
  const statements = [
    ...chunkedInsert(db, t.challenges, [
      {
        id: challengeId,
        cluster_id: cluster.id,
        owner_id: owner.id,
        status: 'evaluation',
        title: 'Benchmark: a challenge with a very large jury workload',
        summary: 'Synthetic challenge for measuring the ranking and the solution list.',
        problem_statement: 'Synthetic problem statement for load testing the ranking query.',
        indication: 'benchmark',
        care_pathway_step: 'diagnosis',
        patient_population: 'Synthetic',
        standard_of_care: 'Synthetic',
        target_outcome: 'Synthetic',
        outcome_kpi: 'Synthetic',
        trl_min: 3,
        trl_max: 8,
        reward_kind: 'pilot',
        deadline: new Date(now - 86_400_000).toISOString(),
        published_at: new Date(now - 40 * 86_400_000).toISOString(),
      },
    ]),
    ...chunkedInsert(
      db,
      t.challengeCriteria,
      DEFAULT_CRITERIA.map((c, position) => ({ challenge_id: challengeId, ...c, position })),
    ),
  ];
  const jury = Array.from({ length: evaluators }, (_, i) => ({
    id: uuidv7(),
    email: `bench-juror-${i}-${challengeId.slice(-6)}@bench.test`,
    name: `Bench juror ${i}`,
    password_hash: 'not-a-login',
    kind: 'clinician' as const,
  }));
  const solvers = Array.from({ length: Math.max(1, Math.ceil(solutions / 20)) }, (_, i) => ({
    id: uuidv7(),
    email: `bench-solver-${i}-${challengeId.slice(-6)}@bench.test`,
    name: `Bench solver ${i}`,
    password_hash: 'not-a-login',
    kind: 'solver' as const,
  }));
  const seats = [...jury.map((j) => j.id), juror.id];
  statements.push(
    ...chunkedInsert(db, t.users, [...jury, ...solvers]),
    ...chunkedInsert(
      db,
      t.evaluatorAssignments,
      seats.map((id) => ({ challenge_id: challengeId, user_id: id })),
    ),
  );
  await runBatch(db, statements.splice(0));
  for (let i = 0; i < solutions; i++) {
    const solutionId = uuidv7();
    statements.push(
      ...chunkedInsert(db, t.solutions, [
        {
          id: solutionId,
          challenge_id: challengeId,
          submitter_id: solvers[i % solvers.length]?.id ?? '',
          status: 'submitted',
          title: `Benchmark solution ${i}`,
          summary: `Synthetic solution ${i} for the ranking benchmark.`,
          approach: 'Synthetic approach.',
          trl: 1 + (i % 9),
          summary_public: i % 2 === 0,
          submitted_at: new Date(now - (i + 1) * 60_000).toISOString(),
        },
      ]),
      ...chunkedInsert(
        db,
        t.conflictDeclarations,
        seats.map((id) => ({ solution_id: solutionId, evaluator_id: id, conflict: false })),
      ),
      ...chunkedInsert(
        db,
        t.evaluations,
        seats.map((id, k) => ({
          solution_id: solutionId,
          evaluator_id: id,
          scores: Object.fromEntries(DEFAULT_CRITERIA.map((c, n) => [c.key, 1 + ((i + k + n) % 5)])),
        })),
      ),
    );
    if (statements.length >= batchSize) await runBatch(db, statements.splice(0));
  }
  await runBatch(db, [...statements, ...recomputeScores(db, wholeChallenge(challengeId))]);
  return challengeId;
}

export interface ImpactVolumeOptions {
  /** Challenges posted over `quarters` quarters up to now, all in one cluster (its dashboard's worst case). */
  challenges: number;
  /** Submitted solutions, spread over the challenges and `organizations` organizations. */
  solutions: number;
  quarters?: number;
  organizations?: number;
  /** Cooperations opened by decided challenges' winners, each with milestones. */
  cooperations?: number;
  calls?: number;
  /** Rows per statement: one JSON array of them, expanded by json_each. */
  chunk?: number;
  /** Listed organizations of the partner directory (issue 16), seeded with the impact volume: see seedDirectoryVolume. */
  directory?: number;
}

const COUNTRIES = ['DE', 'AT', 'IT', 'RO', 'CH', 'FR', 'NL', 'ES'] as const;
const ORG_KINDS = ['sme', 'startup', 'industry', 'university', 'research_institute', 'hospital'] as const;

/** Areas of expertise and languages of the bench's experts (issue 16). */
const BENCH_EXPERTISE = [
  'oncology',
  'liquid-biopsy',
  'cardiology',
  'pharmacogenomics',
  'imaging',
  'remote-monitoring',
  'bioinformatics',
  'ivdr',
  'biobanking',
  'sepsis',
] as const;
const BENCH_LANGUAGES = ['de', 'it', 'ro', 'fr', 'es', 'pl'] as const;
const ORG_SIZES = ['micro', 'small', 'medium', 'large', null] as const;

/** Inserts `rows` (arrays) `chunk` at a time, through `statement(json)` reading them with json_each. */
async function inChunks(db: Database, rows: unknown[][], chunk: number, statement: (json: string) => SQL) {
  for (let at = 0; at < rows.length; at += chunk) {
    await db.run(statement(JSON.stringify(rows.slice(at, at + chunk))));
  }
}

/**
 * The impact dashboards' volume (issue 15 plan §5): `challenges` challenges in the first cluster
 * moderator@demo.test moderates, posted, published and (six in ten) decided over `quarters`
 * quarters up to now; `solutions` submitted solutions from `organizations` organizations of every
 * kind, size and country (one solver each); `calls` published calls of the cluster holding half of
 * the challenges; three jurors a challenge in evaluation or decided; `cooperations` cooperations
 * of winners, half public, with milestones from letter of intent to funding. The tallies are then
 * recounted from the base tables as the migrations' backfill does (`recountTallies`). Rows go in
 * as JSON arrays expanded by json_each (row by row would take an hour), and the triggers run as
 * for any insert: stage 1 of each challenge, the solutions' stage rows, ranking versions, search.
 * Returns the cluster's slug, a call of the volume and what was written.
 */
export async function seedImpactVolume(
  db: Database,
  {
    challenges,
    solutions,
    quarters = 8,
    organizations = 2_000,
    cooperations = 1_000,
    calls = 20,
    chunk = 2_000,
    directory = 10_000,
  }: ImpactVolumeOptions,
) {
  const [cluster] = await db.all<{ id: string; slug: string; owner: string }>(sql`
    SELECT cl.id, cl.slug, (SELECT id FROM users WHERE email = 'clinician@demo.test') AS owner
    FROM users u JOIN cluster_memberships m ON m.user_id = u.id AND m.role = 'moderator'
    JOIN clusters cl ON cl.id = m.cluster_id
    WHERE u.email = 'moderator@demo.test' ORDER BY cl.slug LIMIT 1`);
  if (!cluster?.owner) throw new Error('Seed the demo world before the impact volume.');
  const tag = uuidv7().slice(-6);
  const now = Date.now();
  const start = now - quarters * 91 * DAY;

  const orgs = Array.from({ length: organizations }, (_, i) => [
    uuidv7(),
    `Impact bench company ${i} ${tag}`,
    pick(ORG_KINDS, i),
    pick(COUNTRIES, i * 7 + Math.floor(i / 8)),
    pick(ORG_SIZES, i * 3),
  ]);
  const solvers = orgs.map((org, i) => [uuidv7(), `impact-solver-${i}-${tag}@bench.test`, `Solver ${i}`, org[0]]);
  await inChunks(
    db,
    orgs,
    chunk,
    (json) => sql`INSERT INTO organizations (id, name, kind, country, size)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]'
      FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    solvers,
    chunk,
    (json) => sql`INSERT INTO users (id, email, name, password_hash, kind, organization_id)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', 'not-a-login', 'solver', j.value ->> '$[3]'
      FROM json_each(${json}) j`,
  );

  // Issue 16: every bench solver has confirmed their address and made an expert profile public,
  // with two or three areas of expertise and one or two languages, so the people directory is
  // read at as many people as organizations.
  await inChunks(
    db,
    solvers.map((s, i) => [s[0], i % 3 === 0, i % 5 === 0, iso(now)]),
    chunk,
    (json) => sql`INSERT INTO expert_profiles (user_id, public, headline, bio, juror, mentor, updated_at)
      SELECT j.value ->> '$[0]', 1, 'Bench expert', 'A synthetic expert for the benchmark.', j.value ->> '$[1]',
        j.value ->> '$[2]', j.value ->> '$[3]'
      FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    solvers.flatMap((s, i) => [
      [s[0], 'expertise', pick(BENCH_EXPERTISE, i)],
      [s[0], 'expertise', pick(BENCH_EXPERTISE, i * 7 + 3)],
      ...(i % 2 ? [[s[0], 'expertise', pick(BENCH_EXPERTISE, i * 13 + 5)]] : []),
      [s[0], 'language', pick(BENCH_LANGUAGES, i)],
      ...(i % 4 ? [[s[0], 'language', 'en']] : []),
    ]),
    chunk,
    (json) => sql`INSERT OR IGNORE INTO expert_facets (user_id, facet, value)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]' FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    solvers.map((s) => [s[0]]),
    chunk,
    (json) =>
      sql`UPDATE users SET email_confirmed_at = ${iso(now)} WHERE id IN (SELECT j.value ->> '$[0]' FROM json_each(${json}) j)`,
  );

  const callRows = Array.from({ length: calls }, (_, i) => {
    const opens = start + (i * (now - start)) / Math.max(calls, 1);
    return [uuidv7(), `Impact bench call ${i} for precision medicine`, iso(opens), iso(opens + 180 * DAY)];
  });
  await inChunks(
    db,
    callRows,
    chunk,
    (json) => sql`INSERT INTO calls (id, status, title, description, opens_at, closes_at, published_at)
      SELECT j.value ->> '$[0]', 'published', j.value ->> '$[1]', 'A synthetic call for the impact benchmark.',
        j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[2]'
      FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    callRows,
    chunk,
    (json) => sql`INSERT INTO call_clusters (call_id, cluster_id, lead)
      SELECT j.value ->> '$[0]', ${cluster.id}, 1 FROM json_each(${json}) j`,
  );

  // Posted evenly over the range, published two days later; six in ten decided 10 to 130 days
  // after publication when that is already past; the rest open for 30 days, then in evaluation,
  // and archived undecided 160 days after publication (not every need finds its solution: a
  // cluster does not keep thousands of challenges in evaluation for years).
  const challengeRows = Array.from({ length: challenges }, (_, i) => {
    const posted = start + (i * (now - start - 3 * DAY)) / challenges;
    const published = posted + 2 * DAY;
    const decided = published + (10 + ((i * 37) % 120)) * DAY;
    const isDecided = i % 10 < 6 && decided < now;
    const status = isDecided
      ? 'decided'
      : published + 30 * DAY >= now
        ? 'open'
        : published + 160 * DAY >= now
          ? 'evaluation'
          : 'archived';
    return [
      uuidv7(),
      status,
      `Impact volume challenge ${i}`,
      iso(posted),
      iso(published),
      isDecided ? iso(decided) : null,
      iso(published + 30 * DAY),
      i % 2 === 0 && callRows.length ? (callRows[i % callRows.length]?.[0] ?? null) : null,
    ];
  });
  await inChunks(
    db,
    challengeRows,
    chunk,
    (
      json,
    ) => sql`INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
        care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
        reward_kind, deadline, submitted_at, published_at, decided_at, call_id)
      SELECT j.value ->> '$[0]', ${cluster.id}, ${cluster.owner}, j.value ->> '$[1]', j.value ->> '$[2]',
        'A synthetic challenge for the impact dashboards.', 'Synthetic problem statement.', 'benchmark', 'diagnosis',
        'Adults', 'Manual review', 'Faster decisions', 'Time to decision', 3, 7, 'pilot', j.value ->> '$[6]',
        j.value ->> '$[3]', j.value ->> '$[4]', j.value ->> '$[5]', j.value ->> '$[7]'
      FROM json_each(${json}) j`,
  );

  // Solutions: submitted between publication and the decision (or now); a decided challenge's
  // first solution won, the others were not selected.
  const first = new Set<number>();
  const solutionRows = Array.from({ length: solutions }, (_, i) => {
    const c = i % challenges;
    const challenge = challengeRows[c] ?? [];
    const published = Date.parse(String(challenge[4]));
    const until = challenge[5] ? Date.parse(String(challenge[5])) - DAY : now;
    const submitted = published + ((i * 7919) % 1000) * ((until - published) / 1000);
    const isFirst = !first.has(c);
    first.add(c);
    const status = challenge[1] === 'decided' ? (isFirst ? 'winner' : 'not_selected') : 'submitted';
    const solver = solvers[(i * 31) % solvers.length] ?? [];
    return [uuidv7(), challenge[0], solver[0], solver[3], status, iso(Math.min(submitted, now - 60_000))];
  });
  await inChunks(
    db,
    solutionRows,
    chunk,
    (
      json,
    ) => sql`INSERT INTO solutions (id, challenge_id, submitter_id, organization_id, status, title, summary, approach,
        trl, summary_public, submitted_at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]',
        'Impact volume solution', 'A synthetic solution.', 'Synthetic approach.', 5, 1, j.value ->> '$[5]'
      FROM json_each(${json}) j`,
  );

  // Three jurors on each challenge in evaluation or decided, from a pool of a hundred solvers.
  const seats = challengeRows.flatMap((c, i) =>
    c[1] === 'open' ? [] : [0, 1, 2].map((k) => [c[0], solvers[(i * 3 + k) % Math.min(100, solvers.length)]?.[0]]),
  );
  await inChunks(
    db,
    seats,
    chunk,
    (json) => sql`INSERT OR IGNORE INTO evaluator_assignments (challenge_id, user_id)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]' FROM json_each(${json}) j`,
  );

  // Cooperations of the first winners, half of them public (both sides agreed), with milestones.
  const winners = solutionRows.filter((s) => s[4] === 'winner').slice(0, cooperations);
  const decidedAt = new Map(challengeRows.map((c) => [c[0], String(c[5])]));
  const cooperationRows = winners.map((s, i) => [
    uuidv7(),
    s[1],
    s[0],
    s[3],
    i % 3 === 0 ? 'completed' : 'active',
    i % 2,
    decidedAt.get(s[1]) ?? iso(now),
  ]);
  await inChunks(
    db,
    cooperationRows,
    chunk,
    (json) => sql`INSERT INTO cooperations (id, challenge_id, solution_id, cluster_id, solver_organization_id, status,
        public_clinic, public_solver, started_at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', ${cluster.id}, j.value ->> '$[3]',
        j.value ->> '$[4]', j.value ->> '$[5]', j.value ->> '$[5]', j.value ->> '$[6]'
      FROM json_each(${json}) j`,
  );
  const milestoneRows = cooperationRows.flatMap((co, i) => {
    const began = Date.parse(String(co[6]));
    const on = (days: number) => (began + days * DAY < now ? iso(began + days * DAY).slice(0, 10) : null);
    const steps: [string, number, number | null, number | null][] = [
      ['letter_of_intent', 14, null, null],
      ['pilot_start', 60, null, null],
      ...(i % 3 === 0 ? [['pilot_end', 240, null, null] as [string, number, null, null]] : []),
      ...(i % 5 < 2 ? [['kpi_result', 200, 1, null] as [string, number, number, null]] : []),
      ...(i % 5 === 0
        ? [['follow_on_funding', 300, null, 5_000_000 + i * 1_000] as [string, number, null, number]]
        : []),
    ];
    return steps.map(([kind, days, met, amount]) => {
      const achieved = on(days);
      return [
        uuidv7(),
        co[0],
        kind,
        achieved ? 'done' : 'planned',
        achieved,
        iso(began + days * DAY).slice(0, 10),
        met,
        amount,
        amount === null ? null : i % 2 ? 'EUR' : 'CHF',
        co[5] === 1 && i % 4 !== 3 ? 1 : 0,
      ];
    });
  });
  await inChunks(
    db,
    milestoneRows,
    chunk,
    (
      json,
    ) => sql`INSERT INTO cooperation_milestones (id, cooperation_id, kind, status, achieved_on, planned_on, kpi_met,
        kpi_value, kpi_unit, funding_amount_minor, funding_currency, public)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]',
        j.value ->> '$[5]', j.value ->> '$[6]', CASE WHEN j.value ->> '$[6]' IS NOT NULL THEN 30.0 END,
        CASE WHEN j.value ->> '$[6]' IS NOT NULL THEN 'minutes' END, j.value ->> '$[7]', j.value ->> '$[8]',
        j.value ->> '$[9]'
      FROM json_each(${json}) j`,
  );

  await runBatch(db, [...recountTallies(db), ...recountJuryFigures(db)]);
  // The partner directory's volume rides with this one (scripts/bench.ts calls it last).
  const listed = await seedDirectoryVolume(db, { organizations: directory, chunk });
  return {
    listed,
    slug: cluster.slug,
    callId: String(callRows[0]?.[0] ?? ''),
    organizations: orgs.length,
    decided: challengeRows.filter((c) => c[1] === 'decided').length,
    cooperations: cooperationRows.length,
    milestones: milestoneRows.length,
    calls: callRows.length,
  };
}

/** Capabilities of the directory volume: challenge tags, with words the partner search benches. */
const CAPABILITIES = [
  'liquid-biopsy',
  'oncology',
  'remote-monitoring',
  'wearables',
  'medical-imaging',
  'genomics',
  'bioinformatics',
  'sepsis',
  'early-warning',
  'cardiology',
  'stroke',
  'tele-rehabilitation',
  'point-of-care',
  'interoperability',
  'machine-learning',
  'companion-diagnostics',
  'biobank',
  'usability-testing',
  'in-vitro-diagnostics',
  'digital-health',
] as const;
const DIRECTORY_KINDS = [
  'startup',
  'sme',
  'hospital',
  'university',
  'research_institute',
  'industry',
  'clinic',
  'investor',
  'public_authority',
  'cluster_office',
] as const;

/**
 * The partner directory at volume (issue 16): `organizations` listed organizations of every kind
 * and country, each with a description, region and TRL range, three capabilities, a care-pathway
 * step, and one or two things it offers and seeks (a tenth with MDR/IVDR classes). Set-based: the
 * organizations, then their facets, as JSON arrays expanded by json_each; the full-text triggers
 * run as for any insert. Returns how many organizations are listed in all.
 */
export async function seedDirectoryVolume(
  db: Database,
  { organizations, chunk = 2_000 }: { organizations: number; chunk?: number },
): Promise<number> {
  const tag = uuidv7().slice(-6);
  const now = Date.now();
  const rows = Array.from({ length: organizations }, (_, i) => {
    const trlMin = 1 + (i % 6);
    return [
      uuidv7(),
      `Partner bench ${String(i).padStart(5, '0')} ${tag}`,
      pick(DIRECTORY_KINDS, i),
      pick(COUNTRIES, i * 3 + Math.floor(i / 10)),
      `Region ${i % 40}`,
      `Works on ${pick(CAPABILITIES, i).replace(/-/g, ' ')} and ${pick(WORDS, i)} with partners in ${pick(WORDS, i * 7)} projects.`,
      trlMin,
      Math.min(9, trlMin + 1 + (i % 4)),
      iso(now - (i % 500) * DAY),
    ];
  });
  await inChunks(
    db,
    rows,
    chunk,
    (json) => sql`INSERT INTO organizations (id, name, kind, country, region, description, trl_min, trl_max, listed_at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]',
        j.value ->> '$[5]', j.value ->> '$[6]', j.value ->> '$[7]', j.value ->> '$[8]'
      FROM json_each(${json}) j`,
  );
  const facets = rows.flatMap(([id], i) => {
    const offers = [pick(PARTNER_OFFERS, i), ...(i % 3 === 0 ? [pick(PARTNER_OFFERS, i + 3)] : [])];
    const seeks = [pick(PARTNER_OFFERS, i + 1), ...(i % 4 === 0 ? [pick(PARTNER_OFFERS, i + 5)] : [])];
    return [...new Set([pick(CAPABILITIES, i), pick(CAPABILITIES, i * 7 + 1), pick(CAPABILITIES, i * 13 + 2)])]
      .map((value) => [id, 'capability', value])
      .concat([[id, 'pathway', pick(CARE_PATHWAY_STEPS, i)]])
      .concat(i % 10 === 0 ? [[id, 'regulatory', pick(DEVICE_CLASSES, i / 10)]] : [])
      .concat([...new Set(offers)].map((value) => [id, 'offers', value]))
      .concat([...new Set(seeks)].map((value) => [id, 'seeks', value]));
  });
  await inChunks(
    db,
    facets,
    chunk,
    (json) => sql`INSERT INTO organization_facets (organization_id, facet, value)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]' FROM json_each(${json}) j`,
  );
  const [listed] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM organizations WHERE listed_at IS NOT NULL`,
  );
  return listed?.n ?? 0;
}

/**
 * Relayed conversations for the bench (issue 16): `conversations` people (the first users other
 * than moderator@demo.test, bench jurors included) each contacted the moderator about their public
 * profile, with `messagesEach` messages taking turns, the newest conversation the longest. Set-based:
 * the conversations, their two participants each, then the messages, as JSON arrays expanded by
 * json_each. Returns the id of the newest (first in the moderator's inbox).
 */
export async function seedConversations(
  db: Database,
  { conversations, messagesEach }: { conversations: number; messagesEach: number },
): Promise<string> {
  const [moderator] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, 'moderator@demo.test'));
  if (!moderator) throw new Error('Seed the demo world before the conversations.');
  const others = await db.all<{ id: string }>(
    sql`SELECT id FROM users WHERE id <> ${moderator.id} AND deleted_at IS NULL ORDER BY id LIMIT ${conversations}`,
  );
  const now = Date.now();
  // The i-th conversation's last message is i hours old; the newest has the most messages.
  const threads = others.map(({ id: starter }, i) => {
    const count = i === 0 ? messagesEach : 1 + (i % messagesEach);
    const last = now - i * 3_600_000;
    return { id: uuidv7(), starter, count, first: last - (count - 1) * 60_000, last };
  });
  await inChunks(
    db,
    threads.map((c) => [c.id, c.starter, iso(c.first), iso(c.last)]),
    500,
    (json) => sql`INSERT INTO conversations (id, subject, about_kind, about_id, created_by, created_at, last_message_at)
      SELECT j.value ->> '$[0]', 'About your work on precision medicine', 'person', ${moderator.id},
        j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]'
      FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    // The moderator has read every conversation but the newest.
    threads.flatMap((c, i) => [
      [c.id, c.starter, iso(c.last), iso(c.last)],
      [c.id, moderator.id, i === 0 ? null : iso(c.last), iso(c.last)],
    ]),
    1_000,
    (json) => sql`INSERT INTO conversation_participants (conversation_id, user_id, last_read_at, last_message_at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]' FROM json_each(${json}) j`,
  );
  const messages = threads.flatMap((c) =>
    Array.from({ length: c.count }, (_, k) => [
      uuidv7(),
      c.id,
      k % 2 === 0 ? c.starter : moderator.id,
      `Message ${k + 1}: how would the ${pick(WORDS, k)} ${pick(WORDS, k + 5)} pilot fit your clinic?`,
      iso(c.first + k * 60_000),
    ]),
  );
  await inChunks(
    db,
    messages,
    2_000,
    (json) => sql`INSERT INTO messages (id, conversation_id, sender_id, body, created_at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]'
      FROM json_each(${json}) j`,
  );
  return threads[0]!.id;
}

/**
 * Webhook subscriptions of moderator@demo.test (issue 18), the newest (first in their list) with
 * `deliveries` delivered or failed deliveries of challenge.published, one to four attempts each:
 * what the subscription list and the delivery log read. Returns that subscription's id.
 */
export async function seedWebhooks(
  db: Database,
  { webhooks, deliveries }: { webhooks: number; deliveries: number },
): Promise<string> {
  const [moderator] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, 'moderator@demo.test'));
  if (!moderator) throw new Error('Seed the demo world before the webhooks.');
  const [challenge] = await db.select({ id: t.challenges.id }).from(t.challenges).limit(1);
  const now = Date.now();
  const hooks = Array.from({ length: webhooks }, (_, i) => ({
    id: uuidv7(),
    user_id: moderator.id,
    url: `https://hooks.example.org/bedside/${i + 1}`,
    events: ['challenge.published', 'call.opened'],
    secret: `whsec_${btoa(`benchmark-secret-${i}`.padEnd(32, '-'))}`,
    created_at: iso(now - (webhooks - i) * 86_400_000),
  }));
  await runBatch(db, [
    ...chunkedInsert(db, t.webhooks, hooks),
    ...chunkedInsert(
      db,
      t.webhookEventTypes,
      hooks.flatMap((h) => h.events.map((type) => ({ type: type as 'challenge.published', webhook_id: h.id }))),
    ),
  ]);
  const first = hooks[hooks.length - 1]!.id;
  // The i-th delivery is i minutes old, ids in the same order (uuidv7 of its time).
  const rows = Array.from({ length: deliveries }, (_, i) => {
    const at = now - (deliveries - i) * 60_000;
    const tries = 1 + (i % 4);
    return { id: uuidv7(), at, tries, ok: i % 7 !== 0 };
  });
  await inChunks(
    db,
    rows.map((d) => [
      d.id,
      d.ok ? 'delivered' : 'failed',
      d.tries,
      iso(d.at),
      d.ok ? iso(d.at + d.tries * 1000) : null,
      JSON.stringify({
        type: 'challenge.published',
        timestamp: iso(d.at),
        data: { challenge_id: challenge?.id ?? '', title: 'Benchmark challenge' },
      }),
    ]),
    500,
    (json) => sql`INSERT INTO webhook_deliveries (id, webhook_id, event_id, type, subject_id, payload, status, attempts,
        created_at, delivered_at)
      SELECT j.value ->> '$[0]', ${first}, j.value ->> '$[0]', 'challenge.published', ${challenge?.id ?? ''},
        j.value ->> '$[5]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]'
      FROM json_each(${json}) j`,
  );
  await inChunks(
    db,
    rows.flatMap((d) =>
      Array.from({ length: d.tries }, (_, k) => {
        const last = k === d.tries - 1;
        const status = last && d.ok ? 204 : 500;
        return [
          d.id,
          k + 1,
          status,
          40 + ((k * 37) % 200),
          status === 204 ? null : 'Answered 500.',
          iso(d.at + k * 1000),
        ];
      }),
    ),
    1_000,
    (json) => sql`INSERT INTO webhook_attempts (delivery_id, attempt, status_code, duration_ms, error, at)
      SELECT j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]', j.value ->> '$[4]',
        j.value ->> '$[5]'
      FROM json_each(${json}) j`,
  );
  return first;
}
