import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, publishBoth } from '../../helpers/cooperations';
import { api, must } from '../../helpers/http';

// What the public figures must not give away, by subtraction or by what stops counting: found by
// reading the figures as an attacker would.
let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const publicFigures = async (range: string) =>
  (await must(api(`/api/v1/clusters/${world.cluster.slug}/impact?${range}`))).body;

describe('public countries', () => {
  it('are withheld per quarter before summing, so neighbouring ranges cannot be subtracted', async () => {
    // Tallies as the writes keep them: Germany 5 solutions in 2023-Q1 and 1 in 2023-Q2; Austria 6 in Q2.
    await env.DB.batch(
      [
        ['2023-Q1', 'country:DE', 5],
        ['2023-Q2', 'country:DE', 1],
        ['2023-Q2', 'country:AT', 6],
      ].map(([quarter, dimension, value]) =>
        env.DB.prepare(
          "INSERT INTO impact_tallies (cluster_id, quarter, metric, dimension, value) VALUES (?, ?, 'solutions_submitted', ?, ?)",
        ).bind(world.cluster.id, quarter, dimension, value),
      ),
    );
    const q1 = await publicFigures('from=2023-01-01&to=2023-03-31');
    const q2 = await publicFigures('from=2023-04-01&to=2023-06-30');
    const both = await publicFigures('from=2023-01-01&to=2023-06-30');
    expect(q1.solutions).toMatchObject({ by_country: [{ key: 'DE', value: 5 }], countries_withheld: false });
    expect(q2.solutions).toMatchObject({ by_country: [{ key: 'AT', value: 6 }], countries_withheld: true });
    // Not 6: Q2's single German solution stays out of the sum as it stays out of Q2.
    expect(both.solutions).toMatchObject({
      by_country: [
        { key: 'AT', value: 6 },
        { key: 'DE', value: 5 },
      ],
      countries_withheld: true,
    });
  });
});

describe('public pilots running', () => {
  it('count public milestones only: a confidential pilot end does not show as a pilot that stopped', async () => {
    const { clinician, moderator, solver } = world.users;
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    await publishBoth(clinician, solver, cooperation);
    await must(addMilestone(clinician, cooperation, { kind: 'pilot_start', status: 'done', public: true }), 201);
    const running = async (token?: string) =>
      (await must(api(`/api/v1/clusters/${world.cluster.slug}/impact`, { token }))).body.cooperations.pilots_running;
    expect(await running()).toBe(1);
    await must(addMilestone(clinician, cooperation, { kind: 'pilot_end', status: 'done' }), 201);
    expect(await running()).toBe(1);
    // Those who take part see the whole truth.
    expect(await running(moderator.token)).toBe(0);
  });
});
