import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type Role, registerUser, type TestUser, type World } from './helpers/actors';
import { createDraft, inDays, openChallenge, transition } from './helpers/challenges';
import { type ApiResponse, api, d1Stats, isProblem } from './helpers/http';

/**
 * Reading challenges over HTTP: who sees what (detail and list agree), filters, full-text search,
 * sorting, cursor pages under concurrent inserts, ETags and caching, the D1 query budget of every
 * read path, and the shape of the detail view.
 */

type Query = Record<string, string | number | undefined>;

const queryString = (query: Query) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const list = (query: Query, token?: string, headers?: Record<string, string>) =>
  api(`/api/v1/challenges${queryString(query)}`, { token, headers });

const idsOf = (res: ApiResponse): string[] => {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.data as { id: string }[]).map((c) => c.id);
};

const listIds = async (query: Query, token?: string) => idsOf(await list(query, token));

/** Follows `next_cursor` to the end; `between` runs after every page that has a next one. */
async function walk(query: Query, token?: string, between?: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 200; page++) {
    const res = await list({ ...query, cursor }, token);
    seen.push(...idsOf(res));
    cursor = res.body.next_cursor ?? undefined;
    if (!cursor) return seen;
    await between?.();
  }
  throw new Error('the cursor walk never ended');
}

const d1Calls = (res: ApiResponse) => d1Stats(res).calls;

async function must(res: ApiResponse | Promise<ApiResponse>, status = 200) {
  const done = await res;
  if (done.status !== status) throw new Error(`expected ${status}, got ${done.status}: ${JSON.stringify(done.body)}`);
  return done;
}

const step = (user: TestUser, id: string, action: string, note?: string) => must(transition(user, id, action, note));
const endorse = (user: TestUser, id: string) =>
  must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'PUT', token: user.token }));

/** Text fields that none of the search tests look for, so only the overridden field can match. */
const neutral = {
  summary: 'Clinicians on the ward describe a recurring gap in everyday practice.',
  problem_statement: 'The current workflow relies on manual steps and paper forms that slow the team down.',
  indication: 'Various conditions',
  tags: ['medtech'],
};

// ---------------------------------------------------------------------------------------------
// 1. Visibility: every state × every role, detail and list agree
// ---------------------------------------------------------------------------------------------

const CASES = [
  'draft',
  'in_review',
  'changes_requested',
  'open',
  'evaluation',
  'decided',
  'rejected',
  'withdrawn',
  'archived',
  'network',
  'hidden',
] as const;
type Case = (typeof CASES)[number];

const INSIDERS: Role[] = ['clinician', 'moderator', 'admin'];
const PUBLISHED_CASES: Case[] = ['open', 'evaluation', 'decided', 'archived'];

/** Owner, the cluster's moderators and admins see everything; others only published, unhidden ones. */
function expectedStatus(role: Role, kase: Case): 200 | 404 {
  if (INSIDERS.includes(role)) return 200;
  if (PUBLISHED_CASES.includes(kase)) return 200;
  if (kase === 'network') return role === 'anonymous' ? 404 : 200;
  return 404;
}

