// The dashboard pages' messages in English, the source language (see web/i18n/part.ts).
export const enDashboard = {} as const;
