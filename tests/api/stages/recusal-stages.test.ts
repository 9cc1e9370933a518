import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api, must } from '../../helpers/http';
import { inStageTwo } from './fixtures';

/**
 * A juror's affiliation that changes in stage 2 (syncJurorRecusals) recuses them on the stages not
 * over; stage 1, whose ranking made the shortlist, keeps the conflicts and sums it was judged with.
 */
const rowsOf = (query: string, id: string, stage: number) =>
  env.DB.prepare(query)
    .bind(id, stage)
    .all()
    .then((r) => r.results);

const stageState = async (id: string, stage: number) => ({
  declarations: await rowsOf(
    `SELECT d.solution_id, d.evaluator_id, d.conflict, d.automatic FROM conflict_declarations d
     JOIN solutions s ON s.id = d.solution_id WHERE s.challenge_id = ? AND d.stage = ? ORDER BY 1, 2`,
    id,
    stage,
  ),
  sums: await rowsOf(
    `SELECT ss.solution_id, ss.criterion_key, ss.total, ss.evaluations FROM solution_scores ss
     JOIN solutions s ON s.id = ss.solution_id WHERE s.challenge_id = ? AND ss.stage = ? ORDER BY 1, 2`,
    id,
    stage,
  ),
});

describe("jurors who join a team's organization in stage 2", () => {
  it('are recused there, and stage 1 keeps what its shortlist was made with', async () => {
    const { id, alpha, a, first, second } = await inStageTwo();
    const organization = (await must(api('/api/v1/me', { token: alpha.token }))).body.organization.id as string;
    const before = await stageState(id, 1);
    // `first` scored Alpha in stage 1 (and sits on it only); `second` sits on stage 2 only.
    for (const juror of [first, second]) {
      await must(api(`/api/v1/organizations/${organization}/memberships`, { method: 'POST', token: juror.token }), 201);
      await must(
        api(`/api/v1/organizations/${organization}/memberships/${juror.id}/confirm`, {
          method: 'POST',
          token: alpha.token,
        }),
      );
    }
    expect(await stageState(id, 1)).toEqual(before);
    expect((await stageState(id, 2)).declarations).toContainEqual({
      solution_id: a,
      evaluator_id: second.id,
      conflict: 1,
      automatic: 1,
    });
  });
});
