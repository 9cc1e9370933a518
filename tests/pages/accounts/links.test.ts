import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../../worker/domain/links';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { invitationToken } from '../../helpers/evaluation';
import { api, BASE } from '../../helpers/http';
import { outboxTo, tokenFromMail } from '../../helpers/mail';
import { page, postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const confirmedAt = async (userId: string) =>
  (await env.DB.prepare('SELECT email_confirmed_at FROM users WHERE id = ?').bind(userId).first())?.email_confirmed_at;

describe('pages that emailed links open', () => {
  it('confirms an address with a button on the page the link opens, once', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const token = await tokenFromMail(user.email, 'confirm_email', '/confirm-email');
    const opened = await page(`/confirm-email?token=${encodeURIComponent(token)}`);
    expect(opened.status).toBe(200);
    const html = await opened.text();
    expect(html).toContain(user.email);
    // Opening the link confirms nothing: mail scanners open links too.
    expect(await confirmedAt(user.id)).toBeNull();
    const pressed = await postForm('/confirm-email', '', { token });
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe(`/confirm-email/done?email=${encodeURIComponent(user.email)}`);
    expect(await confirmedAt(user.id)).toBeTruthy();
    const again = await page(`/confirm-email?token=${encodeURIComponent(token)}`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('This link was already used');
  });

  it('resets a forgotten password: the same page for any address, then the link, then the new password', async () => {
    const user = await registerUser('clinician');
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const pages = [];
    for (const email of [user.email, unknown]) {
      const res = await postForm('/forgot-password', '', { email });
      expect(res.status).toBe(200);
      pages.push((await res.text()).replace(email, 'ADDRESS'));
    }
    expect(pages[1]).toBe(pages[0]);
    const token = await tokenFromMail(user.email, 'reset_password', '/reset-password');
    expect((await page(`/reset-password?token=${encodeURIComponent(token)}`)).status).toBe(200);
    const short = await postForm('/reset-password', '', { token, password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('id="password-error"');
    const done = await postForm('/reset-password', '', { token, password: 'a brand new passphrase' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/signin?done=reset');
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(401);
    const signedIn = await api('/api/v1/auth/login', {
      body: { email: user.email, password: 'a brand new passphrase' },
    });
    expect(signedIn.status).toBe(200);
    expect(await outboxTo(unknown)).toEqual([]);
  });

  it('shows an invitation to whoever opens it, and lets only the confirmed addressee accept', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const email = `invitee-${crypto.randomUUID().slice(0, 8)}@test.example`;
    await api(`/api/v1/challenges/${challenge}/invitations`, { token: clinician.token, body: { email } });
    const token = await invitationToken(challenge, email);
    const link = `/invitations/accept?token=${encodeURIComponent(token)}`;

    const anonymous = await (await page(link)).text();
    expect(anonymous).toContain(`/register?email=${encodeURIComponent(email)}`);
    expect(anonymous).not.toContain('action="/invitations/accept"');
    const other = await (await page(link, world.users.solver.cookie)).text();
    expect(other).toContain('You are signed in as');
    const unconfirmed = await registerUser('clinician', { email }, { confirmed: false });
    expect(await (await page(link, unconfirmed.cookie)).text()).toContain('Confirm your address first');
    await env.DB.prepare("UPDATE users SET email_confirmed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .bind(unconfirmed.id)
      .run();
    expect(await (await page(link, unconfirmed.cookie)).text()).toContain('action="/invitations/accept"');
    const accepted = await postForm('/invitations/accept', unconfirmed.cookie, { token });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/challenges/${challenge}/solutions?done=joined`);
    const seat = await env.DB.prepare(
      'SELECT 1 AS yes FROM evaluator_assignments WHERE challenge_id = ? AND user_id = ?',
    )
      .bind(challenge, unconfirmed.id)
      .first();
    expect(seat?.yes).toBe(1);
    expect((await page(link)).status).toBe(409);
  });

  it('unsubscribes with one click from a mail provider (no Origin), and refuses a forged link', async () => {
    const user = await registerUser('clinician');
    const token = await signLink(env.LINK_SECRET ?? '', 'unsubscribe:question_asked', user.id);
    const url = `/unsubscribe?scope=question_asked&token=${encodeURIComponent(token)}`;
    const shown = await page(url);
    expect(shown.status).toBe(200);
    const clicked = await SELF.fetch(BASE + url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.status).toBe(200);
    const row = await env.DB.prepare(
      "SELECT channel FROM notification_preferences WHERE user_id = ? AND kind = 'question_asked'",
    )
      .bind(user.id)
      .first();
    expect(row?.channel).toBe('off');
    const forged = await SELF.fetch(`${BASE}/unsubscribe?scope=digest&token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(forged.status).toBe(400);
    expect(PASSWORD).toBeTruthy();
  });

  it('a new address is confirmed only signed in to the account that asked for it', async () => {
    const user = await registerUser('solver');
    const next = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
    await api('/api/v1/auth/email', { token: user.token, body: { email: next, current_password: PASSWORD } });
    const token = await tokenFromMail(next, 'change_email', '/confirm-email');
    const path = `/confirm-email?token=${encodeURIComponent(token)}`;
    const anonymous = await (await page(path)).text();
    expect(anonymous).toContain('Only the account that asked for this address can confirm it.');
    expect(anonymous).toContain(`/signin?next=${encodeURIComponent(path)}`.replace(/&/g, '&amp;'));
    expect(anonymous).not.toContain('action="/confirm-email"');
    expect((await postForm('/confirm-email', '', { token })).status).toBe(403);
    const own = await page(path, user.cookie);
    expect(await own.text()).toContain('action="/confirm-email"');
    expect((await postForm('/confirm-email', user.cookie, { token })).status).toBe(303);
  });
});

describe('signing in comes back to this site only', () => {
  for (const next of [
    '/\\evil.example',
    '/\tevil.example',
    '//evil.example',
    'https://evil.example',
    '/%5Cevil.example',
    // A tab, CR or LF anywhere: browsers drop tabs and newlines from URLs (`/\t/x` is `//x`), and a
    // CR/LF in a Location header made the response a 500.
    '/%09/evil.example',
    '/%0D%0A/evil.example',
    '/me%0D%0ASet-Cookie:%20session=stolen',
    '/%0A//evil.example',
  ]) {
    it(`next=${JSON.stringify(next)} goes to my page`, async () => {
      const user = await registerUser('solver');
      const res = await SELF.fetch(`${BASE}/signin`, {
        method: 'POST',
        headers: { origin: BASE, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ email: user.email, password: PASSWORD, next: decodeURIComponent(next) }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/me');
    });
  }

  it('a path on this site, with its query, is kept', async () => {
    const user = await registerUser('solver');
    const res = await SELF.fetch(`${BASE}/signin`, {
      method: 'POST',
      headers: { origin: BASE, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({
        email: user.email,
        password: PASSWORD,
        next: '/challenges?q=sepsis&status=open',
      }).toString(),
      redirect: 'manual',
    });
    expect(res.headers.get('location')).toBe('/challenges?q=sepsis&status=open');
  });
});
