import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { delivered } from '../../helpers/mail';
import { page, postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('account settings', () => {
  it('changes the password with the current one (a wrong one is answered next to its field)', async () => {
    const user = await registerUser('clinician');
    expect((await page('/me/account', user.cookie)).status).toBe(200);
    const wrong = await postForm('/me/account/password', user.cookie, {
      current_password: 'not my password',
      password: 'a much better passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('id="current_password-error"');
    const done = await postForm('/me/account/password', user.cookie, {
      current_password: PASSWORD,
      password: 'a much better passphrase',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/me/account?done=password');
    expect((await page('/me/account?done=password', user.cookie)).status).toBe(200);
  });

  it('asks the new address to confirm an email change, and signs out everywhere on request', async () => {
    const user = await registerUser('solver');
    const next = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const asked = await postForm('/me/account/email', user.cookie, { email: next, current_password: PASSWORD });
    expect(asked.status).toBe(303);
    await delivered(next, 'change_email');
    const out = await postForm('/me/account/sign-out-everywhere', user.cookie, {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/signin?done=signed_out');
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(401);
    expect(world.users.admin.id).toBeTruthy();
  });
});
