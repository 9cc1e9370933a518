import { describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

/** Verified affiliation as pages without JavaScript (issue 16): claim, decide, edit the profile. */
async function founded() {
  const name = `Klinikum ${unique()}`;
  const founder = await registerUser('clinician', { organization: { name, kind: 'hospital', country: 'DE' } });
  const me = await must(api('/api/v1/me', { token: founder.token }));
  return { name, founder, id: me.body.organization.id as string };
}

describe('affiliation pages', () => {
  it('shows the claimant their claim waiting, and lets the administrator confirm it from the members page', async () => {
    const org = await founded();
    const claimant = await registerUser(
      'clinician',
      { organization: { name: org.name, kind: 'hospital', country: 'DE' } },
      { claim: 'pending' },
    );
    const mine = await (await page('/me', claimant.cookie)).text();
    expect(mine).toContain(`Your affiliation with ${org.name} is waiting for confirmation`);
    const founderPage = await (await page('/me', org.founder.cookie)).text();
    expect(founderPage).toContain(`href="/organizations/${org.id}/members"`);

    const members = await page(`/organizations/${org.id}/members`, org.founder.cookie);
    expect(members.status).toBe(200);
    const html = await members.text();
    expect(html).toContain(`<h1>Members of ${org.name}</h1>`);
    expect(html).toContain(`action="/organizations/${org.id}/members/${claimant.id}/confirm"`);
    expect(html).not.toContain(claimant.email);
    // The claimant (not a decider) gets no members page: the organization is not listed, 404.
    expect((await page(`/organizations/${org.id}/members`, claimant.cookie)).status).toBe(404);

    const done = await postForm(`/organizations/${org.id}/members/${claimant.id}/confirm`, org.founder.cookie, {
      role: 'member',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/organizations/${org.id}/members?done=confirmed`);
    expect((await must(api('/api/v1/me', { token: claimant.token }))).body.organization.id).toBe(org.id);
    const german = await (await page(`/organizations/${org.id}/members?lang=de`, org.founder.cookie)).text();
    expect(german).toContain(`<h1>Mitglieder von ${org.name}</h1>`);
  });

  it('edits the profile, lists it once an admin verified the organization, and claims from the profile', async () => {
    const org = await founded();
    const edit = await page(`/organizations/${org.id}/edit`, org.founder.cookie);
    expect(edit.status).toBe(200);
    const fields = {
      kind: 'hospital',
      region: 'Niedersachsen',
      website: 'https://klinikum.example',
      description: 'A university hospital with a molecular tumour board.',
      'facets.capability': 'Liquid biopsy, Remote monitoring',
      trl_min: '4',
      trl_max: '7',
      'facets.offers': 'pilot_site\nclinical_data',
      listed: 'on',
    };
    // Bad input: the form again, naming the field.
    const bad = await postForm(`/organizations/${org.id}/edit`, org.founder.cookie, { ...fields, trl_max: '2' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Highest TRL it works at');
    const saved = await postForm(`/organizations/${org.id}/edit`, org.founder.cookie, fields);
    expect(saved.status).toBe(303);
    const after = await (await page(`/organizations/${org.id}/edit?done=saved`, org.founder.cookie)).text();
    expect(after).toContain('value="liquid biopsy, remote monitoring"');
    expect(after).toContain('a moderator of its cluster or an admin has not verified this organization yet');
    expect((await page(`/organizations/${org.id}`)).status).toBe(404);

    const admin = await createAdmin();
    await must(
      api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: admin.token, body: { verified: true } }),
    );
    const profile = await (await page(`/organizations/${org.id}`, org.founder.cookie)).text();
    expect(profile).toContain(`href="/organizations/${org.id}/edit"`);
    // Someone else signed in may claim to work there; the anonymous reader is offered nothing.
    const colleague = await registerUser('clinician');
    const theirs = await (await page(`/organizations/${org.id}`, colleague.cookie)).text();
    expect(theirs).toContain(`action="/organizations/${org.id}/claim"`);
    expect(theirs).not.toContain(`/organizations/${org.id}/edit`);
    expect(await (await page(`/organizations/${org.id}`)).text()).not.toContain('/claim"');
    const claimed = await postForm(`/organizations/${org.id}/claim`, colleague.cookie, {});
    expect(claimed.status).toBe(303);
    const waiting = await (await page(`/organizations/${org.id}`, colleague.cookie)).text();
    expect(waiting).toContain(`Your affiliation with ${org.name} is waiting for confirmation`);
  });

  it("offers a moderator who claims to work there no buttons on their own claim, and the organization's administrator the usual ones", async () => {
    const org = await founded();
    const admin = await createAdmin();
    const cluster = await createCluster(admin);
    await must(
      api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: admin.token, body: { cluster_id: cluster.id } }),
    );
    const moderator = await createModerator(admin, cluster.slug);
    await must(api(`/api/v1/organizations/${org.id}/memberships`, { method: 'POST', token: moderator.token }), 201);

    const theirs = await (await page(`/organizations/${org.id}/members`, moderator.cookie)).text();
    expect(theirs).toContain(
      'your own claim: another administrator, a moderator of its cluster or an admin decides it',
    );
    expect(theirs).not.toContain(`/members/${moderator.id}/confirm"`);
    expect(theirs).not.toContain(`/members/${moderator.id}/decline"`);
    const founders = await (await page(`/organizations/${org.id}/members`, org.founder.cookie)).text();
    expect(founders).toContain(`action="/organizations/${org.id}/members/${moderator.id}/confirm"`);
    expect(founders).not.toContain('your own claim');
    // A member's role follows their claim's date with a separator, not glued to it.
    expect(founders).toMatch(/since [^<]+<\/span> <span class="meta">· Administrator/);
  });
});
