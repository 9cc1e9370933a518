import type { Ctx } from './ctx';
import type { Translator } from './i18n';
import { translatorFor } from './locale';
import { type Viewer, viewerOf } from './viewer';

/** What every page needs: the language, who is looking, and where they are (for language links). */
export interface PageContext {
  tr: Translator;
  viewer: Viewer;
  path: string;
  /** The site's public address (`PUBLIC_ORIGIN`): canonical and preview links are absolute. */
  origin: string;
}

export const pageContext = (c: Ctx): PageContext => ({
  tr: translatorFor(c),
  viewer: viewerOf(c),
  path: c.req.path,
  origin: c.env.PUBLIC_ORIGIN,
});
