import { describe, expect, it } from 'vitest';
import { visibleChallenges } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { challengeMatchesQuery, seekerMatchesQuery } from '../../../worker/domain/matches/read';
import { fullScans, planActor, recordingD1 } from '../../helpers/query-plan';

// The scoring query's own steps (its CTEs: a challenge, a person's facets, the 7 rows of WANTS,
// the matched rows) are read whole by design; every table is read through an index.
const OWN_STEPS = /^SCAN (ch|mine|m|w|wants|hits|cand|candidates|experts|scored|ranked|matches|\(subquery-\d+\))$/;

describe('suggested matches: every table through an index, candidates from the facet indexes', () => {
  it("a challenge's partners", async () => {
    const { d1, statements } = recordingD1();
    await challengeMatchesQuery(createDb(d1), '01900000-0000-7000-8000-0000000000c1', 10);
    const scans = await fullScans(statements);
    // The plan was read: its own steps are there.
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((scan) => !OWN_STEPS.test(scan.split(' ← ')[0] ?? ''))).toEqual([]);
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
