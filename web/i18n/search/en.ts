// The search messages in English, the source language (see web/i18n/part.ts).
export const enSearch = {} as const;
