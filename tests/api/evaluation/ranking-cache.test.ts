import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { RANKED_STATUSES } from '../../../worker/domain/evaluation/ranking';
import { evaluate, jury, putConflict, scoresOf } from '../../helpers/evaluation';
import { api, d1Stats, must } from '../../helpers/http';
import { calibrationFixture as fixture } from '../../helpers/quality';
import { hideSolution } from '../../helpers/solutions';

// The normalised ranking and the agreement figures are kept per challenge until something that
// counts changes (ranking_cache, raised by the triggers of migration 0010). What a reader gets
// from the cache must always be what computing afresh gives: after every kind of change, the
// answers are compared with the ones computed after the cache was emptied.

const version = async (id: string) =>
  (
    await env.DB.prepare('SELECT scores_version AS v FROM ranking_cache WHERE challenge_id = ?')
      .bind(id)
      .first<{ v: number }>()
  )?.v ?? 0;

const forget = (id: string) => env.DB.prepare('DELETE FROM ranking_cache WHERE challenge_id = ?').bind(id).run();

describe('the kept ranking figures', () => {
  it('are kept fresh by every trigger of migration 0010, which a table rebuild would silently drop', async () => {
    const { results } = await env.DB.prepare(
      "SELECT name, tbl_name AS on_table, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_ranking\\_%' ESCAPE '\\' ORDER BY name",
    ).all<{ name: string; on_table: string; sql: string }>();
    const on = (table: string) => results.filter((t) => t.on_table === table).map((t) => t.name.replace(/^.*_/, ''));
    expect(on('evaluations')).toEqual(['ad', 'ai', 'au']);
    expect(on('conflict_declarations')).toEqual(['ad', 'ai', 'au']);
    expect(on('evaluator_assignments')).toEqual(['ad', 'ai']);
    // …and migration 0032's: a new submission time of a solution in the running (the order's tie-break).
    expect(on('solutions')).toEqual(['ad', 'ai', 'au', 'au']);
    expect(on('challenge_criteria')).toEqual(['ad', 'ai', 'au']);
    // The statuses that take part in the ranking, written out in the trigger: the same as the code's.
    const running = results.find((t) => t.name === 'solutions_ranking_au')?.sql ?? '';
    const listed = [...(running.match(/IN \(([^)]*)\)/)?.[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
    expect(listed).toEqual([...RANKED_STATUSES]);
  });

  it('follow every change that counts, and equal what computing afresh gives', async () => {
    const f = await fixture();
    const { id, owner } = f;
    const read = async () => {
      const normalised = await must(api(`/api/v1/challenges/${id}/ranking?method=normalised`, { token: owner.token }));
      const agreement = await must(api(`/api/v1/challenges/${id}/agreement`, { token: owner.token }));
      return { normalised, agreement };
    };
    /** Reads twice (computed, then kept), then again from an empty cache: all three agree. */
    const check = async (step: string) => {
      const first = await read();
      const kept = await read();
      expect(d1Stats(kept.normalised).calls, `${step}: the ranking read from the cache`).toBeLessThanOrEqual(2);
      expect(d1Stats(kept.agreement).calls, `${step}: the agreement read from the cache`).toBeLessThanOrEqual(2);
      await forget(id);
      const fresh = await read();
      for (const r of [first, kept]) {
        expect(r.normalised.body, step).toEqual(fresh.normalised.body);
        expect(r.agreement.body, step).toEqual(fresh.agreement.body);
      }
      return fresh;
    };

    const before = await check('the fixture');
    const scoreOf = (r: Awaited<ReturnType<typeof read>>, solution: string) =>
      (r.normalised.body.data as { solution_id: string; normalised_score: number }[]).find(
        (row) => row.solution_id === solution,
      )?.normalised_score;

    // A juror changes a score: M now gives S3 5 instead of 2.
    let v = await version(id);
    await evaluate(f.M, f.S3, scoresOf([5]));
    expect(await version(id)).toBeGreaterThan(v);
    const rescored = await check('a score changed');
    expect(scoreOf(rescored, f.S3)).not.toBe(scoreOf(before, f.S3));

    // A juror declares a conflict on a solution they scored: L's score of S1 no longer counts.
    v = await version(id);
    await must(putConflict(f.L, f.S1, { conflict: true }));
    expect(await version(id)).toBeGreaterThan(v);
    const conflicted = await check('a conflict declared');
    expect(scoreOf(conflicted, f.S1)).not.toBe(scoreOf(rescored, f.S1));

    // The owner removes a juror: H's scores no longer count anywhere.
    v = await version(id);
    await must(jury(owner, id, f.H.id, 'DELETE'), 204);
    expect(await version(id)).toBeGreaterThan(v);
    const removed = await check('a juror removed');
    expect(removed.agreement.body.jurors).toBe(conflicted.agreement.body.jurors - 1);

    // A moderator hides a solution: it leaves the running, and the jurors' standardisation with it.
    v = await version(id);
    await hideSolution(f.M, f.moderator, f.S2);
    expect(await version(id)).toBeGreaterThan(v);
    const hidden = await check('a solution hidden');
    expect(scoreOf(hidden, f.S2)).toBeUndefined();
    expect(scoreOf(hidden, f.S3)).not.toBe(scoreOf(removed, f.S3));
  }, 60_000);

  it('are not recomputed by a read, or by the decision naming winners', async () => {
    const { id, owner, S1 } = await fixture();
    await must(api(`/api/v1/challenges/${id}/ranking`, { token: owner.token }));
    const v = await version(id);
    await must(api(`/api/v1/challenges/${id}/ranking?method=normalised`, { token: owner.token }));
    expect(await version(id)).toBe(v);
    await must(api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: { winners: [S1] } }));
    expect(await version(id)).toBe(v);
    const after = await must(api(`/api/v1/challenges/${id}/ranking`, { token: owner.token }));
    expect(d1Stats(after).calls).toBeLessThanOrEqual(2);
  }, 30_000);
});
