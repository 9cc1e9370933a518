import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { visibleChallenges } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { ANONYMOUS } from '../../../worker/domain/actor';
import { listChallenges, RANKED_CANDIDATES } from '../../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../../worker/domain/challenges/list.query';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, d1Stats } from '../../helpers/http';
import { fullScans, recordingD1 } from '../../helpers/query-plan';
import { copies, idsOf, list, neutral, walk } from './fixtures';

// Issue 17: a word most challenges contain ("patients") must not cost a pass over every match
// before the first page. Relevance ranks at most the newest RANKED_CANDIDATES whole-word matches
// of a common search (title first, then newest); rare words keep bm25 over all their matches.

/** A word no other test uses, letters only. */
const word = () =>
  `zq${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;

const common = word();
const rare = word();
/** More whole-word matches of `common` than relevance ranks. */
const COPIES = RANKED_CANDIDATES + 20;

let world: World;
let rareInTitle: string;
let rareInSummary: string;
let titled: string;

beforeAll(async () => {
  world = await createWorld();
  const { clinician, moderator } = world.users;
  const open = (fields: Record<string, unknown>) =>
    openChallenge(clinician, moderator, world.cluster.slug, { ...neutral, ...fields });
  // The rare word's matches are the oldest: a bound by recency must not lose them.
  rareInSummary = await open({ title: 'Night shift handover', summary: `${neutral.summary} ${rare}` });
  rareInTitle = await open({ title: `Handover of ${rare} results` });
  const source = await open({ title: 'Ward logistics', summary: `${neutral.summary} Many ${common} wait.` });
  await copies(source, COPIES);
  // A draft with the word in its title takes a candidate's place but is never listed.
  await createDraft(clinician, world.cluster.slug, { ...neutral, title: `Draft about ${common}` });
  titled = await open({ title: `Triage of ${common} at night` });
}, 120_000);

/** What relevance lists for `common` anonymously: the newest listed candidates visible, the title match first. */
async function expectedCommonOrder(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT c.id, c.listed, c.visibility FROM challenges_fts f JOIN challenges c ON c.seq = f.rowid
     WHERE f.challenges_fts MATCH ? AND c.listed = 1 ORDER BY f.rowid DESC LIMIT ?`,
  )
    .bind(`"${common}"`, RANKED_CANDIDATES)
    .all<{ id: string; listed: number; visibility: string }>();
  const visible = results.filter((r) => r.listed === 1 && r.visibility === 'public').map((r) => r.id);
  return [titled, ...visible.filter((id) => id !== titled)];
}

describe('search with a common word (issue 17)', () => {
  it('keeps bm25 for a rare word: its best match first, however old and however common other words are', async () => {
    expect(idsOf(await list({ q: rare }))).toEqual([rareInTitle, rareInSummary]);
    expect(idsOf(await list({ q: `${rare} handover` }))).toEqual([rareInTitle, rareInSummary]);
  });

  it('ranks the newest whole-word matches of a common word, title first, then newest, on a stable first page', async () => {
    const expected = await expectedCommonOrder();
    // The draft does not take a candidate's place: only listed challenges count towards the bound.
    expect(expected.length).toBe(RANKED_CANDIDATES);
    const first = idsOf(await list({ q: common, limit: 20 }));
    expect(first).toEqual(expected.slice(0, 20));
    expect(idsOf(await list({ q: common, limit: 20 }))).toEqual(first);
  });

  it('pages a common word with cursors without repeating or skipping one', async () => {
    const walked = await walk({ q: common, limit: 50 });
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(await expectedCommonOrder());
  }, 60_000);

  it('leaves older matches to another sort: newest first lists every match', async () => {
    const all = await walk({ q: common, sort: 'newest', limit: 100 });
    // The source, its copies and the titled one; the draft is not listed.
    expect(all).toHaveLength(COPIES + 2);
    expect(all[0]).toBe(titled);
  }, 60_000);
});

