import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { chunkedInsert, runBatch } from '../../worker/db/batch';
import type { Database } from '../../worker/db/client';
import { CARE_PATHWAY_STEPS, CHALLENGE_STATUSES } from '../../worker/db/enums';
import * as t from '../../worker/db/schema';
import { DEFAULT_CRITERIA } from '../../worker/domain/challenges/challenge.schema';
import { recomputeScores, wholeChallenge } from '../../worker/domain/evaluation/score-sums';

const TOPICS = [
  ['Pharmacogenomic dosing alerts', 'pharmacogenomics', 'atrial fibrillation'],
  ['Liquid biopsy for minimal residual disease', 'biomarkers', 'colorectal cancer'],
  ['AI triage of incidental lung nodules', 'imaging', 'lung nodules'],
  ['Multi-omics stratification', 'multi-omics', 'inflammatory bowel disease'],
  ['Companion diagnostic turnaround', 'companion-diagnostics', 'non-small cell lung cancer'],
  ['Remote monitoring after valve replacement', 'medtech', 'aortic stenosis'],
] as const;
const WORDS = 'sepsis stroke diabetes retina kidney liver tumour genome wearable pathway triage dashboard'.split(' ');

export interface VolumeOptions {
  challenges: number;
  /** Every one open and public (the open-data bench counts public rows); otherwise every state is represented. */
  allPublic?: boolean;
  /** Statements per D1 batch: large enough to be quick, small enough for D1's request limits. */
  batchSize?: number;
}

/**
 * Adds `challenges` synthetic challenges (mostly open and public, every state represented) to a
 * database that already has the demo world, through the same Drizzle schema the app uses.
 */
export async function seedVolume(
  db: Database,
  { challenges, allPublic = false, batchSize = 400 }: VolumeOptions,
): Promise<void> {
  const clusters = await db.select({ id: t.clusters.id }).from(t.clusters);
  const owners = await db.select({ id: t.users.id }).from(t.users);
  if (clusters.length === 0 || owners.length === 0) throw new Error('Seed the demo world before adding volume.');
  const now = Date.now();
  const statements = [];
  for (let i = 0; i < challenges; i++) {
    const [title, tag, indication] = TOPICS[i % TOPICS.length] ?? TOPICS[0];
    const word = WORDS[i % WORDS.length] ?? 'care';
    // Two in three are open; the rest spread over every other state.
    const status = i % 3 === 0 && !allPublic ? (CHALLENGE_STATUSES[i % CHALLENGE_STATUSES.length] ?? 'open') : 'open';
    const id = uuidv7();
    const rows = {
      challenge: {
        id,
        cluster_id: clusters[i % clusters.length]?.id ?? '',
        owner_id: owners[i % owners.length]?.id ?? '',
        status,
        title: `${title} #${i} (${word})`,
        summary: `Synthetic challenge ${i} about ${indication} and ${word} for load testing.`,
        problem_statement: `Clinicians in unit ${i % 97} lack a validated way to handle ${indication}; ${word} data is fragmented.`,
        indication,
        care_pathway_step: CARE_PATHWAY_STEPS[i % CARE_PATHWAY_STEPS.length] ?? 'diagnosis',
        patient_population: 'Adults treated at participating hospitals',
        standard_of_care: 'Manual review by specialists',
        target_outcome: 'Faster, more consistent decisions',
        outcome_kpi: 'Time to decision reduced by 30 %',
        trl_min: 1 + (i % 5),
        trl_max: 5 + (i % 5),
        reward_kind: 'pilot' as const,
        deadline: new Date(now + ((i % 120) - 20) * 86_400_000).toISOString(),
        visibility: i % 10 === 0 && !allPublic ? ('network' as const) : ('public' as const),
        endorsement_count: i % 17,
        published_at: status === 'draft' ? null : new Date(now - (i % 300) * 3_600_000).toISOString(),
      },
      criteria: DEFAULT_CRITERIA.map((c, position) => ({ challenge_id: id, ...c, position })),
      tags: [tag, word].map((value) => ({ challenge_id: id, tag: value })),
    };
    statements.push(
      ...chunkedInsert(db, t.challenges, [rows.challenge]),
      ...chunkedInsert(db, t.challengeCriteria, rows.criteria),
      ...chunkedInsert(db, t.challengeTags, rows.tags),
    );
    if (statements.length >= batchSize) await runBatch(db, statements.splice(0));
  }
  await runBatch(db, statements);
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
