import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../../worker/index';
import { registerUser } from '../../helpers/actors';
import { BASE } from '../../helpers/http';
import { delivered, mailboxPage } from '../../helpers/mail';
import { page } from '../../helpers/pages';

/** The Worker as a deployment runs it: without the development switch. */
async function inProduction(path: string) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(BASE + path, { headers: { accept: 'text/html' } }),
    { ...env, DEV_MAILBOX: undefined },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

describe('the development mailbox', () => {
  it('lists every email newest first and shows each with both parts and working links', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const [mail] = await delivered(user.email, 'confirm_email');
    const list = await (await page('/dev/mailbox')).text();
    expect(list).toContain(`/dev/mailbox/${mail?.id}`);
    expect(list).toContain(user.email);
    const message = await mailboxPage(mail?.id ?? '');
    expect(message).toContain('Plain-text part');
    expect(message).toContain('HTML part');
    expect(message).toMatch(/<a href="https:\/\/bedside\.test\/confirm-email\?token=[^"]+">/);
    const html = await page(`/dev/mailbox/${mail?.id}/html`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Confirm my address');
  });

  it('does not exist in production: the same 404 as any unknown address', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const [mail] = await delivered(user.email, 'confirm_email');
    for (const path of ['/dev/mailbox', `/dev/mailbox/${mail?.id}`, `/dev/mailbox/${mail?.id}/html`]) {
      const res = await inProduction(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain(user.email);
    }
  });
});
