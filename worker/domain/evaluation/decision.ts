import { and, eq, gt, inArray, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import {
  challengeStages,
  challenges,
  decisionOverrides,
  solutionScores,
  solutionStages,
  solutions,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { decidable } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { atVersion, staleVersion } from '../challenges/update';
import { openCooperations } from '../cooperations/open';
import type { FieldError } from '../errors';
import { DomainError, invalidState } from '../errors';
import { keepJuryFigures } from '../impact/jury';
import { tallyChallenge } from '../impact/tallies';
import { notify } from '../notifications/notify';
import { solversWithOutcome } from '../notifications/recipients';
import { inStage } from './stage';

export interface DecisionInput {
  winners: string[];
  shortlist: string[];
  note?: string;
  overrides?: { solution_id: string; note: string }[];
}

/** The winners scored by fewer jurors than the minimum and named without an override, as field errors. */
function underMinimum(
  winners: string[],
  counts: Map<string, number>,
  minimum: number,
  overridden: ReadonlySet<string>,
): FieldError[] {
  return winners.flatMap((id, i) => {
    const count = counts.get(id) ?? 0;
    if (count >= minimum || overridden.has(id)) return [];
    return [
      {
        path: `winners.${i}`,
        message: `Solution ${id} was scored by ${count} of the ${minimum} jurors this challenge asks for. Wait for more scores, or name it anyway with an override: add { "solution_id": "${id}", "note": "…" } to overrides, saying in 10 to 1000 characters why it may win.`,
      },
    ];
  });
}

/**
 * Names the winners (and a shortlist): every other submitted solution is not selected, the
 * challenge is decided and its results public. All of it lands together, guarded by the
 * challenge's version and by every named solution still being submitted, or none of it: a
 * withdrawal that lands first makes the decision 409, a stale version 412. Scoring and
 * withdrawal guard on the challenge's state in their own batches, so whichever lands second loses.
 */
export async function decideChallenge(db: Database, actor: SignedIn, record: ChallengeRecord, input: DecisionInput) {
  const { row } = record;
  if (!decidable(row.status)) {
    throw invalidState(`A challenge is decided from evaluation; it is ${row.status}.`, row.status);
  }
  const named = [...input.winners, ...input.shortlist];
  const overrides = input.overrides ?? [];
  // Issue 15: the decision comes after the last stage; an earlier one advances a shortlist instead.
  const later = await db
    .select({ stage: challengeStages.stage })
    .from(challengeStages)
    .where(and(eq(challengeStages.challenge_id, row.id), gt(challengeStages.stage, row.current_stage)))
    .limit(1);
  if (later.length) {
    throw invalidState(
      `This challenge is in stage ${row.current_stage} and has a later stage: advance a shortlist to it (POST /api/v1/challenges/${row.id}/stages/${row.current_stage}/advance); the decision comes after the last stage.`,
      row.status,
      { current_stage: row.current_stage },
    );
  }
  // With how many jurors' scores count for each (as the ranking's `evaluations`), in the same read;
  // only solutions in the last stage's cohort may be named.
  const eligible = await db
    .select({
      id: solutions.id,
      evaluations: sql<number>`coalesce((SELECT max(ss.evaluations) FROM ${solutionScores} ss WHERE ss.solution_id = ${solutions.id}
        AND ss.stage = ${row.current_stage}), 0)`,
    })
    .from(solutions)
    .where(
      and(
        eq(solutions.challenge_id, row.id),
        eq(solutions.status, 'submitted'),
        isNull(solutions.hidden_at),
        inArray(solutions.id, named),
        inStage(solutions.id, sql`${row.current_stage}`),
      ),
    );
  const ok = new Set(eligible.map((s) => s.id));
  const errors: FieldError[] = [
    ...input.winners.map((id, i) => ({ id, path: `winners.${i}` })),
    ...input.shortlist.map((id, i) => ({ id, path: `shortlist.${i}` })),
  ]
    .filter(({ id }) => !ok.has(id))
    .map(({ id, path }) => ({ path, message: `${id} is not a submitted solution of this challenge.` }));
  if (errors.length) {
    throw new DomainError('validation_failed', 'Winners and shortlist must be submitted solutions of this challenge.', {
      errors,
    });
  }
  const short = underMinimum(
    input.winners,
    new Map(eligible.map((s) => [s.id, s.evaluations])),
    row.min_evaluations,
    new Set(overrides.map((o) => o.solution_id)),
  );
  if (short.length) {
    throw new DomainError(
      'validation_failed',
      `A winner must be scored by at least ${row.min_evaluations} jurors, or carry an override with a note saying why it may win anyway.`,
      { errors: short },
    );
  }

  // Distinct names: a solution named twice is refused by the schema, but the count must not depend on it.
  const names = [...new Set(named)];
  // Before the first UPDATE below every named solution is `submitted`; after it some are already
  // `winner` or `shortlisted` (only this batch can have made them so: the challenge is at the version read).
  const namedStillEligible = sql`(SELECT count(*) FROM ${solutions} WHERE ${solutions.challenge_id} = ${row.id}
    AND ${inArray(solutions.id, names)} AND ${inArray(solutions.status, ['submitted', 'winner', 'shortlisted'])}
    AND ${solutions.hidden_at} IS NULL) = ${names.length}`;
  // A winner named without an override must still be scored by enough jurors when the batch lands
  // (a juror removed, or a conflict declared, after the ranking was read takes a score away).
  const overridden = new Set(overrides.map((o) => o.solution_id));
  const bare = [...new Set(input.winners.filter((id) => !overridden.has(id)))];
  const bareStillScored = bare.length
    ? sql`(SELECT count(*) FROM ${solutions} WHERE ${inArray(solutions.id, bare)} AND coalesce((SELECT max(ss.evaluations)
        FROM ${solutionScores} ss WHERE ss.solution_id = ${solutions.id} AND ss.stage = ${row.current_stage}), 0)
        >= ${row.min_evaluations}) = ${bare.length}`
    : sql`1 = 1`;
  const guard = sql`${atVersion(row.id, row.version)} AND ${namedStillEligible} AND ${bareStillScored}`;
  // Deciding a solution is a change of it: its version moves, so a withdrawal read before loses (412).
  const decided = (status: 'winner' | 'shortlisted' | 'not_selected') => ({
    status,
    version: sql`${solutions.version} + 1`,
  });
  const ofThis = (ids: string[]) =>
    and(eq(solutions.challenge_id, row.id), eq(solutions.status, 'submitted'), inArray(solutions.id, ids), guard);
  const now = new Date().toISOString();
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'challenge.decide',
          entityType: 'challenge',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { status: row.status, version: row.version },
          after: {
            status: 'decided',
            version: row.version + 1,
            winners: input.winners,
            shortlist: input.shortlist,
            ...(overrides.length ? { overrides } : {}),
          },
        },
        guard,
      ),
      ...tallyChallenge(db, 'decisions', row.id, now, guard),
      // The jury's load as it stands now that its work is over (the impact dashboards read it).
      keepJuryFigures(db, { id: row.id, clusterId: row.cluster_id }, now, guard),
      // Before the outcomes below change what the guard reads.
      ...overrides.map((o) =>
        insertIf(
          db,
          decisionOverrides,
          { challenge_id: row.id, solution_id: o.solution_id, note: o.note, decided_by: actor.id },
          guard,
        ),
      ),
      db.update(solutions).set(decided('winner')).where(ofThis(input.winners)),
      ...(input.shortlist.length
        ? [db.update(solutions).set(decided('shortlisted')).where(ofThis(input.shortlist))]
        : []),
      db
        .update(solutions)
        .set(decided('not_selected'))
        .where(
          and(
            eq(solutions.challenge_id, row.id),
            eq(solutions.status, 'submitted'),
            notInArray(solutions.id, named),
            guard,
          ),
        ),
      // The outcome of the stage decided (issue 15), as the solutions' statuses now say.
      db
        .update(solutionStages)
        .set({
          outcome: sql`CASE (SELECT ${solutions.status} FROM ${solutions} WHERE ${solutions.id} = ${solutionStages.solution_id})
            WHEN 'winner' THEN 'winner' WHEN 'not_selected' THEN 'not_selected' ELSE ${solutionStages.outcome} END`,
          outcome_at: now,
          outcome_by: actor.id,
        })
        .where(and(eq(solutionStages.challenge_id, row.id), eq(solutionStages.stage, row.current_stage), guard)),
      // After the outcomes above: every solver hears the results, each with their own outcome.
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'results_published',
        key: `results_published:${row.id}`,
        recipients: solversWithOutcome(row.id),
        challengeId: row.id,
        params: { title: row.title },
        actorId: actor.id,
        guard,
      }),
      // Each winner starts a cooperation with the clinic (issue 15), with its news to both sides.
      ...openCooperations(db, actor, record, input.winners, guard),
    ],
    db
      .update(challenges)
      .set({ status: 'decided', decided_at: now, decision_note: input.note ?? null, version: row.version + 1 })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, row.version), namedStillEligible, bareStillScored))
      .returning({ id: challenges.id }),
  );
  if (updated.length === 0) await explainRefusal(db, row.id, row.version, bareStillScored);
}

/**
 * Why the decision did not land: the challenge changed (412), a winner lost a score it needed
 * (409), or a named solution was withdrawn or hidden meanwhile (409).
 */
async function explainRefusal(db: Database, challengeId: string, version: number, stillScored: SQL): Promise<never> {
  const now = await db
    .select({ version: challenges.version, scored: sql<number>`${stillScored}` })
    .from(challenges)
    .where(eq(challenges.id, challengeId))
    .get();
  if (!now || now.version !== version) throw staleVersion(version, now?.version);
  if (!now.scored) {
    throw invalidState(
      'A winner you named lost a score while the decision was being saved (a jury member left or declared a conflict), and is now scored by fewer jurors than this challenge asks for; nothing was decided. Reload the ranking, then name it with an override or wait for more scores.',
      'evaluation',
    );
  }
  throw invalidState(
    'A solution you named was withdrawn or hidden while the decision was being saved; nothing was decided. Reload the ranking and decide again.',
    'evaluation',
  );
}
