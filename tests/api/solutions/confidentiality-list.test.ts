import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';
import { buildMatrix, KEYS, type Key, WHO, type Who } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the confidentiality matrix of one challenge', () => {
  let users: Record<Who, TestUser | undefined>;
  let challenge: string;
  let ids: Record<Key, string>;
  let titles: Record<Key, string>;
  let keyOf: (id: string) => string;
  let anotherOrg: string;
  beforeAll(async () => {
    ({ users, challenge, ids, titles, keyOf, anotherOrg } = await buildMatrix(world));
  });

  const LIST: Record<Who, Key[] | 401> = {
    anonymous: 401,
    clinician: ['A', 'B', 'C', 'W'],
    solver: ['A', 'D', 'H'],
    another_solver: ['B', 'C', 'W'],
    outsider_solver: [],
    evaluator: ['A', 'C'],
    other_juror: ['A', 'B', 'C'],
    lazy_juror: ['A', 'B', 'C'],
    moderator: ['A', 'H', 'B', 'C', 'W'],
    other_moderator: [],
    admin: ['A', 'H', 'B', 'C', 'W'],
  };
  /** Items listed with title and organization only (jury members who have not declared yet). */
  const UNCLEARED: Partial<Record<Who, Key[]>> = { evaluator: ['C'], lazy_juror: ['A', 'B', 'C'] };

  it('GET /challenges/{id}/solutions: which ids each reader gets, counted once, details only once cleared', async () => {
    const observed = {} as Record<Who, Key[] | 401>;
    await Promise.all(
      WHO.map(async (who) => {
        const res = await api(`/api/v1/challenges/${challenge}/solutions`, { token: users[who]?.token });
        if (res.status === 401) {
          expect(isProblem(res, 401, 'unauthorized')).toBe(true);
          observed[who] = 401;
          return;
        }
        expect(res.status, who).toBe(200);
        const items = res.body.data as {
          id: string;
          title: string;
          organization: string | null;
          summary: string | null;
          trl: number | null;
          mine: boolean;
        }[];
        const keys = items.map((i) => keyOf(i.id));
        expect(new Set(keys).size, `${who} sees each solution once`).toBe(items.length);
        observed[who] = [...keys].sort() as Key[];
        for (const item of items) {
          const key = keyOf(item.id) as Key;
          const where = `${who} listing ${key}`;
          expect(item.title, where).toBe(titles[key]);
          expect(item.organization, where).toBe(['B', 'C', 'W'].includes(key) ? anotherOrg : null);
          if (UNCLEARED[who]?.includes(key)) {
            expect(item.summary, where).toBeNull();
            expect(item.trl, where).toBeNull();
          } else {
            expect(item.summary, where).toEqual(expect.any(String));
            expect(item.trl, where).toBe(6);
          }
        }
      }),
    );
    const expected = Object.fromEntries(
      WHO.map((who) => {
        const list = LIST[who];
        return [who, list === 401 ? 401 : [...list].sort()];
      }),
    );
    expect(observed).toEqual(expected);
  });

  it('GET /challenges/{id} (detail) leaks no solution count, id or title to anyone', async () => {
    await Promise.all(
      WHO.map(async (who) => {
        const res = await api(`/api/v1/challenges/${challenge}`, { token: users[who]?.token });
        expect(res.status, who).toBe(200);
        const text = JSON.stringify(res.body);
        for (const key of KEYS) {
          expect(text, `${who}: ${key}`).not.toContain(ids[key]);
          expect(text, `${who}: ${key}`).not.toContain(titles[key]);
        }
        const keys: string[] = [];
        const walk = (value: unknown) => {
          if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value)) {
              keys.push(k);
              walk(v);
            }
          }
        };
        walk(res.body);
        expect(
          // Settings, not counts: when scoring ends and how many jurors a winner needs.
          keys.filter(
            (k) =>
              /solution|submission|evaluat|jury/i.test(k) && !['evaluation_deadline', 'min_evaluations'].includes(k),
          ),
          who,
        ).toEqual([]);
      }),
    );
  });
});
