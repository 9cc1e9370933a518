import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { listChallenges } from '../../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../../worker/domain/challenges/list.query';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, d1Stats, must } from '../../helpers/http';
import { planOf, recordingD1 } from '../../helpers/query-plan';
import { list, listIds, neutral, walk } from '../challenges/fixtures';

// Marco searches in his words; challenges are written in others. Issue 12: "tumor" must find
// "tumour", "lung cancer" the Romanian challenge, "Lungenkrebs" the English one, with the words
// as typed ranked first, and saved searches must match the same way.

/** Each challenge has its one clinical phrase in one field; the other fields say nothing medical. */
const SPECS = {
  /** British spelling, in the title (weighs most). */
  GB: { title: 'Tumour boards for rare sarcomas across three hospitals' },
  /** American spelling, in the problem statement (weighs least). */
  US: { title: 'Faster second opinions', problem_statement: 'Slides of every tumor are scanned before the board.' },
  /** Romanian, as in the demo world. */
  RO: {
    title: 'Timp de răspuns mai scurt pentru testele companion în cancerul pulmonar',
    indication: 'Cancer pulmonar fără celule mici, stadiu avansat',
  },
  /** English, "lung" and "cancer" in different fields, as the demo world's nodule challenge. */
  EN: {
    title: 'Triage of incidental nodules on routine chest scans',
    summary: 'Incidental lung nodules are often reported but never followed up.',
    problem_statement: 'The finding is buried in a report on the staging of another cancer.',
  },
  /** German. */
  DE: { title: 'Früherkennung von Lungenkrebs bei Rauchern in der Hausarztpraxis' },
  /** Italian. */
  IT: { title: 'Percorso diagnostico più rapido per il tumore del polmone' },
  /** An acronym, and a word that starts with it. */
  CT: { title: 'Dose reduction for chest CT in children' },
  CTDNA: { title: 'Serial ctDNA after surgery' },
} satisfies Record<string, Record<string, string>>;
type Key = keyof typeof SPECS;

