import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';

/** Suggested partners on a challenge's working pages, suggested challenges on one's own page. */
describe('suggested matches pages', () => {
  let world: World;
  let owner: TestUser;
  let challenge: string;
  let org: { id: string; name: string };

  beforeAll(async () => {
    world = await createWorld();
    owner = world.users.clinician;
    org = await profile({
      name: 'Pathology Partners <Lab>',
      kind: 'sme',
      trl: [4, 8],
      capability: ['digital-pathology'],
      pathway: ['diagnosis'],
      offers: ['regulatory_advice'],
    });
    challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug, {
      title: 'Slide scanning for frozen sections',
      tags: ['digital-pathology'],
      trl_min: 5,
      trl_max: 6,
    });
  });

  it('lists the partners with their reason and a link to the profile, in the page language', async () => {
    const res = await page(`/challenges/${challenge}/partners`, owner.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Suggested partners</h1>');
    expect(html).toContain(`<a href="/organizations/${org.id}">Pathology Partners &lt;Lab&gt;</a>`);
    expect(html).toContain(
      '<strong>Why:</strong> digital pathology; care pathway: diagnosis; TRL 4–8 covers 5–6; offers regulatory advice',
    );
    expect(html).toContain('aria-current="page"');
    // Each suggestion can be contacted through Bedside (a confirmed owner), named for screen readers.
    expect(html).toContain(`href="/conversations/new?about_kind=organization&amp;about_id=${org.id}"`);
    expect(html).toContain('<span class="visually-hidden">: Pathology Partners &lt;Lab&gt;</span>');
    // The challenge page links to it for its owner, not for a solver.
    expect(await (await page(`/challenges/${challenge}`, owner.cookie)).text()).toContain(
      `href="/challenges/${challenge}/partners"`,
    );
    expect(await (await page(`/challenges/${challenge}`, world.users.solver.cookie)).text()).not.toContain(
      `${challenge}/partners`,
    );
    const german = await (await page(`/challenges/${challenge}/partners?lang=de`, owner.cookie)).text();
    expect(german).toContain('<h1>Vorgeschlagene Partner</h1>');
    expect(german).toContain('Versorgungsschritt: Diagnostik');
    expect((await page(`/challenges/${challenge}/partners`, world.users.solver.cookie)).status).toBe(403);
  });

  it("shows suggested challenges on a solver's page, and where suggestions come from when there are none", async () => {
    const solver = await registerUser('solver', { organization: { name: 'Scan Start-up', kind: 'startup' } });
    const own = (await must(api('/api/v1/me', { token: solver.token }))).body.organization.id as string;
    await env.DB.prepare("INSERT INTO organization_facets VALUES (?, 'capability', 'digital-pathology')")
      .bind(own)
      .run();
    const html = await (await page('/me', solver.cookie)).text();
    expect(html).toContain('<h2 id="suggested-title">Suggested challenges</h2>');
    expect(html).toContain(`<a href="/challenges/${challenge}">Slide scanning for frozen sections</a>`);
    expect(html).toContain('digital pathology');
    const italian = await (await page('/me?lang=it', solver.cookie)).text();
    expect(italian).toContain('Sfide suggerite');
    const nobody = await registerUser('solver');
    const empty = await (await page('/me', nobody.cookie)).text();
    expect(empty).toContain('Nothing fits yet.');
    expect(empty).toContain('<a href="/me/profile">Add your expertise</a>');
  });
});
