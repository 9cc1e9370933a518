import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { idsOf, list, listIds, neutral, type Query } from './fixtures';

// FTS syntax typed by users is never syntax.

describe('search input with FTS syntax', () => {
  let world: World;
  let target: string;
  beforeAll(async () => {
    world = await createWorld();
    target = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      ...neutral,
      title: 'Quokka screening for oncology outpatients',
    });
  });

  const INPUTS: [string, string][] = [
    ['a lone double quote', '"'],
    ['an unbalanced quote', '"unbalanced'],
    ['a lone star', '*'],
    ['a leading minus', '-oncology'],
    ['NEAR()', 'NEAR(a b)'],
    ['boolean operators', 'a AND OR NOT b'],
    ['a column filter', 'title:foo'],
    ['a caret', '^x'],
    ['an open parenthesis', '('],
    ['a closing parenthesis', ')'],
    ['SQL injection', "'; DROP TABLE challenges; --"],
    ['emoji only', '🧬🩺'],
    ['emoji around a word', '🧬quokka🩺'],
    ['200 letters', 'a'.repeat(200)],
    ['200 characters of words', 'oncology '.repeat(23).slice(0, 200)],
    ['a braced column set', '{title summary}: quokka'],
    ['a quoted phrase with a star', '"quokka screening"*'],
    ['a plus', 'quokka + screening'],
    ['only operators', 'AND OR NOT NEAR'],
    ['punctuation only', '!@#$%^&*()_+-=[]{};:,./<>?'],
    ['a backslash', 'quokka\\'],
    ['a NUL-free control character', 'quok\tka'],
    ['Arabic-Indic digits', '١٢٣'],
    ['a letter from a script newer than Unicode 6.1 (Adlam)', '𞤀𞤁𞤂'],
    ['combining marks only', '\u0301\u0302'],
    ['a ligature', 'ﬁnding'],
    ['Hangul', '한국어'],
  ];

  for (const [what, q] of INPUTS) {
    it(`answers ${what} with 200 or a 400 problem, never 5xx`, async () => {
      const hasWord = /[\p{L}\p{N}]/u.test(q);
      for (const token of [undefined, world.users.solver.token]) {
        const res = await list({ q }, token);
        expect(res.status, `${JSON.stringify(q)}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
        if (hasWord) {
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(Array.isArray(res.body.data)).toBe(true);
        } else {
          expect(isProblem(res, 400, 'validation_failed')).toBe(true);
          expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('q');
        }
      }
    });
  }

  it('treats operators, quotes and stars as plain text around the words', async () => {
    expect(await listIds({ cluster: world.cluster.slug, q: '-oncology' })).toEqual([target]);
    expect(await listIds({ cluster: world.cluster.slug, q: 'title:quokka' })).toEqual([]);
    expect(await listIds({ cluster: world.cluster.slug, q: '"quokka' })).toEqual([target]);
    expect(await listIds({ cluster: world.cluster.slug, q: 'quokka*' })).toEqual([target]);
  });

  it('leaves the tables alone after an injection attempt', async () => {
    await list({ q: "'; DROP TABLE challenges; --" });
    const row = await env.DB.prepare('SELECT count(*) AS n FROM challenges WHERE id = ?').bind(target).first();
    expect(row?.n).toBe(1);
    expect((await api(`/api/v1/challenges/${target}`)).status).toBe(200);
  });

  it('refuses q over 200 characters with 400 naming q', async () => {
    const res = await list({ q: 'a'.repeat(201) });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('q');
  });
});

// Bad query input.

describe('bad query input', () => {
  let world: World;
  let deadlineCursor: string;
  let endorsedCursor: string;
  beforeAll(async () => {
    world = await createWorld();
    const { clinician, moderator } = world.users;
    for (let i = 0; i < 3; i++) await openChallenge(clinician, moderator, world.cluster.slug);
    const slug = world.cluster.slug;
    deadlineCursor = (await must(list({ cluster: slug, sort: 'deadline', limit: 1 }))).body.next_cursor;
    endorsedCursor = (await must(list({ cluster: slug, sort: 'most_endorsed', limit: 1 }))).body.next_cursor;
    expect(deadlineCursor).toEqual(expect.any(String));
  });

  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  const BAD: [string, () => Query, string][] = [
    ['status=bogus', () => ({ status: 'bogus' }), 'status'],
    ['trl=0', () => ({ trl: '0' }), 'trl'],
    ['trl=10', () => ({ trl: '10' }), 'trl'],
    ['trl=abc', () => ({ trl: 'abc' }), 'trl'],
    ['trl=4.5', () => ({ trl: '4.5' }), 'trl'],
    ['pathway=surgery', () => ({ pathway: 'surgery' }), 'pathway'],
    ['deadline_before=tomorrow', () => ({ deadline_before: 'tomorrow' }), 'deadline_before'],
    ['deadline_before=2025-13-45', () => ({ deadline_before: '2025-13-45' }), 'deadline_before'],
    ['limit=0', () => ({ limit: '0' }), 'limit'],
    ['limit=101', () => ({ limit: '101' }), 'limit'],
    ['limit=-1', () => ({ limit: '-1' }), 'limit'],
    ['limit=ten', () => ({ limit: 'ten' }), 'limit'],
    ['sort=bogus', () => ({ sort: 'bogus' }), 'sort'],
    ['cursor=garbage', () => ({ cursor: 'garbage' }), 'cursor'],
    ['a cursor of valid base64 but foreign JSON', () => ({ cursor: encode({ id: 1 }) }), 'cursor'],
    ['a cursor with the wrong value types', () => ({ cursor: encode(['newest', 42]) }), 'cursor'],
    ['a sort=deadline cursor reused with sort=newest', () => ({ cursor: deadlineCursor, sort: 'newest' }), 'cursor'],
    ['a sort=deadline cursor reused with the default sort', () => ({ cursor: deadlineCursor }), 'cursor'],
    [
      'a sort=most_endorsed cursor reused with sort=deadline',
      () => ({ cursor: endorsedCursor, sort: 'deadline' }),
      'cursor',
    ],
    [
      'a sort=deadline cursor reused with sort=relevance',
      () => ({ cursor: deadlineCursor, sort: 'relevance', q: 'cancer' }),
      'cursor',
    ],
  ];
  for (const [what, query, path] of BAD) {
    it(`refuses ${what} with 400 naming ${path}`, async () => {
      for (const token of [undefined, world.users.solver.token]) {
        const res = await list(query(), token);
        expect(isProblem(res, 400, 'validation_failed')).toBe(true);
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
    });
  }

  it('accepts the edges: trl=1, trl=9, limit=1, limit=100', async () => {
    for (const query of [{ trl: 1 }, { trl: 9 }, { limit: 1 }, { limit: 100 }]) {
      expect((await list(query)).status, JSON.stringify(query)).toBe(200);
    }
  });

  it('never answers odd but well-formed-looking input with a 5xx', async () => {
    const odd = [
      'status=open&status=draft',
      'limit=1e1',
      'trl=%205',
      'cursor=',
      'q=',
      'tag=',
      `cursor=${'a'.repeat(501)}`,
      'deadline_before=2028-02-29',
      'deadline_before=2027-02-29',
      'deadline_before=0001-01-01',
      'deadline_before=9999-12-31T23:59:59.999Z',
      'deadline_before=2026-01-01T00:00:00.123456789Z',
      'deadline_before=2026-01-01T00:00:00+14:00',
      'deadline_before=2026-01-01T00:00:00',
      'cluster=%00',
      'sort=',
    ];
    for (const query of odd) {
      const res = await api(`/api/v1/challenges?${query}`);
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
      if (res.status !== 200) expect(isProblem(res, 400, 'validation_failed'), query).toBe(true);
    }
  });

  it('ignores unknown parameters', async () => {
    const plain = await list({ cluster: world.cluster.slug });
    const extra = await list({ cluster: world.cluster.slug, utm_source: 'newsletter', foo: 'bar', page: '7' });
    expect(extra.status).toBe(200);
    expect(idsOf(extra)).toEqual(idsOf(plain));
  });
});
