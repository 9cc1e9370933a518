// The layout messages in English, the source language (see web/i18n/part.ts).
export const enLayout = {} as const;
