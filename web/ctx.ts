import type { Context } from 'hono';
import type { AppEnv } from '../worker/env';

/**
 * The Hono context as page helpers take it: without `set`, `get` and `newResponse`, whose types
 * would otherwise refuse a context that also carries `user` (the routes behind `signedIn`).
 */
export type Ctx = Omit<Context<AppEnv>, 'set' | 'get' | 'newResponse'>;
