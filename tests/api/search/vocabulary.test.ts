import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ftsSearch, toFtsQuery } from '../../../worker/domain/challenges/search';
import { VOCABULARY } from '../../../worker/domain/challenges/vocabulary';

// The clinical vocabulary itself: complete in four languages, unambiguous, and safe to put into
// an FTS5 query. Searches over HTTP are in across-languages.test.ts and demo-world.test.ts.

const LANGUAGES = ['en', 'de', 'it', 'ro'] as const;
const termsOf = (concept: (typeof VOCABULARY)[number]) => [
  ...LANGUAGES.flatMap((language) => concept[language]),
  ...(concept.codes ?? []),
];
/** A term as a person would type it: without the stem marks. */
const typed = (term: string) => term.replaceAll('*', '');
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const matching = (query: string) =>
  env.DB.prepare('SELECT count(*) AS n FROM challenges_fts WHERE challenges_fts MATCH ?').bind(query);
/** Runs FTS5 queries against the real index, in one batch: a syntax error throws. */
const runs = (queries: string[]) => env.DB.batch(queries.map(matching));
/** What a query says outside its quoted words: only the operators we write. */
const syntaxOf = (query: string) => query.replace(/"[^"]*"/g, 'W');

describe('the clinical vocabulary', () => {
  it('has a few dozen concepts, each named once and with terms in English, German, Italian and Romanian', () => {
    expect(VOCABULARY.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VOCABULARY.map((c) => c.id)).size).toBe(VOCABULARY.length);
    for (const concept of VOCABULARY) {
      for (const language of LANGUAGES)
        expect(concept[language].length, `${concept.id} in ${language}`).toBeGreaterThan(0);
    }
  });

  it('spells terms with letters, digits, spaces, hyphens and apostrophes only; stems of four letters or more', () => {
    for (const concept of VOCABULARY) {
      for (const term of termsOf(concept)) {
        expect(term, concept.id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} '’-]*\*?(?: [\p{L}\p{N}'’-]+\*?)*$/u);
        // ß is not folded to "ss" by the index's tokenizer: a term with it would only find itself.
        expect(term, concept.id).not.toContain('ß');
        for (const stem of term.match(/[\p{L}\p{N}]+(?=\*)/gu) ?? [])
          expect(stem.length, term).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('gives each term to one concept only: typing a term recognises its own concept and no other', () => {
    const owner = new Map<string, string>();
    for (const concept of VOCABULARY) {
      for (const term of termsOf(concept)) {
        const key = fold(term);
        expect(owner.get(key) ?? concept.id, `"${term}" is in ${owner.get(key)} and ${concept.id}`).toBe(concept.id);
        owner.set(key, concept.id);
        expect(ftsSearch(typed(term)).concepts, `"${typed(term)}"`).toEqual([concept.id]);
      }
    }
  });

  it('makes a valid FTS5 query of every term, alone and next to other words', async () => {
    for (const concept of VOCABULARY) {
      const queries = termsOf(concept).flatMap((term) => [
        toFtsQuery(typed(term)),
        toFtsQuery(`new ${typed(term)} 2025`),
      ]);
      for (const query of queries) expect(syntaxOf(query), query).toMatch(/^[W()* ]*(?:(?:AND|OR) [W()* ]*)*$/);
      await expect(runs(queries), concept.id).resolves.toHaveLength(queries.length);
    }
    // Some 900 FTS5 queries: 7 s on a quiet machine, past the default 20 s on a loaded one; in
    // clean-clone CI runs 46 s and then 99 s. The runtime is shared by many files in turn, and
    // emptying the FTS table between them (tests/setup/apply-migrations.ts) likely leaves segments
    // to merge; until that is looked into, room for twice the slowest run.
  }, 200_000);
});

describe('widening a search with the vocabulary', () => {
  it('keeps what was typed and adds the other terms of its concept, in every language', () => {
    const { match, exact, concepts } = ftsSearch('tumor');
    expect(concepts).toEqual(['tumour']);
    expect(match.startsWith('("tumor"* OR ')).toBe(true);
    expect(match).toContain('"tumour"*');
    expect(match).toContain('"geschwulst"*');
    expect(exact).toBe('"tumor"*');
  });

  it('reads the longest term first, and skips articles and prepositions inside it', () => {
    expect(ftsSearch('cancer pulmonar fără celule mici').concepts).toEqual(['non-small cell lung cancer']);
    expect(ftsSearch('cancer pulmonar').concepts).toEqual(['lung cancer']);
    expect(ftsSearch('cancro al polmone').concepts).toEqual(['lung cancer']);
    expect(ftsSearch('cancro polmone').concepts).toEqual(['lung cancer']);
    expect(ftsSearch('Cancerul de sân').concepts).toEqual(['breast cancer']);
    expect(ftsSearch('MRT Lungenkrebs Screening').concepts).toEqual([
      'magnetic resonance imaging',
      'lung cancer',
      'screening',
    ]);
  });

  it('leaves words outside the vocabulary as they were: quoted, prefix-matched, all required', () => {
    const { match, exact, concepts } = ftsSearch('gait hip');
    expect(match).toBe('"gait"* AND "hip"*');
    expect(exact).toBeUndefined();
    expect(concepts).toEqual([]);
  });

  it('matches short vocabulary words whole, so an acronym does not find every word that starts with it', () => {
    expect(ftsSearch('CT').match.startsWith('("CT" OR ')).toBe(true);
    expect(ftsSearch('KI').exact).toBe('"KI"');
  });

  it('keeps FTS syntax typed around vocabulary words as text', async () => {
    const typedSyntax = ['tumor" OR *', 'NEAR(lung cancer)', 'title:Lungenkrebs', '-tumour ^CT', '"lung cancer"*'];
    const queries = typedSyntax.map(toFtsQuery);
    for (const query of queries) expect(syntaxOf(query), query).toMatch(/^[W()* ]*(?:(?:AND|OR) [W()* ]*)*$/);
    expect(queries[1]!.startsWith('"NEAR"* AND (')).toBe(true);
    expect(queries[2]!.startsWith('"title"* AND (')).toBe(true);
    await expect(runs(queries)).resolves.toHaveLength(queries.length);
  });
});
