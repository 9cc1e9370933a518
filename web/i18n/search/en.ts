// The search messages in English, the source language (see web/i18n/part.ts).
export const enSearch = {
  // The catalogue's first sort option: sends no sort, so a search is ranked by relevance (the
  // words as typed first, then the same terms in the other languages) and a plain list is newest first.
  'search.sort.default': 'Relevance, else newest',
} as const;
