import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { confirmClaimDirectly, registerUser, type TestUser } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import { api, BASE, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

const expert = async (user: TestUser, tag: string) =>
  must(
    api('/api/v1/me/profile', {
      method: 'PATCH',
      token: user.token,
      body: { public: true, headline: 'Pathologist', expertise: [tag] },
    }),
  );
const fetchPage = (path: string) => SELF.fetch(BASE + path, { headers: { accept: 'text/html' } });
const shown = async (tag: string) => (await must(api(`/api/v1/people?expertise=${tag}`))).body.data[0].organization;

// A person's organization shows in the people directory once it confirmed them and is itself
// verified: a name typed at registration is only a claim, and anyone may found an organization.
describe('the organization on a person’s card', () => {
  it('appears once the claim is confirmed, linked when the organization is listed', async () => {
    const hospital = await profile({ listed: true });
    await env.DB.prepare("UPDATE organizations SET verified_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
      .bind(hospital.id)
      .run();
    const tag = `cytology-${unique()}`;
    const person = await registerUser(
      'clinician',
      { organization: { name: hospital.name, kind: 'hospital', country: 'DE' } },
      { claim: 'pending' },
    );
    await expert(person, tag);
    expect(await shown(tag)).toBeNull();

    await confirmClaimDirectly(person.id);
    expect(await shown(tag)).toEqual({ id: hospital.id, name: hospital.name, listed: true });
    const html = await (await fetchPage(`/people?expertise=${tag}`)).text();
    expect(html).toContain(`<a href="/organizations/${hospital.id}">${hospital.name}</a>`);
  });

  it('stays empty for an organization its registrant founded and nobody verified', async () => {
    const tag = `histology-${unique()}`;
    const founder = await registerUser('clinician', {
      organization: { name: `Klinikum ${unique()}`, kind: 'hospital', country: 'DE' },
    });
    expect((await must(api('/api/v1/me', { token: founder.token }))).body.organization).not.toBeNull();
    await expert(founder, tag);
    expect(await shown(tag)).toBeNull();
  });
});
