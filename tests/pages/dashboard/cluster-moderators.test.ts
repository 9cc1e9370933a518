import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { BASE, freshClient } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';
import { section, textOf } from './needs';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const invite = (cookie: string, slug: string, email: string) =>
  SELF.fetch(`${BASE}/clusters/${slug}/moderators`, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      cookie,
      origin: BASE,
      'content-type': 'application/x-www-form-urlencoded',
      'cf-connecting-ip': freshClient(),
    },
    body: new URLSearchParams({ email }).toString(),
    redirect: 'manual',
  });

const moderatorsOf = async (slug: string, cookie?: string) =>
  section(await (await page(`/clusters/${slug}`, cookie)).text(), 'moderators-title');

describe('cluster page: admins invite moderators', () => {
  it('an admin invites a moderator by email and the invitation is listed, then revokes it', async () => {
    const { admin } = world.users;
    const email = `new-moderator-${unique()}@test.example`;
    const res = await invite(admin.cookie, world.cluster.slug, email);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/clusters/${world.cluster.slug}?done=invited#moderators`);
    await expect(
      count(
        "SELECT count(*) AS n FROM invitations WHERE kind = 'moderator' AND target_id = ? AND email = ?",
        world.cluster.id,
        email,
      ),
    ).resolves.toBe(1);

    const html = await (await page(`/clusters/${world.cluster.slug}?done=invited`, admin.cookie)).text();
    const moderators = section(html, 'moderators-title');
    expect(textOf(moderators)).toContain('The invitation is on its way.');
    expect(textOf(moderators)).toContain(`${email} Waiting`);
    const revoke = new RegExp(`action="(/clusters/${world.cluster.slug}/invitations/[0-9a-f-]+/revoke)"`).exec(
      moderators,
    )?.[1];
    expect(revoke).toBeDefined();

    const revoked = await postForm(revoke ?? '', admin.cookie, {});
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe(`/clusters/${world.cluster.slug}?done=revoked#moderators`);
    expect(textOf(await moderatorsOf(world.cluster.slug, admin.cookie))).toContain(`${email} Revoked`);
  });

  it('answers the same for an address an account uses and one nobody uses', async () => {
    const known = await invite(world.users.admin.cookie, world.cluster.slug, world.users.solver.email);
    const unknown = await invite(world.users.admin.cookie, world.cluster.slug, `nobody-${unique()}@test.example`);
    expect([known.status, known.headers.get('location')]).toEqual([unknown.status, unknown.headers.get('location')]);
  });

  it('an invalid address comes back on the page, next to the field, and nothing is written', async () => {
    const res = await invite(world.users.admin.cookie, world.cluster.slug, 'not an address');
    expect(res.status).toBe(400);
    const moderators = section(await res.text(), 'moderators-title');
    expect(moderators).toContain('id="email-error"');
    expect(textOf(moderators)).toContain('Enter an email address like name@clinic.example in “Their email address”.');
  });

  it('everyone else sees the cluster page as before, and may not invite or revoke', async () => {
    for (const cookie of [undefined, world.users.moderator.cookie, world.users.clinician.cookie]) {
      const res = await page(`/clusters/${world.cluster.slug}`, cookie);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain('moderators-title');
    }
    const email = `refused-${unique()}@test.example`;
    expect((await invite(world.users.moderator.cookie, world.cluster.slug, email)).status).toBe(403);
    await expect(count('SELECT count(*) AS n FROM invitations WHERE email = ?', email)).resolves.toBe(0);

    await invite(world.users.admin.cookie, world.cluster.slug, email);
    const id = (
      await SELF.fetch(`${BASE}/api/v1/clusters/${world.cluster.slug}/invitations`, {
        headers: { authorization: `Bearer ${world.users.admin.token}` },
      }).then((r) => r.json() as Promise<{ data: { id: string; email: string }[] }>)
    ).data.find((i) => i.email === email)?.id;
    // A moderator invitation does not exist for a non-admin; nor under another cluster's page.
    expect(
      (await postForm(`/clusters/${world.cluster.slug}/invitations/${id}/revoke`, world.users.moderator.cookie, {}))
        .status,
    ).toBe(404);
    expect(
      (await postForm(`/clusters/${world.otherCluster.slug}/invitations/${id}/revoke`, world.users.admin.cookie, {}))
        .status,
    ).toBe(404);
  });

  it('an unknown cluster is 404 for the invite form too', async () => {
    expect((await invite(world.users.admin.cookie, `no-such-${unique()}`, 'a@test.example')).status).toBe(404);
  });
});
