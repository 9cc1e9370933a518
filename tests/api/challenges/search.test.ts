import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, inDays, openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { endorse, list, listIds, neutral, type Query, step, walk } from './fixtures';

// Filters, search and sorting on a fresh cluster.

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
    const fans = await Promise.all([registerUser('clinician'), registerUser('clinician'), registerUser('clinician')]);
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
