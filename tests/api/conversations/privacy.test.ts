import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { type ApiResponse, api, must } from '../../helpers/http';
import { delivered, mailboxPage } from '../../helpers/mail';
import { contact, publicPerson, reply, thread } from './fixtures';

/**
 * The test the issue asks for: in a relayed conversation neither address leaks. Every body either
 * side can read (the API's answers, the inbox, the notifications, the outbox and the emails as
 * sent) is searched for the other party's address; a shared address shows in the conversation
 * view only.
 */

const text = (res: ApiResponse) => (typeof res.body === 'string' ? res.body : JSON.stringify(res.body));

/** Everything `reader` can read about conversation `id`, and their emails, as text. */
async function everythingReadBy(reader: TestUser, id: string) {
  const mails = await delivered(reader.email, 'message_received', { count: 1 });
  const outbox = await env.DB.prepare('SELECT params FROM email_outbox WHERE to_email = ?').bind(reader.email).all();
  return {
    list: text(await must(api('/api/v1/conversations', { token: reader.token }))),
    notifications: text(await must(api('/api/v1/me/notifications', { token: reader.token }))),
    outbox: JSON.stringify(outbox.results),
    mails: (await Promise.all(mails.map((m) => mailboxPage(m.id)))).join('\n'),
    view: text(await must(thread(reader, id))),
  };
}

describe('addresses in a conversation', () => {
  it('are never shown unless shared, and then only in the conversation view', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const started = await must(contact(sender, 'person', person.id), 201);
    const id = started.body.id as string;
    expect(text(started)).not.toContain(person.email);
    expect(text(await must(reply(person, id, { body: 'Thank you, tell me more.' }), 201))).not.toContain(sender.email);

    for (const [reader, other] of [
      [person, sender],
      [sender, person],
    ] as const) {
      const seen = await everythingReadBy(reader, id);
      for (const [where, body] of Object.entries(seen)) {
        expect(body.includes(other.email), `${other.email} in ${where}`).toBe(false);
      }
      // The email carries the message itself and a link to reply in Bedside.
      expect(seen.mails).toContain(`/conversations/${id}`);
    }
    const firstMail = (await delivered(person.email, 'message_received'))[0]!;
    expect(await mailboxPage(firstMail.id)).toContain('Hello, we would like to talk.');

    // The sender shares their address: the person sees it in the conversation, nowhere else.
    const shared = await must(
      api(`/api/v1/conversations/${id}/share-email`, { token: sender.token, body: { share_email: true } }),
    );
    expect(shared.body.share_email).toBe(true);
    await must(reply(sender, id, { body: 'Write to me directly if you prefer.' }), 201);
    await delivered(person.email, 'message_received', { count: 2 });
    const after = await everythingReadBy(person, id);
    expect(after.view).toContain(sender.email);
    const participant = JSON.parse(after.view).participants.find((p: { id: string }) => p.id === sender.id);
    expect(participant.email).toBe(sender.email);
    for (const where of ['list', 'notifications', 'outbox', 'mails'] as const) {
      expect(after[where].includes(sender.email), `${sender.email} in ${where}`).toBe(false);
    }
    // The person never shared theirs.
    expect(text(await must(thread(sender, id)))).not.toContain(person.email);

    // Taken back: gone from the view too.
    await must(api(`/api/v1/conversations/${id}/share-email`, { token: sender.token, body: { share_email: false } }));
    expect(text(await must(thread(person, id)))).not.toContain(sender.email);
  });
});
