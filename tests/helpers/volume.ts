// How much the generators and scale tests do. `npm test` runs the quick volume: enough to prove
// each property (every route × every role, hundreds of contending requests); `npm run test:long`
// (BEDSIDE_LONG=1) runs the long one, as before the split. VITE_FUZZ_RUNS still overrides the
// fuzzers' totals (`npm run fuzz`).

// Vite hands the runner's VITE_* and BEDSIDE_* variables (envPrefix in vitest.config.ts) to the
// tests inside workerd, where process.env is empty.
const fromEnv = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};

/** Whether this is the long run (`npm run test:long`). */
export const LONG = fromEnv.BEDSIDE_LONG === '1';

/** The quick value in `npm test`, the long one in `npm run test:long`. */
export const volume = <T>(quick: T, long: T): T => (LONG ? long : quick);
