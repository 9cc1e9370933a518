import { DomainError } from '../errors';
import { VOCABULARY } from './vocabulary';

const WORD = /[\p{L}\p{N}]+/gu;
/** A vocabulary word, with `*` when it is a stem. */
const VOCABULARY_WORD = /([\p{L}\p{N}]+)(\*?)/gu;
const MAX_TERMS = 12;

/**
 * Articles, prepositions and conjunctions of the four languages. Inside a vocabulary term they are
 * not searched for ("cancro al polmone" is cancro AND polmone), and between the words of a term
 * someone typed they are skipped ("cancro del polmone" is that term too). Elsewhere what people
 * type is searched as typed.
 */
const STOPWORDS = new Set([
  ...['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'and', 'or', 'by'],
  ...['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'und', 'oder', 'mit', 'von'],
  ...['vom', 'zum', 'zur', 'im', 'am', 'bei'],
  ...['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'di', 'd', 'del', 'dello', 'della', 'dell', 'dei'],
  ...['degli', 'delle', 'al', 'allo', 'alla', 'all', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'nel'],
  ...['nella', 'nell', 'con', 'per', 'su', 'e', 'o'],
  ...['de', 'din', 'cu', 'si', 'sau', 'pe', 'ale', 'unui', 'unei', 'cel', 'cea'],
]);

/** Lower case without diacritics, as the FTS tokenizer (unicode61, remove_diacritics 2) compares words. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** One word of an FTS query: matched whole, or (prefix) as the start of a word. */
interface Token {
  text: string;
  prefix: boolean;
}
/** Words that must all occur (AND). */
type Alternative = Token[];

interface Term {
  concept: number;
  words: Token[];
}

/** A vocabulary term as tokens; articles and prepositions dropped unless the term is nothing else. */
function tokensOf(term: string): Token[] {
  const words = [...term.matchAll(VOCABULARY_WORD)].map(([, word = '', star]) => ({
    text: fold(word),
    prefix: star === '*',
  }));
  const meaningful = words.filter((word) => !STOPWORDS.has(word.text));
  return meaningful.length > 0 ? meaningful : words;
}

/** Every term of every concept, in the vocabulary's order. */
const allTerms = (): Term[] =>
  VOCABULARY.flatMap((concept, index) =>
    [...concept.en, ...concept.de, ...concept.it, ...concept.ro, ...(concept.codes ?? [])].map((term) => ({
      concept: index,
      words: tokensOf(term),
    })),
  );

/** Whether `token` (of the query) finds the word `word` (typed, or indexed). */
const finds = (token: Token, word: string) => (token.prefix ? word.startsWith(token.text) : word === token.text);

/** Docs that match `narrow` all match `broad` too: each word `broad` asks for is implied by one of `narrow`'s. */
const covers = (broad: Alternative, narrow: Alternative) =>
  broad.every((b) => narrow.some((n) => (b.prefix ? n.text.startsWith(b.text) : n.text === b.text && !n.prefix)));

/** The alternatives without those another one already finds (a shorter stem, a duplicate). */
function withoutRedundant(alternatives: Alternative[]): Alternative[] {
  return alternatives.filter((alternative, i) =>
    alternatives.every((other, j) => j === i || !covers(other, alternative) || (covers(alternative, other) && i < j)),
  );
}

/**
 * The vocabulary as the search reads it, worked out on the first search rather than when the Worker
 * starts (issue 17: about 20 ms of every cold start, for requests that mostly never search).
 * `terms`: the longest first, for reading what was typed ("cancer pulmonar fără celule mici" before
 * "cancer pulmonar"); `alternatives`: how each concept is searched for, every term of it once.
 */
let prepared: { terms: Term[]; alternatives: Alternative[][] } | undefined;
function vocabulary() {
  if (!prepared) {
    const all = allTerms();
    prepared = {
      terms: [...all].sort((a, b) => b.words.length - a.words.length),
      alternatives: VOCABULARY.map((_, index) =>
        withoutRedundant(all.filter((term) => term.concept === index).map((term) => term.words)),
      ),
    };
  }
  return prepared;
}

/**
 * The term of the vocabulary that starts at word `start` of what was typed (the longest one), and
 * where it ends; articles and prepositions between its words are skipped.
 */
function termAt(typed: string[], start: number): { concept: number; end: number } | undefined {
  for (const term of vocabulary().terms) {
    let at = start;
    const fits = term.words.every((token, k) => {
      if (k > 0) {
        while (at < typed.length && STOPWORDS.has(typed[at]!) && !finds(token, typed[at]!)) at++;
      }
      if (at >= typed.length || !finds(token, typed[at]!)) return false;
      at++;
      return true;
    });
    if (fits) return { concept: term.concept, end: at };
  }
  return undefined;
}

const phrase = (token: Token) => `"${token.text}"${token.prefix ? '*' : ''}`;
const all = (tokens: Alternative) =>
  tokens.length === 1 ? phrase(tokens[0]!) : `(${tokens.map(phrase).join(' AND ')})`;
const any = (alternatives: Alternative[]) =>
  alternatives.length === 1 ? all(alternatives[0]!) : `(${alternatives.map(all).join(' OR ')})`;

/** What a search asks the full-text index. */
export interface FtsSearch {
  /** The query: every word typed, each vocabulary term widened to its concept's other terms. */
  match: string;
  /** The words as typed (all must occur), when `match` widened them: what ranks first. */
  exact: string | undefined;
  /** The vocabulary concepts recognised in what was typed (their ids). */
  concepts: string[];
  /**
   * `match` with every word whole, none as the start of a longer one: what it finds `match` finds
   * too, and it is cheap to read for a common word (a prefix reads every word it starts).
   */
  whole: string;
}

/**
 * Turns what a person typed into a safe FTS5 query. Words only, each quoted (so `"`, `*`, `-`,
 * `NEAR`, `AND` are plain text, never syntax) and prefix-matched; all words must occur. A word or
 * words that are a term of the clinical vocabulary (vocabulary.ts) may also occur as any other
 * term of the same concept: "tumor" is `("tumor"* OR "tumour"* OR …)`, "lung cancer" is
 * `(("lung"* AND "cancer"*) OR ("cancer"* AND "pulmonar"*) OR "lungenkrebs" OR …)`. What was
 * typed stays one of the alternatives, so widening only ever adds matches.
 */
export function ftsSearch(input: string): FtsSearch {
  const words = input.match(WORD)?.slice(0, MAX_TERMS) ?? [];
  if (words.length === 0) {
    throw new DomainError(
      'validation_failed',
      'The search has no words in it. Search for at least one word or number.',
      {
        errors: [{ path: 'q', message: 'Needs at least one letter or digit.' }],
      },
    );
  }
  const typed = words.map(fold);
  const groups: Alternative[][] = [];
  const concepts: string[] = [];
  for (let start = 0; start < words.length; ) {
    const term = termAt(typed, start);
    const end = term?.end ?? start + 1;
    // As typed (not folded: the tokenizer folds it as it folded the indexed text); the short words
    // of a vocabulary term are whole words, so "CT" does not find "ctDNA", nor "KI" "kidney".
    const asTyped = words.slice(start, end).map((text) => ({ text, prefix: !term || text.length > 3 }));
    if (term) {
      concepts.push(VOCABULARY[term.concept]!.id);
      // The concept's other terms; not those the words as typed find anyway ("tumor"* finds "tumore").
      const folded = asTyped.map((token) => ({ ...token, text: fold(token.text) }));
      groups.push([
        asTyped,
        ...vocabulary().alternatives[term.concept]!.filter((alternative) => !covers(folded, alternative)),
      ]);
    } else {
      groups.push([asTyped]);
    }
    start = end;
  }
  const match = groups.map(any).join(' AND ');
  const exact = groups.map(([asTyped]) => asTyped!.map(phrase).join(' AND ')).join(' AND ');
  const whole = groups
    .map((alternatives) => any(alternatives.map((tokens) => tokens.map((token) => ({ ...token, prefix: false })))))
    .join(' AND ');
  return { match, exact: concepts.length > 0 ? exact : undefined, concepts, whole };
}

/** The FTS5 query for what a person typed (saved searches keep it, so they match as the catalogue does). */
export const toFtsQuery = (input: string): string => ftsSearch(input).match;

/** bm25 weights per FTS column: title, summary, problem_statement, indication, tags. */
export const BM25_WEIGHTS = [10, 5, 2, 5, 3] as const;
