import { describe, expect, it } from 'vitest';
import { visibleChallenges } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { ANONYMOUS } from '../../../worker/domain/actor';
import { listChallenges } from '../../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../../worker/domain/challenges/list.query';
import { planOf, recordingD1 } from '../../helpers/query-plan';

// Issue 17: a call's page lists its challenges by deadline (web/routes/calls/pages.tsx). The bench
// at 100 000 challenges found that page at 3.8 s: SQLite walked the catalogue's deadline index and
// checked every listed challenge for the call, since a call with fewer than a page of challenges
// never fills the page. challenges_call_deadline_idx seeks the call's challenges in order instead.

describe('the challenges of a call, by deadline', () => {
  it('are sought in the call’s own index, already in deadline order, not found by walking the catalogue', async () => {
    const { d1, statements } = recordingD1();
    const query = ChallengeListQuerySchema.parse({ call: crypto.randomUUID(), sort: 'deadline', limit: 50 });
    await listChallenges(createDb(d1), query, visibleChallenges(ANONYMOUS, query.status));
    expect(statements).toHaveLength(1);
    const plan = await planOf(statements[0]!);
    const challengeSteps = plan.filter(
      (detail) => /\bchallenges\b/.test(detail) && !/PRIMARY KEY|challenges_id_uq/.test(detail),
    );
    expect(challengeSteps.join('\n')).toMatch(
      /USING (?:COVERING )?INDEX challenges_call_deadline_idx \(call_id=\? AND listed=\?/,
    );
    expect(plan.join('\n')).not.toMatch(/challenges_listed_deadline_idx/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
