// The judging messages in English, the source language (see web/i18n/part.ts).
export const enJudging = {} as const;
