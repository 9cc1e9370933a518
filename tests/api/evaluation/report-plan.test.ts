import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import {
  reportComments,
  reportConflicts,
  reportJurors,
  reportOutcomes,
  reportSpreads,
  reportState,
} from '../../../worker/domain/evaluation/report';
import { fullScans, type Recorded, recordingD1 } from '../../helpers/query-plan';

const CHALLENGE = '01900000-0000-7000-8000-0000000000c1';

const planOf = async ({ sql, params }: Recorded) =>
  (
    await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>()
  ).results.map((r) => r.detail);

/**
 * Issue 17: what the evaluation report reads whole beside its page of the ranking reads no table
 * whole and, of a big challenge, only what it shows: the page's spreads through the weighted rank
 * index, the declared conflicts and the comments through their partial indexes (not every
 * juror's "no conflict", not every evaluation), the outcomes by status and the overrides.
 */
describe("the evaluation report's reads", () => {
  it('use the indexes of what they show, and read no table whole', async () => {
    const { d1, statements } = recordingD1();
    const db = createDb(d1);
    await db.batch([
      reportState(db, CHALLENGE),
      reportSpreads(db, CHALLENGE, 500, 51),
      reportComments(db, CHALLENGE),
      reportOutcomes(db, CHALLENGE),
      reportConflicts(db, CHALLENGE),
      reportJurors(db, CHALLENGE),
    ]);
    expect(statements).toHaveLength(6);
    expect(await fullScans(statements)).toEqual([]);
    const [state, spreads, comments, outcomes, conflicts] = await Promise.all(statements.map(planOf));
    const uses = (steps: string[] | undefined, pattern: RegExp) =>
      expect(
        steps?.some((d) => pattern.test(d)),
        steps?.join('\n'),
      ).toBe(true);
    uses(state, /SEARCH ranking_cache USING INDEX .*\(challenge_id=\? AND stage=\?\)/);
    uses(spreads, /ranking_places_weighted_idx .*weighted_rank>\?/);
    uses(comments, /evaluations_commented_idx/);
    uses(conflicts, /conflict_declarations_conflict_idx/);
    uses(outcomes, /solutions_challenge_status_idx \(challenge_id=\? AND status=\?\)/);
    // The page of places comes in the index's order: no sort of every place.
    expect(spreads?.filter((d) => d.startsWith('USE TEMP B-TREE'))).toEqual([]);
  });
});
