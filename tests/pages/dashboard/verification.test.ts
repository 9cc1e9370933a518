import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { BASE, freshClient } from '../../helpers/http';
import { delivered } from '../../helpers/mail';
import { myPage, textOf } from './needs';

/** The "Send the link again" button, from one client address. */
const resend = (cookie: string, client = freshClient()) =>
  SELF.fetch(`${BASE}/me/verification`, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      cookie,
      origin: BASE,
      'content-type': 'application/x-www-form-urlencoded',
      'cf-connecting-ip': client,
    },
    body: '',
    redirect: 'manual',
  });

describe('my page: an unconfirmed address', () => {
  it('says what they cannot do yet and why, and sends the link again', async () => {
    const user = await registerUser('clinician', {}, { confirmed: false });
    const { needs } = await myPage(user);
    const text = textOf(needs);
    expect(text).toContain('Confirm your email address');
    expect(text).toContain(`We sent a link to ${user.email}`);
    expect(text).toContain('not post a challenge, submit a solution, ask a question');
    expect(text).toContain('someone else could have registered with it');
    expect(needs).toContain('action="/me/verification"');
    // The notice is what needs them; "nothing needs you" would be wrong.
    expect(text).not.toContain('Nothing needs you');

    const res = await resend(user.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/me?done=sent');
    const after = await myPage(user, '?done=sent');
    expect(textOf(after.html)).toContain(`A new confirmation link is on its way to ${user.email}`);
    // The one sent at registration and the new one.
    const mails = await delivered(user.email, 'confirm_email', { count: 2 });
    expect(mails).toHaveLength(2);
  });

  it('too many requests for a link are answered on the page with 429, not an error page', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const client = freshClient();
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 6 && !limited; i++) {
      const res = await resend(user.cookie, client);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 3)).toEqual([303, 303, 303]);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = (await limited?.text()) ?? '';
    expect(html).toContain('<h1>My page</h1>');
    expect(textOf(html)).toMatch(/You have asked for several links in a short time\. .* try again in \d+ minutes\./);
    expect(html).toContain('action="/me/verification"');
  });

  it('a confirmed account sees no notice', async () => {
    const user = await registerUser('solver');
    const { needs } = await myPage(user);
    expect(needs).not.toContain('/me/verification');
  });

  it('links to the account, notification and saved-search settings', async () => {
    const { html } = await myPage(await registerUser('solver'));
    for (const href of ['/me/account', '/me/notifications/preferences', '/me/saved-searches']) {
      expect(html).toContain(`href="${href}"`);
    }
  });
});
