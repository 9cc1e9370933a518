import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../../worker/index';
import { count } from '../../helpers/db';
import { jury } from '../../helpers/evaluation';
import { BASE, freshClient, must } from '../../helpers/http';
import { calibrationFixture as fixture } from '../../helpers/quality';
import { racingEnv } from '../../helpers/race-d1';
import { solutionRow } from '../../helpers/solutions';

// The minimum of evaluations is checked when the decision reads the ranking, and again by the
// guard of the batch that writes it: a jury member who leaves in between takes their scores with
// them, and a winner that falls under the minimum must not be named without an override.
describe('POST /api/v1/challenges/{id}/decision, racing a jury change', () => {
  it('refuses a winner that lost a score it needed between the read and the write, and writes nothing', async () => {
    const { id, owner, S1, M } = await fixture();
    // S1 is scored by H, L and M: 3 of the 3 jurors the challenge asks for, so no override is needed.
    const env = racingEnv(/update "challenges" set "status"/, () => must(jury(owner, id, M.id, 'DELETE'), 204));
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${BASE}/api/v1/challenges/${id}/decision`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${owner.token}`,
          'content-type': 'application/json',
          'cf-connecting-ip': freshClient(),
        },
        body: JSON.stringify({ winners: [S1] }),
      }),
      env,
      ctx,
    );
    const body = (await res.json()) as { type: string; detail: string };
    await waitOnExecutionContext(ctx);
    expect(env.raced()).toBe(true);
    expect(res.status).toBe(409);
    expect(body.detail).toMatch(/lost a score.*fewer jurors.*override/);
    expect((await solutionRow(S1))?.status).toBe('submitted');
    expect(await count("SELECT count(*) AS n FROM challenges WHERE id = ? AND status = 'evaluation'", id)).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'", id),
    ).toBe(0);
    expect(await count('SELECT count(*) AS n FROM notifications WHERE challenge_id = ?', id)).toBe(
      await count("SELECT count(*) AS n FROM notifications WHERE challenge_id = ? AND kind <> 'results_published'", id),
    );
  }, 30_000);
});