describe('who sees which challenge (detail and list agree)', () => {
  let world: World;
  const idOf = {} as Record<Case, string>;
  const listed = new Map<string, Promise<string[]>>();

  beforeAll(async () => {
    world = await createWorld();
    const { clinician: owner, moderator } = world.users;
    const slug = world.cluster.slug;
    const draft = async (kase: Case, overrides: Record<string, unknown> = {}) =>
      (await createDraft(owner, slug, { title: `Visibility case ${kase} challenge`, ...overrides })).id;
    const open = (kase: Case, overrides: Record<string, unknown> = {}) =>
      openChallenge(owner, moderator, slug, { title: `Visibility case ${kase} challenge`, ...overrides });

    const build: Record<Case, () => Promise<string>> = {
      draft: () => draft('draft'),
      in_review: async () => {
        const id = await draft('in_review');
        await step(owner, id, 'submit');
        return id;
      },
      changes_requested: async () => {
        const id = await draft('changes_requested');
        await step(owner, id, 'submit');
        await step(moderator, id, 'request_changes', 'Please quantify the patient population.');
        return id;
      },
      rejected: async () => {
        const id = await draft('rejected');
        await step(owner, id, 'submit');
        await step(moderator, id, 'reject', 'Out of scope for this cluster.');
        return id;
      },
      withdrawn: async () => {
        const id = await draft('withdrawn');
        await step(owner, id, 'withdraw');
        return id;
      },
      open: () => open('open'),
      evaluation: async () => {
        const id = await open('evaluation');
        await step(owner, id, 'start_evaluation');
        return id;
      },
      decided: async () => {
        const id = await open('decided');
        await step(owner, id, 'start_evaluation');
        // POST /challenges/{id}/decision does not exist yet, so a decided challenge is made by
        // moving an `evaluation` one to `decided` directly in the database.
        await env.DB.prepare(
          "UPDATE challenges SET status = 'decided', decided_at = ?, version = version + 1 WHERE id = ?",
        )
          .bind(new Date().toISOString(), id)
          .run();
        return id;
      },
      archived: async () => {
        const id = await open('archived');
        await step(moderator, id, 'archive');
        return id;
      },
      network: () => open('network', { visibility: 'network' }),
      hidden: async () => {
        const id = await open('hidden');
        // Moderators hide content through reports; here the flag is set directly.
        await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
          .bind(new Date().toISOString(), id)
          .run();
        return id;
      },
    };
    await Promise.all(
      CASES.map(async (kase) => {
        idOf[kase] = await build[kase]();
      }),
    );
    const { results } = await env.DB.prepare(
      `SELECT id, status, visibility, hidden_at FROM challenges WHERE id IN (${CASES.map(() => '?').join(',')})`,
    )
      .bind(...CASES.map((k) => idOf[k]))
      .all<{ id: string; status: string; visibility: string; hidden_at: string | null }>();
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const kase of CASES) {
      const row = byId.get(idOf[kase])!;
      const status = kase === 'network' || kase === 'hidden' ? 'open' : kase;
      if (row.status !== status) throw new Error(`${kase} fixture is ${row.status}`);
    }
  });

  /** The real status of a case (the network and hidden ones are open). */
  const statusOf = (kase: Case) => (kase === 'network' || kase === 'hidden' ? 'open' : kase);

  /** The ids one role sees in the cluster's list, optionally of one status (one page of 100 covers it all). */
  const listedFor = (role: Role, status?: string) => {
    const key = `${role}:${status ?? ''}`;
    let ids = listed.get(key);
    if (!ids) {
      ids = list({ cluster: world.cluster.slug, status, limit: 100 }, world.token(role)).then((res) => {
        expect(res.body.next_cursor).toBeNull();
        return idsOf(res);
      });
      listed.set(key, ids);
    }
    return ids;
  };

  for (const role of ROLES) {
    for (const kase of CASES) {
      const status = expectedStatus(role, kase);
      it(`${kase} challenge as ${role} → ${status}, ${status === 200 ? 'listed' : 'not listed'}`, async () => {
        const res = await api(`/api/v1/challenges/${idOf[kase]}`, { token: world.token(role) });
        if (status === 200) {
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body.id).toBe(idOf[kase]);
        } else {
          expect(isProblem(res, 404, 'not_found')).toBe(true);
        }
        // the list filtered by the challenge's own status agrees with the detail
        expect((await listedFor(role, statusOf(kase))).includes(idOf[kase]), `status=${statusOf(kase)}`).toBe(
          status === 200,
        );
        // so does the unfiltered list (the catalogue), except for insiders on unlisted ones (see below)
        if (!INSIDERS.includes(role) || expectedStatus('solver', kase) === 200) {
          expect((await listedFor(role)).includes(idOf[kase]), 'unfiltered').toBe(status === 200);
        }
      });
    }
  }

  // Since 2bc866d the unfiltered list is the catalogue for everyone (approved, unhidden challenges);
  // owners and moderators find unpublished ones by asking for their status (checked per case above).
  for (const role of INSIDERS) {
    it(`the unfiltered cluster list is the catalogue for ${role} too: published, unhidden challenges only`, async () => {
      const ids = await listedFor(role);
      expect(CASES.filter((kase) => ids.includes(idOf[kase])).sort()).toEqual([...PUBLISHED_CASES, 'network'].sort());
    });
  }

  it('answers a challenge you may not see exactly like one that does not exist (same 404 document)', async () => {
    for (const role of ['anonymous', 'solver', 'other_moderator'] as Role[]) {
      const missing = await api('/api/v1/challenges/0190c0de-0000-7000-8000-000000000000', {
        token: world.token(role),
      });
      expect(missing.status).toBe(404);
      const { type, title, status, detail } = missing.body;
      for (const kase of CASES.filter((k) => expectedStatus(role, k) === 404)) {
        const unseen = await api(`/api/v1/challenges/${idOf[kase]}`, { token: world.token(role) });
        expect(unseen.body, `${kase} as ${role}`).toMatchObject({ type, title, status, detail });
      }
    }
  });

  it('filters by status without revealing what the role cannot see', async () => {
    const slug = world.cluster.slug;
    expect(await listIds({ cluster: slug, status: 'draft' })).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'draft' }, world.token('solver'))).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'draft' }, world.token('clinician'))).toEqual([idOf.draft]);
    expect(await listIds({ cluster: slug, status: 'in_review' }, world.token('moderator'))).toEqual([idOf.in_review]);
    expect(await listIds({ cluster: slug, status: 'in_review' }, world.token('other_moderator'))).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'decided' })).toEqual([idOf.decided]);
    // the open ones: open, and network ones for signed-in users (the hidden one: see the cases above)
    expect((await listIds({ cluster: slug, status: 'open' })).sort()).toEqual([idOf.open].sort());
    expect((await listIds({ cluster: slug, status: 'open' }, world.token('solver'))).sort()).toEqual(
      [idOf.open, idOf.network].sort(),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Filters, search and sorting on a fresh cluster
// ---------------------------------------------------------------------------------------------

interface Spec {
  title: string;
  summary?: string;
  problem_statement?: string;
  indication?: string;
  tags: string[];
  care_pathway_step: string;
  trl_min: number;
  trl_max: number;
  /** Days from now. */
  deadline: number;
  state?: 'open' | 'evaluation';
}

/** Created in this order (A first); each search word below occurs in exactly one field of one challenge. */
const SPECS: Record<string, Spec> = {
  A: {
    title: 'Tumour profiling for rare cancers in the north',
    summary: 'Mehr Präzision bei der Therapiewahl für seltene Tumoren im Norden.',
    tags: ['oncology', 'multi-omics'],
    care_pathway_step: 'treatment',
    trl_min: 3,
    trl_max: 5,
    deadline: 10,
  },
  B: {
    title: 'Pharmacogenomic dosing support for anticoagulants',
    tags: ['decision-support'],
    care_pathway_step: 'treatment',
    trl_min: 5,
    trl_max: 8,
    deadline: 20,
  },
  C: {
    title: 'Triage of chest radiographs in the emergency department',
    summary: 'Findings should flow into the national registry of thoracic imaging without retyping.',
    tags: ['imaging', 'digital-medicine'],
    care_pathway_step: 'diagnosis',
    trl_min: 6,
    trl_max: 9,
    deadline: 5,
  },
  D: {
    title: 'Home monitoring of inflammatory bowel disease flares',
    summary: 'Stool calprotectin measured at home should warn the team before a flare becomes severe.',
    tags: ['biomarkers'],
    care_pathway_step: 'monitoring',
    trl_min: 2,
    trl_max: 4,
    deadline: 40,
  },
  E: {
    title: 'Registry-based recognition of sepsis on general wards',
    problem_statement: 'Point-of-care nephelometry could flag rising inflammation markers hours earlier than today.',
    tags: ['medtech'],
    care_pathway_step: 'diagnosis',
    trl_min: 4,
    trl_max: 6,
    deadline: 15,
  },
  F: {
    title: 'Speech banking for patients losing their voice',
    problem_statement: 'Voice recordings are scattered and never reach a registry that speech therapists could use.',
    indication: 'Amyotrophe Lateralsklerose',
    tags: ['neurology'],
    care_pathway_step: 'rehabilitation',
    trl_min: 1,
    trl_max: 3,
    deadline: 60,
  },
  G: {
    title: 'Wearable gait analysis after hip replacement',
    tags: ['orthopaedics', 'medtech'],
    care_pathway_step: 'rehabilitation',
    trl_min: 7,
    trl_max: 9,
    deadline: 25,
  },
  H: {
    title: 'Scheduling tumour boards across hospitals',
    tags: ['digital-medicine'],
    care_pathway_step: 'care_organisation',
    trl_min: 8,
    trl_max: 9,
    deadline: 35,
  },
  I: {
    title: 'Follow-up of cardiac devices by telemonitoring',
    tags: ['cardiology', 'digital-medicine'],
    care_pathway_step: 'monitoring',
    trl_min: 4,
    trl_max: 7,
    deadline: 30,
    state: 'evaluation',
  },
};
const KEYS = Object.keys(SPECS);

describe('filters, search and sorting', () => {
  let world: World;
  const id = {} as Record<string, string>;
  const keyOf = new Map<string, string>();
  const deadline = {} as Record<string, string>;
  let otherClusterId: string;
  let draftId: string;
  let slug: string;

  /** Our keys among the returned ids, in order (ids from elsewhere are kept as '?'). */
  const keys = (ids: string[]) => ids.map((i) => keyOf.get(i) ?? '?');
  const search = async (query: Query, token?: string) => keys(await listIds({ cluster: slug, ...query }, token));
  const where = (test: (spec: Spec) => boolean) => KEYS.filter((k) => test(SPECS[k]!));
  /** Expected keys in `newest` order: created last comes first. */
  const newestFirst = (selected: string[]) => [...selected].sort((a, b) => KEYS.indexOf(b) - KEYS.indexOf(a));

  beforeAll(async () => {
    world = await createWorld();
    slug = world.cluster.slug;
    const { clinician: owner, moderator } = world.users;
    // sequentially, so creation order (and so `newest`) is A … I
    for (const key of KEYS) {
      const { state, deadline: days, ...fields } = SPECS[key]!;
      id[key] = await openChallenge(owner, moderator, slug, { ...neutral, ...fields, deadline: inDays(days) });
      keyOf.set(id[key]!, key);
      if (state === 'evaluation') await step(owner, id[key]!, 'start_evaluation');
      const read = await must(api(`/api/v1/challenges/${id[key]}`));
      deadline[key] = read.body.deadline;
    }
    otherClusterId = await openChallenge(owner, world.users.other_moderator, world.otherCluster.slug, {
      ...neutral,
      title: 'Registry of gait laboratories in the other cluster',
    });
    draftId = (await createDraft(owner, slug, { ...neutral, title: 'Unsubmitted registry of gait data' })).id;

    // endorsements for most_endorsed: B 3, G 2, C 1, the rest 0
    const fans = await Promise.all([registerUser('solver'), registerUser('clinician'), registerUser('solver')]);
    await Promise.all([
      ...fans.map((fan) => endorse(fan, id.B!)),
      ...fans.slice(0, 2).map((fan) => endorse(fan, id.G!)),
      endorse(fans[0]!, id.C!),
    ]);
  });

  it('lists the whole cluster newest first, without the draft (which its owner finds by status)', async () => {
    expect(await search({})).toEqual(newestFirst(KEYS));
    expect(await search({}, world.users.solver.token)).toEqual(newestFirst(KEYS));
    expect(await listIds({ cluster: slug, status: 'draft' }, world.users.clinician.token)).toEqual([draftId]);
  });

  it('filters by status', async () => {
    expect(await search({ status: 'open' })).toEqual(newestFirst(where((s) => s.state !== 'evaluation')));
    expect(await search({ status: 'evaluation' })).toEqual(['I']);
    expect(await search({ status: 'decided' })).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'draft' }, world.users.clinician.token)).toEqual([draftId]);
  });

  it('filters by cluster', async () => {
    expect(await listIds({ cluster: world.otherCluster.slug })).toEqual([otherClusterId]);
    expect(await listIds({ cluster: 'no-such-cluster' })).toEqual([]);
    const everywhere = await walk({ limit: 100 });
    for (const key of KEYS) expect(everywhere).toContain(id[key]);
    expect(everywhere).toContain(otherClusterId);
  });

  it('filters by tag, case-insensitively', async () => {
    const digital = newestFirst(where((s) => s.tags.includes('digital-medicine')));
    expect(digital).toEqual(['I', 'H', 'C']);
    expect(await search({ tag: 'digital-medicine' })).toEqual(digital);
    expect(await search({ tag: 'Digital-Medicine' })).toEqual(digital);
    expect(await search({ tag: 'orthopaedics' })).toEqual(['G']);
    expect(await search({ tag: 'digital' })).toEqual([]);
    expect(await search({ tag: 'no-such-tag' })).toEqual([]);
  });

  it('filters by TRL: a TRL inside [trl_min, trl_max] matches, inclusive at both ends, outside does not', async () => {
    for (let trl = 1; trl <= 9; trl++) {
      const expected = newestFirst(where((s) => s.trl_min <= trl && trl <= s.trl_max));
      expect(await search({ trl }), `trl=${trl}`).toEqual(expected);
    }
    expect(await search({ trl: 1 })).toEqual(['F']);
    expect(await search({ trl: 5 })).toEqual(['I', 'E', 'B', 'A']);
    expect(await search({ trl: 9 })).toEqual(['H', 'G', 'C']);
  });

  it('filters by care-pathway step', async () => {
    for (const pathway of [
      'prevention',
      'screening',
      'diagnosis',
      'treatment',
      'monitoring',
      'rehabilitation',
      'care_organisation',
    ]) {
      const expected = newestFirst(where((s) => s.care_pathway_step === pathway));
      expect(await search({ pathway }), pathway).toEqual(expected);
    }
  });

  it('filters by deadline_before, as a date and as a date-time (strictly before)', async () => {
    // a date means midnight UTC of that day: deadlines in 5 and 10 days are before day 12
    expect((await search({ deadline_before: inDays(12).slice(0, 10) })).sort()).toEqual(['A', 'C']);
    expect(await search({ deadline_before: new Date().toISOString().slice(0, 10) })).toEqual([]);
    const e = new Date(deadline.E!).getTime();
    expect((await search({ deadline_before: deadline.E })).sort()).toEqual(['A', 'C']);
    expect((await search({ deadline_before: new Date(e + 1).toISOString() })).sort()).toEqual(['A', 'C', 'E']);
    // the same instant written with an offset: one second after E's deadline, at +02:00
    const plusTwo = new Date(e + 1000 + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect((await search({ deadline_before: plusTwo })).sort()).toEqual(['A', 'C', 'E']);
    const minusFive = new Date(e - 1000 - 5 * 3_600_000).toISOString().replace('Z', '-05:00');
    expect((await search({ deadline_before: minusFive })).sort()).toEqual(['A', 'C']);
  });

  it('combines filters', async () => {
    expect(await search({ tag: 'digital-medicine', pathway: 'care_organisation' })).toEqual(['H']);
    expect(await search({ trl: 9, pathway: 'rehabilitation' })).toEqual(['G']);
    expect(await search({ tag: 'digital-medicine', status: 'open' })).toEqual(['H', 'C']);
    expect(await search({ q: 'registry', trl: 5 })).toEqual(['E']);
    expect(await search({ q: 'registry', deadline_before: inDays(12).slice(0, 10) })).toEqual(['C']);
  });

  const SEARCHES: [string, string, string[]][] = [
    ['a word of the title', 'gait', ['G']],
    ['a word of the summary', 'calprotectin', ['D']],
    ['a word of the problem statement', 'nephelometry', ['E']],
    ['a word of the indication', 'lateralsklerose', ['F']],
    ['a tag', 'orthopaedics', ['G']],
    ['a word inside a hyphenated tag', 'omics', ['A']],
    ['upper case', 'CALPROTECTIN', ['D']],
    ['a German word without its umlaut', 'prazision', ['A']],
    ['a German word with its umlaut', 'Präzision', ['A']],
    ['a German word in capitals', 'PRÄZISION', ['A']],
    ['a prefix', 'pharmaco', ['B']],
    ['a prefix of an indication word', 'amyotro', ['F']],
    ['two words that both occur', 'gait hip', ['G']],
    ['two words that never occur together', 'gait sepsis', []],
    ['a word nobody wrote', 'xylophone', []],
    ['a word of a challenge in evaluation', 'telemonitoring', ['I']],
  ];
  for (const [what, q, expected] of SEARCHES) {
    it(`q finds ${what} ('${q}' → ${expected.join(', ') || 'nothing'})`, async () => {
      expect(await search({ q })).toEqual(expected);
    });
  }

  it('q searches only what the caller may see', async () => {
    // the unsubmitted draft also says "registry" and "gait"
    expect(await search({ q: 'unsubmitted' })).toEqual([]);
    expect(await listIds({ cluster: slug, q: 'unsubmitted' }, world.users.solver.token)).toEqual([]);
    expect(await listIds({ cluster: slug, q: 'unsubmitted', status: 'draft' }, world.users.solver.token)).toEqual([]);
    expect(await listIds({ cluster: slug, q: 'unsubmitted', status: 'draft' }, world.users.clinician.token)).toEqual([
      draftId,
    ]);
  });

  it('sorts by relevance when searching (title before summary before problem statement), also across pages', async () => {
    expect(await search({ q: 'registry' })).toEqual(['E', 'C', 'F']);
    expect(await search({ q: 'registry', sort: 'relevance' })).toEqual(['E', 'C', 'F']);
    expect(keys(await walk({ cluster: slug, q: 'registry', limit: 1 }))).toEqual(['E', 'C', 'F']);
  });

  it('sorts a search by deadline or newest when asked', async () => {
    expect(await search({ q: 'registry', sort: 'deadline' })).toEqual(['C', 'E', 'F']);
    expect(await search({ q: 'registry', sort: 'newest' })).toEqual(['F', 'E', 'C']);
  });

  it('sorts by newest, deadline and most_endorsed', async () => {
    expect(await search({ sort: 'newest' })).toEqual(newestFirst(KEYS));
    const byDeadline = [...KEYS].sort((a, b) => SPECS[a]!.deadline - SPECS[b]!.deadline);
    expect(byDeadline).toEqual(['C', 'A', 'E', 'B', 'G', 'I', 'H', 'D', 'F']);
    expect(await search({ sort: 'deadline' })).toEqual(byDeadline);
    const unendorsed = newestFirst(KEYS).filter((k) => !['B', 'G', 'C'].includes(k));
    expect(unendorsed).toEqual(['I', 'H', 'F', 'E', 'D', 'A']);
    expect(await search({ sort: 'most_endorsed' })).toEqual(['B', 'G', 'C', ...unendorsed]);
    const counts = (await list({ cluster: slug, sort: 'most_endorsed' })).body.data.map(
      (c: { endorsement_count: number }) => c.endorsement_count,
    );
    expect(counts).toEqual([3, 2, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps each sort when paging with limit=2', async () => {
    for (const sort of ['newest', 'deadline', 'most_endorsed']) {
      const paged = keys(await walk({ cluster: slug, sort, limit: 2 }));
      expect(paged, sort).toEqual(await search({ sort }));
    }
  });

  it('refuses sort=relevance without q with 400 naming sort', async () => {
    const res = await list({ sort: 'relevance' });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('sort');
    const blank = await list({ sort: 'relevance', q: '   ' });
    expect(isProblem(blank, 400, 'validation_failed')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. FTS syntax typed by users is never syntax
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// 4. Bad query input
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// 5. Cursor pages walk every item exactly once while items are inserted
// ---------------------------------------------------------------------------------------------

describe('pagination under concurrent inserts', () => {
  let world: World;
  const sharedDeadline = inDays(20);

  beforeAll(async () => {
    world = await createWorld();
  });

  const openOne = (slug: string, days: number | string, title = 'Paged challenge for the cursor walk') =>
    openChallenge(world.users.clinician, world.users.moderator, slug, {
      title,
      deadline: typeof days === 'string' ? days : inDays(days),
    });

  /** A cluster of 11 open challenges, 4 of them sharing one deadline (ties broken by id). */
  async function seed(slug: string) {
    const before: string[] = [];
    for (const days of [3, 40, sharedDeadline, 9, sharedDeadline, 15, sharedDeadline, 30, 2, sharedDeadline, 50]) {
      before.push(await openOne(slug, days));
    }
    return before;
  }

  const DEADLINES_DURING_WALK: (number | string)[] = [1, sharedDeadline, 60, 10, sharedDeadline, 4, 45, 25];

  for (const sort of ['newest', 'deadline'] as const) {
    it(`sort=${sort}, limit=3: sees every earlier challenge exactly once, and no id twice`, async () => {
      // each walk gets its own cluster so the other walk's inserts do not count as "earlier"
      const admin = world.users.admin;
      const cluster = await must(
        api('/api/v1/clusters', {
          token: admin.token,
          body: {
            slug: `paging-${sort}-${crypto.randomUUID().slice(0, 6)}`,
            name: `Paging ${sort}`,
            region: 'Test region',
            country: 'DE',
            description: 'For the cursor walk.',
          },
        }),
        201,
      );
      await must(
        api(`/api/v1/clusters/${cluster.body.slug}/moderators/${world.users.moderator.id}`, {
          method: 'PUT',
          token: admin.token,
        }),
      );
      const slug: string = cluster.body.slug;
      const before = await seed(slug);
      const inserted: string[] = [];
      let next = 0;
      const seen = await walk({ cluster: slug, sort, limit: 3 }, undefined, async () => {
        const days = DEADLINES_DURING_WALK[next++ % DEADLINES_DURING_WALK.length]!;
        inserted.push(await openOne(slug, days, 'Inserted while a client was paging'));
      });
      expect(new Set(seen).size, 'no id is repeated').toBe(seen.length);
      for (const id of before)
        expect(
          seen.filter((s) => s === id),
          id,
        ).toHaveLength(1);
      expect(inserted.length).toBeGreaterThan(2);
      for (const id of seen) expect([...before, ...inserted]).toContain(id);
      // the walk's order is the sort's order
      const rows = await env.DB.prepare(
        `SELECT id, deadline FROM challenges WHERE id IN (${seen.map(() => '?').join(',')})`,
      )
        .bind(...seen)
        .all<{ id: string; deadline: string }>();
      const deadlineOf = new Map(rows.results.map((r) => [r.id, r.deadline]));
      const expectedOrder =
        sort === 'newest'
          ? [...seen].sort((a, b) => (a < b ? 1 : -1))
          : [...seen].sort((a, b) => {
              const da = deadlineOf.get(a)!;
              const db = deadlineOf.get(b)!;
              return da === db ? (a < b ? -1 : 1) : da < db ? -1 : 1;
            });
      expect(seen).toEqual(expectedOrder);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 6. ETags and caching
// ---------------------------------------------------------------------------------------------

describe('ETags and caching', () => {
  let world: World;
  let id: string;
  beforeAll(async () => {
    world = await createWorld();
    id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  });

  const detail = (headers: Record<string, string> = {}, token?: string) =>
    api(`/api/v1/challenges/${id}`, { headers, token });
  const clusterList = (headers: Record<string, string> = {}, token?: string) =>
    list({ cluster: world.cluster.slug }, token, headers);

  for (const [what, read] of [
    ['detail', detail],
    ['list', clusterList],
  ] as const) {
    it(`anonymous ${what}: ETag, public max-age=60, and 304 with an empty body for If-None-Match`, async () => {
      const first = await read();
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(what === 'detail' ? /^"v\d+-[0-9a-f]+"$/ : /^"[0-9a-f]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const again = await read();
      expect(again.headers.get('etag')).toBe(etag);

      for (const header of [etag, `W/${etag}`, `"something-else", ${etag}`]) {
        const cached = await read({ 'if-none-match': header });
        expect(cached.status, header).toBe(304);
        expect(cached.body).toBeNull();
        expect(cached.headers.get('etag')).toBe(etag);
        expect(cached.headers.get('cache-control')).toBe('public, max-age=60');
      }
      const other = await read({ 'if-none-match': '"not-the-etag"' });
      expect(other.status).toBe(200);
      expect(other.body).toEqual(first.body);
    });

    it(`signed-in ${what}: private, no-cache (bearer and cookie)`, async () => {
      const { solver } = world.users;
      const byToken = await read({}, solver.token);
      expect(byToken.status).toBe(200);
      expect(byToken.headers.get('cache-control')).toBe('private, no-cache');
      expect(byToken.headers.get('etag')).toBeTruthy();
      expect(byToken.headers.get('vary') ?? '').toMatch(/authorization/i);
      const byCookie = await read({ cookie: solver.cookie });
      expect(byCookie.status).toBe(200);
      expect(byCookie.headers.get('cache-control')).toBe('private, no-cache');
      const revalidated = await read({ 'if-none-match': byToken.headers.get('etag')! }, solver.token);
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('cache-control')).toBe('private, no-cache');
    });
  }

  it('changes the ETag of detail and list when an endorsement changes the count', async () => {
    const detailBefore = await detail();
    const listBefore = await clusterList();
    await endorse(world.users.solver, id);

    const detailAfter = await detail({ 'if-none-match': detailBefore.headers.get('etag')! });
    expect(detailAfter.status).toBe(200);
    expect(detailAfter.body.endorsement_count).toBe(detailBefore.body.endorsement_count + 1);
    expect(detailAfter.headers.get('etag')).not.toBe(detailBefore.headers.get('etag'));
    // the version did not change, so the ETag still works as If-Match
    expect(detailAfter.headers.get('etag')).toMatch(new RegExp(`^"v${detailBefore.body.version}-`));

    const listAfter = await clusterList({ 'if-none-match': listBefore.headers.get('etag')! });
    expect(listAfter.status).toBe(200);
    expect(listAfter.headers.get('etag')).not.toBe(listBefore.headers.get('etag'));
    expect(listAfter.body.data.find((c: { id: string }) => c.id === id).endorsement_count).toBe(
      detailAfter.body.endorsement_count,
    );

    // and back: withdrawing changes the count, and so the ETag, again
    await must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'DELETE', token: world.users.solver.token }));
    const withdrawn = await detail({ 'if-none-match': detailAfter.headers.get('etag')! });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.endorsement_count).toBe(detailBefore.body.endorsement_count);
  });

  it('changes the ETag when a question is asked', async () => {
    const before = await detail();
    await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: world.users.solver.token,
        body: { body: 'Is retrospective data available for validation?' },
      }),
      201,
    );
    const after = await detail({ 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.body.question_count).toBe(before.body.question_count + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Query budget
// ---------------------------------------------------------------------------------------------

describe('D1 query budget of read paths', () => {
  let world: World;
  let detailId: string;
  let slug: string;
  let cursor: string;

  beforeAll(async () => {
    world = await createWorld();
    slug = world.cluster.slug;
    const { clinician, moderator, solver } = world.users;
    // enough open challenges that limit=50 fills a page, each with tags and criteria
    await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        openChallenge(clinician, moderator, slug, {
          title: `Budget challenge number ${i} on biomarker triage`,
          tags: ['biomarkers', `budget-${i}`, 'digital-medicine'],
          deadline: inDays(10 + i),
        }),
      ),
    );
    detailId = await openChallenge(clinician, moderator, slug, { title: 'Budget detail with questions' });
    for (let i = 0; i < 4; i++) {
      const q = await must(
        api(`/api/v1/challenges/${detailId}/questions`, {
          token: solver.token,
          body: { body: `Budget question number ${i}, asked for counting?` },
        }),
        201,
      );
      await must(
        api(`/api/v1/challenges/${detailId}/questions/${q.body.id}/answer`, {
          token: clinician.token,
          body: { answer: `Answer ${i}.` },
        }),
      );
    }
    await endorse(solver, detailId);
    cursor = (await must(list({ cluster: slug, limit: 5 }))).body.next_cursor;
  });

  interface Read {
    what: string;
    path: (limit: number) => string;
    /** The page is full at limit=1 and limit=50, so the page size really varies. */
    fills?: boolean;
  }
  const listPath = (query: Query) => `/api/v1/challenges${queryString(query)}`;
  const READS: Read[] = [
    { what: 'list', path: (limit) => listPath({ limit }), fills: true },
    { what: 'list of a cluster', path: (limit) => listPath({ cluster: slug, limit }), fills: true },
    {
      what: 'list with every filter',
      path: (limit) =>
        listPath({
          cluster: slug,
          status: 'open',
          tag: 'biomarkers',
          trl: 5,
          pathway: 'diagnosis',
          deadline_before: inDays(400),
          sort: 'deadline',
          limit,
        }),
      fills: true,
    },
    { what: 'list with q', path: (limit) => listPath({ q: 'biomarker triage', limit }), fills: true },
    {
      what: 'list with q and filters',
      path: (limit) =>
        listPath({ q: 'budget', cluster: slug, tag: 'digital-medicine', trl: 4, sort: 'most_endorsed', limit }),
      fills: true,
    },
    { what: 'list from a cursor', path: (limit) => listPath({ cluster: slug, cursor, limit }), fills: true },
    { what: 'detail', path: () => `/api/v1/challenges/${detailId}` },
  ];
  const CALLERS = ['anonymous', 'solver (bearer)', 'owner (bearer)', 'admin (bearer)', 'solver (cookie)'] as const;
  const authOf = (caller: (typeof CALLERS)[number]): { token?: string; cookie?: string } => {
    const { solver, clinician, admin } = world.users;
    if (caller === 'anonymous') return {};
    if (caller === 'solver (cookie)') return { cookie: solver.cookie };
    return { token: { 'solver (bearer)': solver, 'owner (bearer)': clinician, 'admin (bearer)': admin }[caller].token };
  };

  for (const { what, path, fills } of READS) {
    for (const caller of CALLERS) {
      it(`${what} as ${caller}: at most 2 D1 calls for limit=1 and limit=50 (and for its 304)`, async () => {
        const auth = authOf(caller);
        for (const limit of [1, 50]) {
          const res = await api(path(limit), auth);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          if (fills) expect(res.body.data.length).toBe(limit);
          expect(d1Calls(res), `${what} limit=${limit}`).toBeLessThanOrEqual(2);
          const cached = await api(path(limit), { ...auth, headers: { 'if-none-match': res.headers.get('etag')! } });
          expect(cached.status).toBe(304);
          expect(d1Calls(cached), `${what} limit=${limit} (304)`).toBeLessThanOrEqual(2);
        }
      });
    }
  }

  it('questions of a challenge: the same number of D1 calls whatever the page size', async () => {
    // Not one of the budgeted read paths: loading the challenge and its questions are two queries,
    // plus the session lookup when signed in. What matters here is that it does not grow with the page.
    for (const caller of CALLERS) {
      const calls = [];
      for (const limit of [1, 2, 50]) {
        const res = await api(`/api/v1/challenges/${detailId}/questions${queryString({ limit })}`, authOf(caller));
        expect(res.status).toBe(200);
        expect(res.body.data).toHaveLength(Math.min(limit, 4));
        calls.push(d1Calls(res));
      }
      expect(new Set(calls).size, `${caller}: ${calls.join(', ')}`).toBe(1);
      expect(calls[0]).toBeLessThanOrEqual(3);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 8. The detail view
// ---------------------------------------------------------------------------------------------

describe('the detail view', () => {
  let world: World;
  let id: string;
  let questionIds: string[];
  const criteria = [
    { key: 'patient_benefit', label: 'Patient benefit', weight: 50 },
    { key: 'cost', label: 'Cost', weight: 20 },
    { key: 'ai_readiness', label: 'AI readiness', weight: 30 },
  ];
  const NOTE = 'Please state the expected number of patients per year.';

  beforeAll(async () => {
    world = await createWorld();
    const { clinician: owner, moderator, solver, evaluator } = world.users;
    const draft = await createDraft(owner, world.cluster.slug, {
      title: 'Detail view challenge with custom criteria',
      criteria,
      tags: ['radiomics', 'imaging', 'biomarkers', 'ai'],
    });
    id = draft.id;
    await step(owner, id, 'submit');
    await step(moderator, id, 'request_changes', NOTE);
    await step(owner, id, 'submit');
    await step(moderator, id, 'approve');
    const first = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: solver.token,
        body: { body: 'Which PACS vendor does the hospital use?' },
      }),
      201,
    );
    const second = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: solver.token,
        body: { body: 'Is there a budget for the pilot phase?' },
      }),
      201,
    );
    questionIds = [first.body.id, second.body.id];
    await must(
      api(`/api/v1/challenges/${id}/questions/${first.body.id}/answer`, {
        token: owner.token,
        body: { answer: 'We use a vendor-neutral archive with DICOMweb.' },
      }),
    );
    await endorse(solver, id);
    await endorse(evaluator, id);
  });

  for (const role of ROLES) {
    it(`shows criteria, sorted tags, counts and Q&A to ${role}; moderator_note ${
      INSIDERS.includes(role) ? 'shown' : 'null'
    }`, async () => {
      const res = await api(`/api/v1/challenges/${id}`, { token: world.token(role) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body;
      expect(body.criteria).toEqual(criteria);
      expect(body.tags).toEqual(['ai', 'biomarkers', 'imaging', 'radiomics']);
      expect(body).toMatchObject({
        status: 'open',
        version: 5,
        cluster: { slug: world.cluster.slug },
        owner: { id: world.users.clinician.id },
        endorsement_count: 2,
        endorsed_by_me: role === 'solver' || role === 'evaluator',
        question_count: 2,
      });
      expect(body.questions).toEqual([
        {
          id: questionIds[0],
          body: 'Which PACS vendor does the hospital use?',
          answer: 'We use a vendor-neutral archive with DICOMweb.',
          asked_at: expect.any(String),
          answered_at: expect.any(String),
          asked_by_me: role === 'solver',
        },
        {
          id: questionIds[1],
          body: 'Is there a budget for the pilot phase?',
          answer: null,
          asked_at: expect.any(String),
          answered_at: null,
          asked_by_me: role === 'solver',
        },
      ]);
      expect(body.moderator_note).toBe(INSIDERS.includes(role) ? NOTE : null);
      for (const field of ['created_at', 'updated_at', 'submitted_at', 'published_at', 'deadline']) {
        expect(body[field], field).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      }

      const questions = await api(`/api/v1/challenges/${id}/questions`, { token: world.token(role) });
      expect(questions.status).toBe(200);
      expect(questions.body.data).toEqual(body.questions);

      const listed = await list({ cluster: world.cluster.slug }, world.token(role));
      const summary = listed.body.data.find((c: { id: string }) => c.id === id);
      expect(summary).toMatchObject({ tags: body.tags, endorsement_count: 2, title: body.title });
      expect(summary).not.toHaveProperty('moderator_note');
    });
  }

  it('hides the questions with the challenge: a hidden challenge 404s its questions too', async () => {
    const other = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    await must(
      api(`/api/v1/challenges/${other}/questions`, {
        token: world.users.solver.token,
        body: { body: 'A question on a challenge that will be hidden.' },
      }),
      201,
    );
    await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), other)
      .run();
    expect((await api(`/api/v1/challenges/${other}/questions`)).status).toBe(404);
    expect((await api(`/api/v1/challenges/${other}/questions`, { token: world.users.solver.token })).status).toBe(404);
    expect((await api(`/api/v1/challenges/${other}/questions`, { token: world.users.moderator.token })).status).toBe(
      200,
    );
  });
});