describe('search across languages and spellings', () => {
  let world: World;
  const id = {} as Record<Key, string>;
  const keyOf = new Map<string, string>();
  const keys = (ids: string[]) => ids.map((i) => keyOf.get(i) ?? '?');
  const search = async (q: string, extra: Record<string, string | number> = {}) =>
    keys(await listIds({ cluster: world.cluster.slug, q, ...extra }));

  beforeAll(async () => {
    world = await createWorld();
    for (const key of Object.keys(SPECS) as Key[]) {
      id[key] = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
        ...neutral,
        tags: ['care-organisation'],
        indication: 'Adults in the catchment area',
        ...SPECS[key],
      });
      keyOf.set(id[key], key);
    }
  });

  it('"tumor" finds "tumour" (and the Italian "tumore"), the words as typed first', async () => {
    // IT and US have "tumor…" as typed (title before problem statement); GB only "tumour", though in its title.
    expect(await search('tumor')).toEqual(['IT', 'US', 'GB']);
  });

  it('"tumour" finds "tumor", the words as typed first', async () => {
    expect(await search('tumour')).toEqual(['GB', 'IT', 'US']);
    expect(await search('Tumours')).toEqual(['GB', 'IT', 'US']);
  });

  it('"lung cancer" finds the Romanian, German and Italian challenges after the English one', async () => {
    const found = await search('lung cancer');
    expect(found[0]).toBe('EN');
    expect(found.slice(1).sort()).toEqual(['DE', 'IT', 'RO']);
  });

  it('"Lungenkrebs" finds the English, Romanian and Italian challenges after the German one', async () => {
    const found = await search('Lungenkrebs');
    expect(found[0]).toBe('DE');
    expect(found.slice(1).sort()).toEqual(['EN', 'IT', 'RO']);
    expect((await search('lungenkrebs'))[0]).toBe('DE');
  });

  it('"cancer pulmonar" and "cancro del polmone" find the same challenges, each its own first', async () => {
    const ro = await search('cancer pulmonar');
    expect(ro[0]).toBe('RO');
    expect([...ro].sort()).toEqual(['DE', 'EN', 'IT', 'RO']);
    const it = await search('tumore del polmone');
    expect(it[0]).toBe('IT');
    expect([...it].sort()).toEqual(['DE', 'EN', 'IT', 'RO']);
  });

  it('the narrower term finds the broader wording in another language: NSCLC finds "cancer pulmonar fără celule mici"', async () => {
    expect(await search('NSCLC')).toEqual(['RO']);
    expect(await search('non-small cell lung cancer')).toEqual(['RO']);
  });

  it('keeps other words required: a widened term and a word nobody wrote find nothing', async () => {
    expect(await search('Lungenkrebs xylophone')).toEqual([]);
    expect(await search('tumour sarcomas')).toEqual(['GB']);
    expect(await search('tumor sarcomas')).toEqual(['GB']);
  });

  it('matches an acronym whole: "CT" does not find "ctDNA"', async () => {
    expect(await search('CT')).toEqual(['CT']);
    expect(await search('ctDNA')).toEqual(['CTDNA']);
  });

  it('keeps the relevance order across pages, also where the widened matches begin', async () => {
    for (const q of ['tumor', 'tumour', 'Lungenkrebs', 'lung cancer']) {
      const onePage = await search(q);
      for (const limit of [1, 2]) {
        expect(keys(await walk({ cluster: world.cluster.slug, q, limit })), `${q}, limit ${limit}`).toEqual(onePage);
      }
    }
  });

  it('costs what a search without the vocabulary costs: one statement', async () => {
    const plain = d1Stats(await must(list({ cluster: world.cluster.slug, q: 'sarcomas' })));
    const widened = d1Stats(await must(list({ cluster: world.cluster.slug, q: 'lung cancer tumour CT' })));
    expect(widened).toEqual(plain);
  });

  it('reads the full-text index for the widened query and for the words as typed, never the whole table', async () => {
    const { d1, statements } = recordingD1();
    const query = ChallengeListQuerySchema.parse({ q: 'Lungenkrebs', cluster: world.cluster.slug });
    await listChallenges(createDb(d1), query, undefined);
    expect(statements).toHaveLength(1);
    const details = await planOf(statements[0]!);
    const shown = details.join('\n');
    // Every read of the full-text table is a MATCH (FTS5 plans it as index 0:M), none reads it whole.
    const fts = details.filter((d) => d.includes('VIRTUAL TABLE'));
    expect(fts.length, shown).toBeGreaterThanOrEqual(2);
    for (const step of fts) expect(step, shown).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    // The words as typed are an uncorrelated list, built once per statement rather than once per row.
    details.forEach((step, i) => {
      if (step.startsWith('SCAN typed')) expect(details[i - 1], shown).toMatch(/^LIST SUBQUERY/);
    });
    expect(
      details.filter((d) => /^SCAN (challenges|clusters|organizations)\b/.test(d)),
      shown,
    ).toEqual([]);
  });

  it('saved searches widen the same way: a new Romanian challenge reaches whoever saved "Lungenkrebs"', async () => {
    const fan = await registerUser('solver');
    await must(
      api('/api/v1/me/saved-searches', { token: fan.token, body: { q: 'Lungenkrebs', name: 'Lungenkrebs' } }),
      201,
    );
    await must(
      api('/api/v1/me/saved-searches', { token: fan.token, body: { q: 'Hüftendoprothese', name: 'Hüfte' } }),
      201,
    );
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      ...neutral,
      title: 'Testare moleculară rapidă în cancerul pulmonar',
    });
    const inbox = (await must(api('/api/v1/me/notifications', { token: fan.token }))).body.data as {
      kind: string;
      challenge_id: string;
      params: { search: string };
    }[];
    const matches = inbox.filter((line) => line.kind === 'saved_search_match');
    expect(matches.map((line) => [line.challenge_id, line.params.search])).toEqual([[challenge, 'Lungenkrebs']]);
    // And the catalogue, asked the same, shows it too.
    expect(await listIds({ cluster: world.cluster.slug, q: 'Lungenkrebs' })).toContain(challenge);
  });
});
