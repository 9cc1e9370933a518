import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

/**
 * Relayed conversations as pages without JavaScript: "Contact" on a person, the form, the inbox
 * with its unread marker, the conversation with its reply, address and block forms; never an
 * address that was not shared.
 */
describe('conversation pages', () => {
  it('contact a person from the directory, reply, share an address, block', async () => {
    const person = await registerUser('clinician');
    await must(api('/api/v1/me/profile', { method: 'PATCH', token: person.token, body: { public: true } }));
    const sender = await registerUser('solver');

    const directory = await (await page(`/people?cursor=`, sender.cookie)).text();
    expect(directory).not.toContain(person.email);
    const form = await page(`/conversations/new?about_kind=person&about_id=${person.id}`, sender.cookie);
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    expect(formHtml).toContain('<label');
    expect(formHtml).toContain('Share my email address in this conversation');

    const empty = await postForm('/conversations', sender.cookie, {
      about_kind: 'person',
      about_id: person.id,
      subject: '',
      body: '',
    });
    expect(empty.status).toBe(400);

    const sent = await postForm('/conversations', sender.cookie, {
      about_kind: 'person',
      about_id: person.id,
      subject: 'Sepsis pilot',
      body: 'Hello,\nwould you test our device?',
    });
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location') ?? '';
    expect(location).toMatch(/^\/conversations\/[0-9a-f-]{36}\?done=sent$/);
    const id = location.split('/')[2]!.split('?')[0]!;

    const inbox = await (await page('/conversations', person.cookie)).text();
    expect(inbox).toContain('Sepsis pilot');
    expect(inbox).toContain('badge-unread');
    expect(inbox).not.toContain(sender.email);
    const thread = await (await page(`/conversations/${id}`, person.cookie)).text();
    expect(thread).toContain('would you test our device?');
    expect(thread).not.toContain(sender.email);
    expect(await (await page('/conversations', person.cookie)).text()).not.toContain('badge-unread');

    expect((await postForm(`/conversations/${id}/messages`, person.cookie, { body: 'Yes, gladly.' })).status).toBe(303);
    expect((await postForm(`/conversations/${id}/share-email`, person.cookie, { share_email: 'yes' })).status).toBe(
      303,
    );
    const seen = await (await page(`/conversations/${id}`, sender.cookie)).text();
    expect(seen).toContain('Yes, gladly.');
    expect(seen).toContain(`mailto:${person.email}`);
    expect(await (await page(`/conversations/${id}`, person.cookie)).text()).not.toContain(sender.email);

    // Reported: an admin may read it (and only read), the other side is not told.
    const admin = await registerUser('clinician');
    await env.DB.prepare('UPDATE users SET is_admin = 1 WHERE id = ?').bind(admin.id).run();
    expect((await page(`/conversations/${id}`, admin.cookie)).status).toBe(404);
    const tooShort = await postForm(`/conversations/${id}/report`, person.cookie, { reason: 'spam' });
    expect(tooShort.status).toBe(400);
    expect(await tooShort.text()).toContain('What is wrong');
    expect(
      (await postForm(`/conversations/${id}/report`, person.cookie, { reason: 'Unsolicited advertising.' })).status,
    ).toBe(303);
    expect(await (await page(`/conversations/${id}?done=reported`, person.cookie)).text()).toContain(
      'You reported this conversation',
    );
    const moderated = await page(`/conversations/${id}`, admin.cookie);
    expect(moderated.status).toBe(200);
    const moderatedHtml = await moderated.text();
    expect(moderatedHtml).toContain('You are reading this conversation as a moderator');
    expect(moderatedHtml).not.toContain(`action="/conversations/${id}/messages"`);
    expect(moderatedHtml).not.toContain(sender.email);

    // Blocking asks first, then closes it.
    const asked = await postForm(`/conversations/${id}/block`, person.cookie, {});
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Block this conversation?');
    expect((await postForm(`/conversations/${id}/block`, person.cookie, { confirmed: 'yes' })).status).toBe(303);
    const closed = await postForm(`/conversations/${id}/messages`, sender.cookie, { body: 'Hello?' });
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain('This conversation is closed');

    const stranger = await registerUser('clinician');
    expect((await page(`/conversations/${id}`, stranger.cookie)).status).toBe(404);
    expect((await page(`/conversations/${id}`, undefined, { redirect: 'manual' })).status).toBe(303);
  });

  it('shows the newest messages, and the earlier ones through a link that needs no JavaScript', async () => {
    const person = await registerUser('clinician');
    await must(api('/api/v1/me/profile', { method: 'PATCH', token: person.token, body: { public: true } }));
    const sender = await registerUser('solver');
    const started = await must(
      api('/api/v1/conversations', {
        token: sender.token,
        body: { about_kind: 'person', about_id: person.id, subject: 'Long thread', body: 'Message 0' },
      }),
      201,
    );
    const id = started.body.id as string;
    const base = Date.parse(started.body.created_at);
    // 24 more (25 in all): a page of 20 and the 5 before it.
    await env.DB.batch(
      Array.from({ length: 24 }, (_, k) =>
        env.DB.prepare(
          'INSERT INTO messages (id, conversation_id, sender_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).bind(`${id}-${k}`, id, sender.id, `Message ${k + 1}`, new Date(base + (k + 1) * 1000).toISOString()),
      ),
    );
    const bodies = (html: string) => [...html.matchAll(/<p class="message-body">(Message \d+)<\/p>/g)].map((m) => m[1]);
    const first = await (await page(`/conversations/${id}`, person.cookie)).text();
    expect(bodies(first)).toEqual(Array.from({ length: 20 }, (_, k) => `Message ${k + 5}`));
    const link = /<a href="(\/conversations\/[^"?]+\?cursor=[^"]+)" rel="next">Earlier messages<\/a>/.exec(first);
    expect(link, 'an "earlier messages" link').not.toBeNull();
    const earlier = await page(link![1]!.replace(/&amp;/g, '&'), person.cookie);
    expect(earlier.status).toBe(200);
    const earlierHtml = await earlier.text();
    expect(bodies(earlierHtml)).toEqual(['Message 0', 'Message 1', 'Message 2', 'Message 3', 'Message 4']);
    expect(earlierHtml).not.toContain('rel="next"');
    for (const [lang, label] of [
      ['de', 'Frühere Nachrichten'],
      ['it', 'Messaggi precedenti'],
      ['ro', 'Mesaje anterioare'],
    ] as const) {
      expect(await (await page(`/conversations/${id}?lang=${lang}`, person.cookie)).text()).toContain(label);
    }
    // A damaged cursor is a 400 page, not a 500.
    expect((await page(`/conversations/${id}?cursor=nonsense`, person.cookie)).status).toBe(400);
  });

  it('offers Contact on an organization and a person to confirmed accounts, in every language', async () => {
    const organization = await profile();
    const sender = await registerUser('solver');
    const unconfirmed = await registerUser('solver', {}, { confirmed: false });
    const link = `/conversations/new?about_kind=organization&amp;about_id=${organization.id}`;
    expect(await (await page(`/organizations/${organization.id}`, sender.cookie)).text()).toContain(link);
    expect(await (await page(`/organizations/${organization.id}`, unconfirmed.cookie)).text()).not.toContain(link);
    expect(await (await page(`/organizations/${organization.id}`)).text()).not.toContain(link);
    for (const [lang, heading] of [
      ['de', 'Unterhaltungen'],
      ['it', 'Conversazioni'],
      ['ro', 'Conversații'],
    ] as const) {
      expect(await (await page(`/conversations?lang=${lang}`, sender.cookie)).text()).toContain(`<h1>${heading}</h1>`);
    }
  });
});
