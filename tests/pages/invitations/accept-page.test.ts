import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINKS_PER_CLIENT } from '../../../worker/domain/rate-limit';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { invitationToken } from '../../helpers/evaluation';
import { api, BASE } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { inviteMember } from '../../helpers/team';

/**
 * The page an invitation link opens reads the link check's count and the invitation, with what it
 * is for and who sent it, in one batch (issue 17): each kind names its own seat and inviter, and a
 * client over its limit gets the 429 and nothing of the invitation.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const unique = () => crypto.randomUUID().slice(0, 8);
const nameOf = async (user: TestUser) =>
  (await env.DB.prepare('SELECT name FROM users WHERE id = ?').bind(user.id).first<{ name: string }>())?.name;
const titleOf = async (table: 'challenges' | 'solutions' | 'clusters', id: string) =>
  (
    await env.DB.prepare(`SELECT ${table === 'clusters' ? 'name' : 'title'} AS t FROM ${table} WHERE id = ?`)
      .bind(id)
      .first<{ t: string }>()
  )?.t;
/** The link's page as an anonymous visitor from `client` sees it. */
const open = (token: string, client = `invitee-${unique()}`) =>
  SELF.fetch(`${BASE}/invitations/accept?token=${encodeURIComponent(token)}`, {
    headers: { accept: 'text/html', 'cf-connecting-ip': client },
  });
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

describe('the page an invitation link opens', () => {
  it('names the seat and who sent it, for a jury, a team and a cluster', async () => {
    const { clinician, moderator, admin } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const juror = `juror-${unique()}@test.example`;
    await api(`/api/v1/challenges/${challenge}/invitations`, { token: clinician.token, body: { email: juror } });

    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, challenge);
    const member = `member-${unique()}@test.example`;
    expect((await inviteMember(submitter, solution, member)).status).toBe(202);

    const person = `moderator-${unique()}@test.example`;
    const sent = await api(`/api/v1/clusters/${world.otherCluster.slug}/invitations`, {
      token: admin.token,
      body: { email: person },
    });
    expect(sent.status).toBe(202);

    for (const [target, email, title, inviter] of [
      [challenge, juror, await titleOf('challenges', challenge), await nameOf(clinician)],
      [solution, member, await titleOf('solutions', solution), await nameOf(submitter)],
      [world.otherCluster.id, person, await titleOf('clusters', world.otherCluster.id), await nameOf(admin)],
    ] as const) {
      const res = await open(await invitationToken(target, email));
      expect(res.status, email).toBe(200);
      const html = await res.text();
      expect(title).toBeTruthy();
      expect(html, email).toContain(escaped(title ?? ''));
      expect(html, email).toContain(escaped(inviter ?? ''));
      expect(html, email).toContain(email);
    }
  });

  it('counts every check, a cut-off link too, and past the limit answers 429 with nothing of the invitation', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const email = `juror-${unique()}@test.example`;
    await api(`/api/v1/challenges/${challenge}/invitations`, { token: clinician.token, body: { email } });
    const token = await invitationToken(challenge, email);
    const client = `checker-${unique()}`;
    const count = async () =>
      (
        await env.DB.prepare('SELECT sum(count) AS n FROM rate_limits WHERE key = ?')
          .bind(`${LINKS_PER_CLIENT.name}:${client}`)
          .first<{ n: number | null }>()
      )?.n ?? 0;

    expect((await open(token, client)).status).toBe(200);
    expect((await open(token.slice(0, 20), client)).status).toBe(400);
    expect(await count()).toBe(2);

    await env.DB.prepare('UPDATE rate_limits SET count = ? WHERE key = ?')
      .bind(LINKS_PER_CLIENT.max, `${LINKS_PER_CLIENT.name}:${client}`)
      .run();
    const refused = await open(token, client);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = await refused.text();
    expect(html).not.toContain(email);
    expect(html).not.toContain(escaped((await titleOf('challenges', challenge)) ?? ''));
    // Another client is not held up by this one.
    expect((await open(token)).status).toBe(200);
  });
});
