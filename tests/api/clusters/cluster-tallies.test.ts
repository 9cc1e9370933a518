import { env } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';

/**
 * Each cluster's `challenge_count` and `open_challenge_count` (issue 17, migration 0031) and its
 * challenges per state (`cluster_state_tallies`, 0033) are tallies kept by triggers on
 * `challenges`: they must equal a count of the listed public challenges (and of those open), and
 * of all its challenges by state, after any write, through the API or straight in SQL.
 */
const RECOUNT = `
  SELECT k.id,
    (SELECT count(*) FROM challenges c WHERE c.cluster_id = k.id AND c.status IN ('open', 'evaluation', 'decided', 'archived')
      AND c.hidden_at IS NULL AND c.visibility = 'public') AS challenge_count,
    (SELECT count(*) FROM challenges c WHERE c.cluster_id = k.id AND c.status = 'open'
      AND c.hidden_at IS NULL AND c.visibility = 'public') AS open_challenge_count
  FROM clusters k ORDER BY k.id`;
const TALLIES = 'SELECT id, challenge_count, open_challenge_count FROM clusters ORDER BY id';
/** Each cluster's challenges in each state (migration 0033, my page's clusters by state), whatever their visibility. */
const RECOUNT_STATES = `SELECT cluster_id, status, count(*) AS challenges FROM challenges
  GROUP BY cluster_id, status ORDER BY cluster_id, status`;
const STATE_TALLIES = `SELECT cluster_id, status, challenges FROM cluster_state_tallies
  WHERE challenges <> 0 ORDER BY cluster_id, status`;

const all = async (sql: string) => (await env.DB.prepare(sql).all()).results;

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 60_000);

/** The cluster as the API shows it to anyone. */
const counts = async (slug: string) => {
  const res = await must(api(`/api/v1/clusters/${slug}`, { headers: { 'cache-control': 'no-cache' } }));
  return { all: res.body.challenge_count as number, open: res.body.open_challenge_count as number };
};

describe('cluster tallies (issue 17)', () => {
  it('count publications, closing, archiving and network challenges as the API writes them', async () => {
    const { clinician, moderator } = world.users;
    const slug = world.cluster.slug;
    expect(await counts(slug)).toEqual({ all: 0, open: 0 });

    const open = await openChallenge(clinician, moderator, slug);
    await createDraft(clinician, slug);
    // A network challenge is listed to signed-in readers only: never in the public counts.
    await openChallenge(clinician, moderator, slug, { visibility: 'network' });
    expect(await counts(slug)).toEqual({ all: 1, open: 1 });

    await must(transition(clinician, open, 'start_evaluation'));
    expect(await counts(slug)).toEqual({ all: 1, open: 0 });
    await must(transition(moderator, open, 'archive'));
    expect(await counts(slug)).toEqual({ all: 1, open: 0 });
    expect(await counts(world.otherCluster.slug)).toEqual({ all: 0, open: 0 });
    expect(await all(TALLIES)).toEqual(await all(RECOUNT));
    expect(await all(STATE_TALLIES)).toEqual(await all(RECOUNT_STATES));
  }, 60_000);

  it('equal a recount after any sequence of inserts, transitions, hiding, visibility and cluster moves, and deletes', async () => {
    const clusterIds = [world.cluster.id, world.otherCluster.id];
    const statuses = ['draft', 'in_review', 'open', 'evaluation', 'decided', 'archived', 'rejected'] as const;
    const source = await createDraft(world.users.clinician, world.cluster.slug);
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        status: fc.constantFrom(...statuses),
        visibility: fc.constantFrom('public', 'network'),
        cluster: fc.constantFrom(...clusterIds),
      }),
      fc.record({
        kind: fc.constant('update' as const),
        pick: fc.nat(),
        status: fc.constantFrom(...statuses),
        hidden: fc.boolean(),
        visibility: fc.constantFrom('public', 'network'),
        cluster: fc.constantFrom(...clusterIds),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        const made: string[] = [];
        for (const w of writes) {
          if (w.kind === 'insert') {
            const id = crypto.randomUUID();
            // A copy of the draft with another state: the columns the tallies read, nothing else.
            await env.DB.prepare(
              `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
                 care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
                 reward_kind, deadline, visibility)
               SELECT ?, ?, owner_id, ?, title, summary, problem_statement, indication, care_pathway_step,
                 patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind,
                 deadline, ? FROM challenges WHERE id = ?`,
            )
              .bind(id, w.cluster, w.status, w.visibility, source.id)
              .run();
            made.push(id);
          } else if (made.length > 0) {
            const id = made[w.pick % made.length]!;
            if (w.kind === 'update') {
              await env.DB.prepare(
                'UPDATE challenges SET status = ?, hidden_at = ?, visibility = ?, cluster_id = ? WHERE id = ?',
              )
                .bind(w.status, w.hidden ? new Date().toISOString() : null, w.visibility, w.cluster, id)
                .run();
            } else {
              await env.DB.prepare('DELETE FROM challenges WHERE id = ?').bind(id).run();
              made.splice(made.indexOf(id), 1);
            }
          }
          expect(await all(TALLIES)).toEqual(await all(RECOUNT));
          expect(await all(STATE_TALLIES)).toEqual(await all(RECOUNT_STATES));
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
