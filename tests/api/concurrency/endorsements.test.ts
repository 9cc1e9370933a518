import { env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api } from '../../helpers/http';
import { RACE_TIMEOUT, tally } from './tally';

// One user's 20 parallel PUTs alone are in tests/api/challenges/endorsements.test.ts; here several
// people double-click at once, and endorsing races withdrawing.
const suite = tally('endorsements');
afterAll(() => console.info(suite.line()));

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const endorse =
  (user: TestUser, id: string, method: 'PUT' | 'DELETE' = 'PUT') =>
  () =>
    api(`/api/v1/challenges/${id}/endorsement`, { method, token: user.token });
const rows = (id: string) => count('SELECT count(*) AS n FROM endorsements WHERE challenge_id = ?', id);
const storedCount = (id: string) => count('SELECT endorsement_count AS n FROM challenges WHERE id = ?', id);
const people = (n: number) => Promise.all(Array.from({ length: n }, () => registerUser('clinician')));

describe('endorsement double clicks', () => {
  it(
    '5 people × 20 parallel PUTs: one row each, and a count of 5',
    async () => {
      const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
      const endorsers = await people(5);
      const answers = await suite.race(
        endorsers.flatMap((user) => Array.from({ length: 20 }, () => endorse(user, id))),
      );
      for (const res of answers) {
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.endorsed).toBe(true);
        expect(res.body.endorsement_count).toBeGreaterThanOrEqual(1);
        expect(res.body.endorsement_count).toBeLessThanOrEqual(5);
      }
      expect(await rows(id)).toBe(5);
      expect(await storedCount(id)).toBe(5);
      expect(
        await count(
          'SELECT count(*) AS n FROM (SELECT user_id FROM endorsements WHERE challenge_id = ? GROUP BY user_id HAVING count(*) > 1)',
          id,
        ),
      ).toBe(0);
      suite.held(3);
    },
    RACE_TIMEOUT,
  );

  it(
    'PUTs and DELETEs fired together end with a count equal to the rows, as every reader sees it',
    async () => {
      for (let round = 0; round < 3; round++) {
        const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
        const endorsers = await people(4);
        const answers = await suite.race(
          endorsers.flatMap((user) =>
            Array.from({ length: 10 }, (_, i) => endorse(user, id, i % 2 === 0 ? 'PUT' : 'DELETE')),
          ),
        );
        for (const res of answers) {
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body.endorsement_count).toBeGreaterThanOrEqual(0);
          expect(res.body.endorsement_count).toBeLessThanOrEqual(endorsers.length);
        }
        const n = await rows(id);
        expect(await storedCount(id)).toBe(n);
        // Each person's own view agrees with the rows, and everyone reads the same count.
        const held = await env.DB.prepare('SELECT user_id FROM endorsements WHERE challenge_id = ?')
          .bind(id)
          .all<{ user_id: string }>();
        const endorsing = new Set(held.results.map((r) => r.user_id));
        const views = await suite.race(
          endorsers.map((user) => () => api(`/api/v1/challenges/${id}`, { token: user.token })),
        );
        for (const [k, view] of views.entries()) {
          expect(view.status).toBe(200);
          expect(view.body).toMatchObject({
            endorsement_count: n,
            endorsed_by_me: endorsing.has(endorsers[k]?.id ?? ''),
          });
        }
        suite.held(2);
      }
    },
    RACE_TIMEOUT,
  );
});
