import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { createAdmin, registerUser, type TestUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

/** A cluster with a name that reads unlike its slug, so a page showing the slug is caught. */
export async function namedCluster(admin: TestUser, name: string) {
  const slug = `desk-${unique()}`;
  const res = await must(
    api('/api/v1/clusters', {
      token: admin.token,
      body: { slug, name: `${name} ${unique()}`, region: 'Test region', country: 'DE', description: 'For tests.' },
    }),
    201,
  );
  return res.body as { id: string; slug: string; name: string };
}

export const appoint = (admin: TestUser, cluster: { slug: string }, user: TestUser) =>
  must(api(`/api/v1/clusters/${cluster.slug}/moderators/${user.id}`, { method: 'PUT', token: admin.token }));

/**
 * A moderator of two clusters (north, south) and a third cluster they do not moderate, each with
 * its own fresh names, plus an owner and a solver.
 */
export async function desk() {
  const admin = await createAdmin();
  const north = await namedCluster(admin, 'Nordlicht Präzisionsmedizin');
  const south = await namedCluster(admin, 'Südhang Genomik');
  const elsewhere = await namedCluster(admin, 'Anderswo Bildgebung');
  const [moderator, owner, solver] = await Promise.all([
    registerUser('clinician', { name: 'Dr. Mara Moderator' }),
    registerUser('clinician', { name: 'Dr. Otto Owner' }),
    registerUser('solver', { name: 'Sven Solver' }),
  ]);
  await appoint(admin, north, moderator);
  await appoint(admin, south, moderator);
  const otherModerator = await registerUser('clinician');
  await appoint(admin, elsewhere, otherModerator);
  return { admin, north, south, elsewhere, moderator, otherModerator, owner, solver };
}

/** A page's HTML as `user` sees it, with the status checked. */
export async function html(path: string, user: TestUser, status = 200) {
  const res = await page(path, user.cookie);
  expect(res.status, path).toBe(status);
  return { res, html: await res.text() };
}

/** Moves a stored time back by `hours`, as if that much time had passed since. */
export const agoHours = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
export const setTime = (table: 'challenges' | 'reports', column: string, id: string, iso: string) =>
  env.DB.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).bind(iso, id).run();
