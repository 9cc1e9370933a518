import type { Database } from './db/client';
import type { QueryStats } from './db/query-stats';
import type { Actor } from './domain/actor';
import type { Job } from './queue/jobs';

/** Worker bindings, from wrangler.toml and secrets. */
export interface Bindings {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Attachments' bytes (R2, `[[r2_buckets]]`); keys `att/<uuidv7>`, rows in `attachments`. */
  FILES: R2Bucket;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  /** Private ES256 signing key as a JWK (with `kid`), from a Worker secret or `.dev.vars`. */
  JWT_PRIVATE_JWK?: string;
  /** JSON array of public JWKs still accepted after a key rotation. */
  JWT_PREVIOUS_PUBLIC_JWKS?: string;
  /** Workers rate-limiting binding for anonymous API reads (wrangler.toml `[[ratelimits]]`). */
  ANON_READS?: RateLimit;
  /** Signed-in writes per person (worker/middleware/limits.ts). */
  WRITES?: RateLimit;
  /** Catalogue searches on the pages, per person or per client (worker/middleware/limits.ts). */
  SEARCHES?: RateLimit;
  /** "off" disables the read limits: anonymous reads, catalogue searches, data downloads (local benchmarking only). */
  ANON_READ_LIMIT?: string;
  /** "1" makes every response report its D1 calls in `Server-Timing` (bench and tests only). */
  QUERY_STATS?: string;
  /** The site's public origin, for links in emails (which are opened far from any request). */
  PUBLIC_ORIGIN: string;
  /** The address emails come from (a domain set up for Cloudflare Email Service). */
  EMAIL_FROM: string;
  /** Cloudflare Email Service (`[[send_email]]`); `wrangler dev` simulates it. */
  EMAIL?: SendEmail;
  /** The jobs queue (email delivery, digests, password resets): producer and consumer are this Worker. */
  JOBS?: Queue<Job>;
  /** Keys the HMAC of emailed links (domain/links.ts); a Worker secret, `.dev.vars` locally. */
  LINK_SECRET?: string;
  /** "on" serves the development mailbox at /dev/mailbox (set by `npm start`; never in production). */
  DEV_MAILBOX?: string;
  /** "on" lets webhooks target http://127.0.0.1:<port> and skips their DNS check (development and tests only; never in production). */
  WEBHOOKS_ALLOW_LOOPBACK?: string;
  /** Seconds between webhook retries, a comma list (tests and development; default: domain/webhooks/deliver.ts). */
  WEBHOOK_RETRY_SECONDS?: string;
}

/** Per-request values set by middleware and read by handlers as `c.var.*`. */
export interface Variables {
  db: Database;
  queryStats: QueryStats;
  requestId: string;
  actor: Actor;
  language: string;
  /** The D1 bookmark of the write that last purged the public cache: a cache miss reads at least that fresh. */
  publicBookmark?: string;
  /** This read was already counted against the anonymous limits by the public cache's lookup. */
  readCounted?: boolean;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
