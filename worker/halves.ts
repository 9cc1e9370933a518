/**
 * The Worker is two halves, each built on its first request (worker/index.ts): the API
 * (worker/api.ts) answers these paths, the pages (worker/site.ts) every other.
 * tests/api/platform/halves.test.ts checks every route of each half against them.
 */
export const API_PREFIXES = ['/api/v1/', '/.well-known/', '/feeds/'] as const;

export const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path.startsWith(prefix));
