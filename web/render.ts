import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Ctx } from './ctx';

/** A full HTML document for a page element; pages are never cached by shared caches. */
export async function renderPage(c: Ctx, page: JSX.Element, status: ContentfulStatusCode = 200) {
  c.header('Cache-Control', 'private, no-cache');
  c.header('Vary', 'Cookie, Accept-Language');
  return c.html(`<!doctype html>${await page.toString()}`, status);
}
