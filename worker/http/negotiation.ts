/**
 * Whether a request's `Accept` asks for CSV: the routes that answer JSON or CSV at one URL (the
 * ranking, the impact figures) decide by it, and the public cache keeps such a request apart
 * (middleware/public-cache.ts), so one reader's CSV is never another's JSON.
 */
export const acceptsCsv = (accept: string | undefined) => /\btext\/csv\b/i.test(accept ?? '');
