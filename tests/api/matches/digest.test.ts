import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

/** The `challenge_fits` lines a person got for a challenge, with the digest they wait for. */
const fits = async (userId: string, challengeId: string) =>
  (
    await env.DB.prepare(
      "SELECT digest FROM notifications WHERE user_id = ? AND kind = 'challenge_fits' AND challenge_id = ?",
    )
      .bind(userId, challengeId)
      .all<{ digest: string | null }>()
  ).results;

const memberOf = async (organizationId: string) => {
  const user = await registerUser('solver');
  await env.DB.prepare('UPDATE users SET organization_id = ? WHERE id = ?').bind(organizationId, user.id).run();
  return user;
};

// Issue 16: "Matches go into the weekly digest". When a challenge is published, the people it
// fits (members of listed organizations with one of its tags as a capability, public experts in
// one of its tags) get a line for their weekly digest; nobody else does.
describe('a published challenge in the weekly digest of those it fits', () => {
  let world: World;
  const tag = `spatial-omics-${unique()}`;
  let fitting: TestUser;
  let unlisted: TestUser;
  let elsewhere: TestUser;
  let expert: TestUser;
  let privateExpert: TestUser;
  let challenge: string;

  beforeAll(async () => {
    world = await createWorld();
    fitting = await memberOf((await profile({ listed: true, capability: [tag] })).id);
    unlisted = await memberOf((await profile({ listed: false, capability: [tag] })).id);
    elsewhere = await memberOf((await profile({ listed: true, capability: ['radiomics'] })).id);
    expert = await registerUser('clinician');
    privateExpert = await registerUser('clinician');
    await must(
      api('/api/v1/me/profile', { method: 'PATCH', token: expert.token, body: { public: true, expertise: [tag] } }),
    );
    await must(api('/api/v1/me/profile', { method: 'PATCH', token: privateExpert.token, body: { expertise: [tag] } }));
    challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      tags: [tag],
    });
  });

  it('reaches a listed organization with the tag and a public expert in it, for the weekly digest', async () => {
    expect(await fits(fitting.id, challenge)).toEqual([{ digest: 'weekly' }]);
    expect(await fits(expert.id, challenge)).toEqual([{ digest: 'weekly' }]);
  });

  it('leaves out an unlisted organization, another capability, a private profile and the owner', async () => {
    for (const person of [unlisted, elsewhere, privateExpert, world.users.clinician]) {
      expect(await fits(person.id, challenge)).toEqual([]);
    }
  });

  it('reads as a line of the inbox that links to the challenge', async () => {
    const html = await (await page('/me/notifications', fitting.cookie)).text();
    expect(html).toMatch(/A new challenge fits your profile: “[^”]+”\./);
    expect(html).toContain(`href="/challenges/${challenge}"`);
  });
});
