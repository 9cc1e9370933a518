import type { Locale } from '../i18n';

/**
 * What a public page tells search engines and link previews (issue 18): a page that passes one to
 * the layout is public and indexed, with Open Graph and Twitter tags, a canonical address and its
 * other languages. A page without one is `noindex` and its tags say nothing but the site's name:
 * signed-in, confidential and error pages never describe themselves to a crawler or a chat app.
 */
export interface Preview {
  /** A sentence or two about the page, in the page's language (or the text's own, for user text). */
  description: string;
  /** The cluster whose picture the card shows (`PREVIEW_IMAGES`); the default picture otherwise. */
  cluster?: string;
  /** `article` for one thing (a challenge, a call, an event), `website` for lists and texts. */
  type?: 'website' | 'article';
  /** schema.org JSON-LD, where search engines use it (events); see `jsonLd`. */
  structured?: Record<string, unknown>;
}

/**
 * The clusters with a picture of their own under web/public/previews/ (1200 × 630 PNG, drawn by
 * scripts/preview-images.ts). A cluster without one gets `default.png`.
 */
export const PREVIEW_IMAGES = ['life-science-nord', 'medizin-nrw', 'imago-mol', 'biorn', 'clust-er-health'] as const;
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export const previewImage = (origin: string, cluster?: string) =>
  `${origin}/previews/${(PREVIEW_IMAGES as readonly string[]).includes(cluster ?? '') ? cluster : 'default'}.png`;

/** Open Graph names languages with their region. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', de: 'de_DE', it: 'it_IT', ro: 'ro_RO' };

/**
 * The address that renders `path` in `locale`, on the configured public origin. `?lang=` is the
 * one choice that wins over the cookie and Accept-Language (web/locale.ts), so each alternate
 * really renders its language; without it (`x-default`) the visitor's languages decide.
 */
export const localizedUrl = (origin: string, path: string, locale?: Locale) =>
  `${origin}${path}${locale ? `?lang=${locale}` : ''}`;

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` as JSON escapes, so text
 * written by users (a title with `</script><script>…`) can never end the element, and U+2028/9
 * escaped for old parsers. The JSON means the same to anyone who parses it.
 */
export const jsonLd = (data: Record<string, unknown>) =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A user's text as a description: one line (cards show no line breaks), cut at a word near 200
 * characters, where search results and cards cut it anyway.
 */
export function previewText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= 200) return line;
  const cut = line.slice(0, 199);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 150 ? cut.lastIndexOf(' ') : 199).trimEnd()}…`;
}
