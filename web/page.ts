import type { Context } from 'hono';
import type { AppEnv } from '../worker/env';
import type { Translator } from './i18n';
import { translatorFor } from './locale';
import { type Viewer, viewerOf } from './viewer';

/** What every page needs: the language, who is looking, and where they are (for language links). */
export interface PageContext {
  tr: Translator;
  viewer: Viewer;
  path: string;
}

export const pageContext = (c: Context<AppEnv>): PageContext => ({
  tr: translatorFor(c),
  viewer: viewerOf(c),
  path: c.req.path,
});
