import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { placesReads } from '../../../worker/domain/evaluation/ranking-places';
import { fullScans, recordingD1 } from '../../helpers/query-plan';

const CHALLENGE = '01900000-0000-7000-8000-0000000000c1';
const VIEWER = '01900000-0000-7000-8000-000000000001';

/**
 * Issue 17: a page of the full ranking reads its kept places through the index of its method's
 * rank, from the rank its cursor carries, so its cost is the page's and not the challenge's; the
 * totals and the top places read no more than a few places, never all those of the challenge.
 */
describe('a page of the ranking from its kept places', () => {
  for (const method of ['weighted', 'normalised'] as const) {
    it(`reads the ${method} order through its rank index, and no table whole`, async () => {
      const { d1, statements } = recordingD1();
      const read = { method, after: 500, limit: 50, hiddenFor: VIEWER, withAgreement: true };
      await createDb(d1).batch(placesReads(createDb(d1), CHALLENGE, undefined, read));
      expect(statements).toHaveLength(4);
      // Nor every place of the stage: the totals come from the tallies, the top places by their
      // ranks' indexes and then by key (a search on the challenge and stage alone reads them all).
      const everyPlace = (detail: string) => /ranking_places\w* \(challenge_id=\? AND stage=\?\)/.test(detail);
      expect(await fullScans(statements, everyPlace)).toEqual([]);
      const page = statements[0] as { sql: string; params: unknown[] };
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
        .bind(...page.params)
        .all<{ detail: string }>();
      const steps = plan.results.map((r) => r.detail);
      expect(
        steps.some((d) => d.includes(`ranking_places_${method}_idx`) && /rank>\?/.test(d)),
        steps.join('\n'),
      ).toBe(true);
      // The order is the index's: no sort of every place.
      expect(
        steps.filter((d) => d.startsWith('USE TEMP B-TREE FOR ORDER BY')),
        steps.join('\n'),
      ).toEqual([]);
    });
  }
});
