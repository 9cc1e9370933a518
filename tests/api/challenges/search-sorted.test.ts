import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { visibleChallenges } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { ANONYMOUS } from '../../../worker/domain/actor';
import { listChallenges } from '../../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../../worker/domain/challenges/list.query';
import { FEW_MATCHES } from '../../../worker/domain/challenges/matched-page';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { d1Stats } from '../../helpers/http';
import { fullScans, planOf, recordingD1 } from '../../helpers/query-plan';
import { copies, idsOf, list, neutral, walk } from './fixtures';

// Issue 17: a search sorted by newest (a saved search's feed), deadline or endorsements reads its
// page from its matches when they are few, and walks the sort's index when they are many; both
// shapes list the same challenges a reader may see, in the same order.

/** A word no other test uses, letters only. */
const word = () =>
  `zs${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;

const many = word();
const few = word();
let world: World;
let fewPublic: string[];

beforeAll(async () => {
  world = await createWorld();
  const { clinician, moderator } = world.users;
  const open = (fields: Record<string, unknown>) =>
    openChallenge(clinician, moderator, world.cluster.slug, { ...neutral, ...fields });
  // More matches than FEW_MATCHES: the walk. A network-only one and a draft hold the word too.
  const source = await open({ title: 'Bed management', summary: `${neutral.summary} Many ${many} wait.` });
  await copies(source, FEW_MATCHES + 20);
  await open({ title: `Network ${many}`, visibility: 'network' });
  await createDraft(clinician, world.cluster.slug, { ...neutral, title: `Draft ${many} ${few}` });
  // A few matches: read from the matches themselves.
  fewPublic = [];
  for (const title of ['Discharge letters', 'Night rounds', 'Wound photos']) {
    fewPublic.push(await open({ title: `${title}: ${few}` }));
  }
  await open({ title: `Network ${few}`, visibility: 'network' });
}, 180_000);

const ORDERS = {
  newest: 'c.id DESC',
  deadline: 'c.deadline ASC, c.id ASC',
  most_endorsed: 'c.endorsement_count DESC, c.id DESC',
} as const;

/** What an anonymous reader may see of `term`'s matches in a sort's order, read from the raw rows. */
async function visibleMatches(term: string, sort: keyof typeof ORDERS = 'newest'): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT c.id FROM challenges_fts f JOIN challenges c ON c.seq = f.rowid
     WHERE f.challenges_fts MATCH ? AND c.listed = 1 AND c.visibility = 'public' ORDER BY ${ORDERS[sort]}`,
  )
    .bind(`"${term}"*`)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

describe('a search sorted other than by relevance (issue 17)', () => {
  it('lists a common word newest first, public and listed only, walking the index', async () => {
    const expected = await visibleMatches(many);
    expect(expected.length).toBeGreaterThan(FEW_MATCHES);
    expect(idsOf(await list({ q: many, sort: 'newest', limit: 50 }))).toEqual(expected.slice(0, 50));
  });

  it('lists a rare word newest first from its matches, without the draft or the network-only one', async () => {
    expect(await visibleMatches(few)).toEqual([...fewPublic].reverse());
    expect(idsOf(await list({ q: few, sort: 'newest' }))).toEqual([...fewPublic].reverse());
  });

  it('pages a common word by cursor without repeating or skipping one', async () => {
    const walked = await walk({ q: many, sort: 'newest', limit: 100 });
    expect(walked).toEqual(await visibleMatches(many));
  }, 60_000);

  it('sorts by deadline and by endorsements too, common or rare', async () => {
    for (const sort of ['deadline', 'most_endorsed'] as const) {
      expect(idsOf(await list({ q: few, sort }))).toEqual(await visibleMatches(few, sort));
      expect(idsOf(await list({ q: many, sort, limit: 30 }))).toEqual((await visibleMatches(many, sort)).slice(0, 30));
    }
  });

  it('costs one D1 call and one statement, common or rare', async () => {
    for (const q of [many, few]) {
      const res = await list({ q, sort: 'newest' }, undefined, { 'cache-control': 'no-cache' });
      expect(res.status).toBe(200);
      expect(d1Stats(res)).toEqual({ calls: 1, statements: 1 });
    }
  });

  it('never asks the full-text index about one row at a time; both shapes are in the plan', async () => {
    const { d1, statements } = recordingD1();
    const query = ChallengeListQuerySchema.parse({ q: many, sort: 'newest', status: 'open' });
    await listChallenges(createDb(d1), query, visibleChallenges(ANONYMOUS, query.status));
    expect(statements).toHaveLength(1);
    // No table read whole: only the statement's own rows (the matches' first rowids, the page).
    const own = /^SCAN (matched|page|\(subquery-\d+\))$/;
    expect((await fullScans(statements)).filter((scan) => !own.test(scan.split(' ← ')[0]!))).toEqual([]);
    const plan = await planOf(statements[0]!);
    const shown = plan.join('\n');
    // A MATCH constrained by a rowid (`=` in the index's plan) would run once per row.
    expect(shown).not.toMatch(/challenges_fts VIRTUAL TABLE INDEX \d+:=/);
    // From the matches: their rows by rowid. Walking: an index of the catalogue, probing one list.
    expect(shown).toMatch(/SCAN matched/);
    expect(shown).toMatch(/LIST SUBQUERY/);
    expect(shown).toMatch(/SEARCH challenges USING (COVERING )?INDEX challenges_\w+/);
  });
});