describe('catalogue reads cost one statement each (issue 17)', () => {
  // `no-cache`: the route itself, not the public cache's copy (a hit makes no D1 call at all).
  const fresh = { 'cache-control': 'no-cache' };
  const html = { accept: 'text/html', ...fresh };
  const READS: [string, string, Record<string, string>?][] = [
    ['list, newest first', '/api/v1/challenges'],
    ['list filtered (open, tag, trl)', '/api/v1/challenges?status=open&tag=medtech&trl=5&sort=deadline'],
    ['search, a common word', `/api/v1/challenges?q=${common}`],
    ['search, a rare word', `/api/v1/challenges?q=${rare}`],
  ];
  for (const [what, path, headers] of READS) {
    it(`${what}: one D1 call, one statement`, async () => {
      const res = await api(path, { headers: { ...fresh, ...headers } });
      expect(res.status).toBe(200);
      expect(d1Stats(res)).toEqual({ calls: 1, statements: 1 });
    });
  }

  it('detail: one D1 call, one statement', async () => {
    const res = await api(`/api/v1/challenges/${titled}`, { headers: fresh });
    expect(res.status).toBe(200);
    expect(d1Stats(res)).toEqual({ calls: 1, statements: 1 });
  });

  it('home page: two statements in parallel (the clusters with their tallied counts; the open teasers)', async () => {
    const res = await api('/', { headers: html });
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain(world.cluster.slug);
    expect(d1Stats(res)).toEqual({ calls: 2, statements: 2 });
  });

  for (const path of ['/challenges', `/challenges?q=${common}`]) {
    it(`catalogue page ${path}: two statements in parallel (the clusters to choose from, without counts; the page)`, async () => {
      const res = await api(path, { headers: html });
      expect(res.status).toBe(200);
      expect(String(res.body)).toContain(titled);
      expect(d1Stats(res)).toEqual({ calls: 2, statements: 2 });
    });
  }
});

describe('query plans of the catalogue (issue 17)', () => {
  interface Step {
    id: number;
    parent: number;
    detail: string;
  }
  /** The plan's steps, and those of the page's candidates (under `MATERIALIZE page`) apart. */
  const planOf = async (query: Record<string, string>) => {
    const { d1, statements } = recordingD1();
    const parsed = ChallengeListQuerySchema.parse(query);
    await listChallenges(createDb(d1), parsed, visibleChallenges(ANONYMOUS, parsed.status));
    expect(statements).toHaveLength(1);
    // No table: the page's rows (at most limit + 1, a materialized CTE) and the search's floors
    // (one row, read from a one-row subquery).
    const rowsOfTheStatement = /^SCAN (page|search_floors|\(subquery-\d+\))$/;
    expect((await fullScans(statements)).filter((scan) => !rowsOfTheStatement.test(scan.split(' ← ')[0]!))).toEqual([]);
    const { sql, params } = statements[0]!;
    const steps = (
      await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<Step>()
    ).results;
    const page = steps.find((step) => /^(MATERIALIZE|CO-ROUTINE) page$/.test(step.detail));
    expect(page, steps.map((s) => s.detail).join('\n')).toBeDefined();
    const under = new Set([page!.id]);
    for (const step of steps) if (under.has(step.parent)) under.add(step.id);
    return {
      all: steps.map((step) => step.detail),
      page: steps.filter((step) => step.parent === page!.id || (under.has(step.parent) && step.id !== page!.id)),
    };
  };
  const details = (steps: Step[]) => steps.map((step) => step.detail).join('\n');

  it('the anonymous catalogue reads the public rows in order from their own index', async () => {
    const plan = await planOf({});
    expect(details(plan.page)).toMatch(
      /SEARCH challenges USING INDEX challenges_public_newest_idx \(listed=\? AND visibility=\?\)/,
    );
    // In order from the index: only the page's rows are sorted again, outside it.
    expect(details(plan.page)).not.toContain('TEMP B-TREE');
  });

  it('a filtered list walks the public rows of the state by deadline, a tag one seek per candidate', async () => {
    const plan = await planOf({ status: 'open', tag: 'medtech', trl: '5', sort: 'deadline' });
    const shown = details(plan.page);
    expect(shown).toMatch(
      /SEARCH challenges USING (COVERING )?INDEX challenges_status_public_deadline_idx \(status=\? AND listed=\? AND visibility=\?\)/,
    );
    expect(shown).toMatch(/SEARCH challenge_tags (EXISTS )?USING COVERING INDEX \S+ \(challenge_id=\? AND tag=\?\)/);
    expect(shown).not.toContain('TEMP B-TREE');
  });

  it('a card reads its cluster, organization, tags and stages for the rows of the page only', async () => {
    const plan = await planOf({ q: common });
    // The candidates' part of the plan touches none of what a card shows.
    expect(details(plan.page)).not.toMatch(/clusters|organizations|challenge_stages|SEARCH challenge_tags/);
    expect(plan.all.join('\n')).toMatch(/SEARCH clusters/);
  });

  it('a search reads the full-text index from its candidates floor (a rowid range), the floors once', async () => {
    const plan = await planOf({ q: common });
    const shown = plan.all.join('\n');
    expect(plan.page[0]?.detail, shown).toMatch(/^SCAN challenges_fts VIRTUAL TABLE INDEX \d+:M\d*>/);
    expect(
      plan.all.filter((d) => d.startsWith('MATERIALIZE search_floors')),
      shown,
    ).toHaveLength(1);
  });
});
