import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { visibleChallenges } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { challengeMatchesQuery, seekerMatchesQuery } from '../../../worker/domain/matches/read';
import { fullScans, planActor, type Recorded, recordingD1 } from '../../helpers/query-plan';

// The scoring query's own steps (its CTEs: a challenge, a person's facets, the 7 rows of WANTS,
// the matched rows) are read whole by design; every table is read through an index.
const OWN_STEPS = /^SCAN (ch|mine|m|w|wants|hits|cand|candidates|experts|scored|ranked|matches|\(subquery-\d+\))$/;

/** The plan of the one statement recorded: each step's id, parent and detail. */
async function stepsOf(statements: Recorded[]) {
  expect(statements).toHaveLength(1);
  const { sql, params } = statements[0]!;
  return (
    await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ id: number; parent: number; detail: string }>()
  ).results;
}

describe('suggested matches: every table through an index, candidates from the facet indexes', () => {
  it("a challenge's partners", async () => {
    const { d1, statements } = recordingD1();
    await challengeMatchesQuery(createDb(d1), '01900000-0000-7000-8000-0000000000c1', 10);
    const scans = await fullScans(statements);
    // The plan was read: its own steps are there.
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((scan) => !OWN_STEPS.test(scan.split(' ← ')[0] ?? ''))).toEqual([]);
  });

  it("a challenge's partners: the organizations already in read once, experts found from their facets (issue 17)", async () => {
    const { d1, statements } = recordingD1();
    await challengeMatchesQuery(createDb(d1), '01900000-0000-7000-8000-0000000000c1', 10);
    const steps = await stepsOf(statements);
    const parentOf = (step: { parent: number }) => steps.find((s) => s.id === step.parent)?.detail ?? '';
    const solutions = steps.filter((step) => /^SEARCH s USING/.test(step.detail));
    expect(solutions.length).toBeGreaterThan(0);
    // One list for the statement, never a subquery per candidate over a big call's solutions.
    for (const step of solutions) expect(parentOf(step)).toMatch(/^LIST SUBQUERY/);
    // No table walked whole, even through an index (every user in id order, to group them).
    expect(steps.filter((step) => /^SCAN (u|users|o|organizations|p|e)\b/.test(step.detail))).toEqual([]);
  });

  it("a person's challenges: each candidate looked up by its id (issue 17)", async () => {
    const { d1, statements } = recordingD1();
    const reader = planActor({ organizationId: '01900000-0000-7000-8000-0000000000o1' });
    await seekerMatchesQuery(
      createDb(d1),
      { userId: reader.id, organizationId: reader.organizationId },
      visibleChallenges(reader, undefined),
    );
    const lookups = (await stepsOf(statements)).filter((step) => /^SEARCH challenges USING/.test(step.detail));
    expect(lookups.length).toBeGreaterThan(0);
    for (const step of lookups) expect(step.detail).toMatch(/\bid=\?\)$/);
  });

  it("a person's challenges", async () => {
    const { d1, statements } = recordingD1();
    const reader = planActor({ organizationId: '01900000-0000-7000-8000-0000000000o1' });
    await seekerMatchesQuery(
      createDb(d1),
      { userId: reader.id, organizationId: reader.organizationId },
      visibleChallenges(reader, undefined),
    );
    const scans = await fullScans(statements);
    // The plan was read: its own steps are there.
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((scan) => !OWN_STEPS.test(scan.split(' ← ')[0] ?? ''))).toEqual([]);
  });
});
