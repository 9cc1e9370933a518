/** Seconds an anonymous public answer is served from a data centre's cache: the staleness bound elsewhere. */
export const PUBLIC_TTL = 60;

/**
 * What clients and shared caches are told about a public answer: browsers revalidate every time
 * (ETag → 304, answered from the cache), shared caches keep it `PUBLIC_TTL` seconds.
 */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_TTL}, must-revalidate`;

/** Who may get a different answer at the same URL: a signed-in reader, a reader of another language. */
export const PUBLIC_VARY = 'Accept-Language, Authorization, Cookie';
