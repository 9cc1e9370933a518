import type { Database } from './db/client';
import type { QueryStats } from './db/query-stats';

/** Worker bindings, from wrangler.toml and secrets. */
export interface Bindings {
  DB: D1Database;
  ASSETS: Fetcher;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  /** Private signing key as a JWK (with `kid`), from a Worker secret or `.dev.vars`. */
  JWT_PRIVATE_JWK?: string;
  /** "1" makes every response report its D1 calls in `Server-Timing` (bench and tests only). */
  QUERY_STATS?: string;
}

/** Per-request values set by middleware and read by handlers as `c.var.*`. */
export interface Variables {
  db: Database;
  queryStats: QueryStats;
  requestId: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
