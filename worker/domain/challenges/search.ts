import { DomainError } from '../errors';

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 12;

/**
 * Turns what a person typed into a safe FTS5 query: words only, each quoted (so `"`, `*`, `-`,
 * `NEAR`, `AND` are plain text, never syntax) and prefix-matched; all words must occur.
 */
export function toFtsQuery(input: string): string {
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
  return words.map((word) => `"${word}"*`).join(' ');
}

/** bm25 weights per FTS column: title, summary, problem_statement, indication, tags. */
export const BM25_WEIGHTS = [10, 5, 2, 5, 3] as const;
