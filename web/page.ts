import type { Context } from 'hono';
import type { AppEnv } from '../worker/env';
import type { Translator } from './i18n';
import { translatorFor } from './locale';
import { type Viewer, viewerOf } from './viewer';

/**
 * The Hono context as page helpers take it: without `set`, `get` and `newResponse`, whose types
 * would otherwise refuse a context that also carries `user` (the routes behind `signedIn`).
 */
export type Ctx = Omit<Context<AppEnv>, 'set' | 'get' | 'newResponse'>;

/** What every page needs: the language, who is looking, and where they are (for language links). */
export interface PageContext {
  tr: Translator;
  viewer: Viewer;
  path: string;
}

export const pageContext = (c: Ctx): PageContext => ({
  tr: translatorFor(c),
  viewer: viewerOf(c),
  path: c.req.path,
});
