import type { Context } from 'hono';
import type { AppEnv } from '../env';

/**
 * A cursor page also says where the next one is, as a header (RFC 8288): `Link: <…>; rel="next"`,
 * the request's own address with `cursor` set to `next_cursor`, so a client can follow pages without
 * building URLs. Absent on the last page. Every list handler passes its page through here.
 */
export function withNextLink<Page extends { next_cursor: string | null }>(c: Context<AppEnv>, page: Page): Page {
  if (page.next_cursor !== null) {
    const next = new URL(c.req.url);
    next.searchParams.set('cursor', page.next_cursor);
    c.header('Link', `<${next.href}>; rel="next"`);
  }
  return page;
}
