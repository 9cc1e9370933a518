import { uuidv7 } from 'uuidv7';
import { chunkedInsert, runBatch } from '../../worker/db/batch';
import type { Database } from '../../worker/db/client';
import { CARE_PATHWAY_STEPS, CHALLENGE_STATUSES } from '../../worker/db/enums';
import * as t from '../../worker/db/schema';
import { DEFAULT_CRITERIA } from '../../worker/domain/challenges/challenge.schema';

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
  /** Statements per D1 batch: large enough to be quick, small enough for D1's request limits. */
  batchSize?: number;
}

/**
 * Adds `challenges` synthetic challenges (mostly open and public, every state represented) to a
 * database that already has the demo world, through the same Drizzle schema the app uses.
 */
export async function seedVolume(db: Database, { challenges, batchSize = 400 }: VolumeOptions): Promise<void> {
  const clusters = await db.select({ id: t.clusters.id }).from(t.clusters);
  const owners = await db.select({ id: t.users.id }).from(t.users);
  if (clusters.length === 0 || owners.length === 0) throw new Error('Seed the demo world before adding volume.');
  const now = Date.now();
  const statements = [];
  for (let i = 0; i < challenges; i++) {
    const [title, tag, indication] = TOPICS[i % TOPICS.length] ?? TOPICS[0];
    const word = WORDS[i % WORDS.length] ?? 'care';
    // Two in three are open; the rest spread over every other state.
    const status = i % 3 === 0 ? (CHALLENGE_STATUSES[i % CHALLENGE_STATUSES.length] ?? 'open') : 'open';
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
        visibility: i % 10 === 0 ? ('network' as const) : ('public' as const),
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
