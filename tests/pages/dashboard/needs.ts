import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { page } from '../../helpers/pages';

/** A fresh cluster with its own admin and moderator, so counts on /me are exactly this test's. */
export async function freshCluster() {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const owner = await registerUser('clinician');
  return { admin, cluster, moderator, owner };
}

/** /me as `user` (200 checked), its HTML, and the "Needs you now" section alone. */
export async function myPage(user: TestUser, query = '') {
  const res = await page(`/me${query}`, user.cookie);
  if (res.status !== 200) throw new Error(`/me answered ${res.status}`);
  const html = await res.text();
  return { res, html, needs: section(html, 'needs-title') };
}

/** The HTML of the section labelled by the heading with this id. */
export function section(html: string, headingId: string): string {
  const start = html.indexOf(`aria-labelledby="${headingId}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

/** Text without tags, with whitespace collapsed: what a reader sees. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
