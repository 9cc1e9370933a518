import { Hono } from 'hono';
import {
  SITEMAP_KINDS,
  type SitemapKind,
  sitemapEntries,
  sitemapFiles,
  validSitemapKey,
} from '../../../worker/access/sitemap';
import { xmlText } from '../../../worker/domain/challenges/feeds-atom';
import type { AppEnv } from '../../../worker/env';
import { notFoundProblem } from '../../../worker/http/on-error';
import { Problem } from '../../../worker/http/problem';

const XML = { 'Content-Type': 'application/xml; charset=utf-8' };
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const isKind = (kind: string): kind is SitemapKind => (SITEMAP_KINDS as string[]).includes(kind);

/**
 * Discovery for crawlers (issue 18): robots.txt names the sitemap index; the index names one file
 * per 50 000 public pages of each kind, each a keyset read from its first key (worker/access/sitemap.ts).
 * Anonymous reads like the rest of the public site, so the public cache keeps them
 * (worker/middleware/public-cache.ts). Personal and working pages are `noindex` in their head.
 */
export const discoveryPages = new Hono<AppEnv>()
  .get('/robots.txt', (c) =>
    c.text(
      [
        'User-agent: *',
        // JSON for programs (the API documentation at /api/docs is a page, and stays crawlable).
        'Disallow: /api/v1/',
        'Allow: /',
        '',
        `Sitemap: ${c.env.PUBLIC_ORIGIN}/sitemap.xml`,
        '',
      ].join('\n'),
    ),
  )
  .get('/sitemap.xml', async (c) => {
    const files = await sitemapFiles(c.var.db);
    const origin = c.env.PUBLIC_ORIGIN;
    const entries = files.map(
      ({ kind, from }) =>
        `  <sitemap><loc>${xmlText(`${origin}/sitemaps/${kind}.xml?from=${encodeURIComponent(from)}`)}</loc></sitemap>`,
    );
    return c.body(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<sitemapindex xmlns="${SITEMAP_NS}">`,
        ...entries,
        '</sitemapindex>',
        '',
      ].join('\n'),
      200,
      XML,
    );
  })
  .get('/sitemaps/:file{[a-z]+\\.xml}', async (c) => {
    const kind = c.req.param('file').replace(/\.xml$/, '');
    if (!isKind(kind)) throw notFoundProblem(c);
    const from = c.req.query('from') ?? '';
    if (from !== '' && !validSitemapKey(kind, from))
      throw new Problem(
        'validation_failed',
        'from is not a key of this sitemap; take the addresses from /sitemap.xml.',
        {
          errors: [{ path: 'from', message: 'Not a key of this sitemap.' }],
        },
      );
    const rows = await sitemapEntries(c.var.db, kind, from);
    const origin = c.env.PUBLIC_ORIGIN;
    const entries = rows.map(
      ({ path, modified }) =>
        `  <url><loc>${xmlText(`${origin}${path}`)}</loc>${modified ? `<lastmod>${xmlText(new Date(modified).toISOString())}</lastmod>` : ''}</url>`,
    );
    return c.body(
      ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="${SITEMAP_NS}">`, ...entries, '</urlset>', ''].join(
        '\n',
      ),
      200,
      XML,
    );
  });
