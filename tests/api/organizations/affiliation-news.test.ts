import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { tokenFromMail } from '../../helpers/mail';
import { page } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

/** The `affiliation_claimed` lines `user` got, as the inbox page says them. */
const claimsHeard = async (user: TestUser) =>
  (
    await env.DB.prepare(
      "SELECT json_extract(params, '$.organization_id') AS organization_id, json_extract(params, '$.claimant') AS claimant FROM notifications WHERE user_id = ? AND kind = 'affiliation_claimed'",
    )
      .bind(user.id)
      .all<{ organization_id: string; claimant: string }>()
  ).results;

// Those who decide claims hear of one waiting (issue 16): at once for a claim made by a confirmed
// account, and for a claim named at registration only once its address is confirmed.
describe('a waiting claim reaches those who decide it', () => {
  it('tells the administrator when a registration’s address is confirmed, not before, and links to the members', async () => {
    const name = `Klinikum ${unique()}`;
    const founder = await registerUser('clinician', { organization: { name, kind: 'hospital', country: 'DE' } });
    const organizationId = (await must(api('/api/v1/me', { token: founder.token }))).body.organization.id as string;
    const person = await registerUser(
      'clinician',
      { name: 'Dr. Ada Claimant', organization: { name, kind: 'hospital', country: 'DE' } },
      { claim: 'pending', confirmed: false },
    );
    expect(await claimsHeard(founder)).toEqual([]);

    const token = await tokenFromMail(person.email, 'confirm_email', '/confirm-email');
    await must(api('/api/v1/auth/verification/confirm', { body: { token } }));
    expect(await claimsHeard(founder)).toEqual([{ organization_id: organizationId, claimant: 'Dr. Ada Claimant' }]);
    // The claimant is not told of their own claim.
    expect(await claimsHeard(person)).toEqual([]);
    const inbox = await (await page('/me/notifications', founder.cookie)).text();
    expect(inbox).toContain(`href="/organizations/${organizationId}/members"`);
    expect(inbox).toContain(`Dr. Ada Claimant says they belong to ${name}`);
  });

  it('tells them at once of a claim made through the API by a confirmed account', async () => {
    const name = `Klinikum ${unique()}`;
    const founder = await registerUser('clinician', { organization: { name, kind: 'hospital', country: 'DE' } });
    const organizationId = (await must(api('/api/v1/me', { token: founder.token }))).body.organization.id as string;
    const person = await registerUser('solver', { name: 'Ben Claimant' });
    await must(
      api(`/api/v1/organizations/${organizationId}/memberships`, { method: 'POST', token: person.token }),
      201,
    );
    expect(await claimsHeard(founder)).toEqual([{ organization_id: organizationId, claimant: 'Ben Claimant' }]);
  });
});
