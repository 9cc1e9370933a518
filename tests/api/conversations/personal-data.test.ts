import { describe, expect, it } from 'vitest';
import { PASSWORD, registerUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { contact, publicPerson, reply, thread } from './fixtures';

describe('conversations and personal data', () => {
  it('the export holds one’s conversations and the messages one wrote, not the other side’s', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const id = (await must(contact(sender, 'person', person.id, { share_email: true }), 201)).body.id as string;
    await must(reply(person, id, { body: 'The reply of the other side.' }), 201);

    const data = (await must(api('/api/v1/me/export', { token: sender.token }))).body;
    expect(data.conversations).toEqual([
      expect.objectContaining({
        id,
        subject: 'A pilot together?',
        about_kind: 'person',
        started_by_you: true,
        share_email: true,
      }),
    ]);
    expect(data.messages_sent).toEqual([
      expect.objectContaining({ conversation_id: id, body: 'Hello, we would like to talk.' }),
    ]);
    // The other side's reply is theirs: only the notification of it is in the export (the inbox part).
    expect(JSON.stringify([data.conversations, data.messages_sent])).not.toContain('The reply of the other side.');
  });

  it('a deleted account’s messages stay for the other side, from a former member, its address gone', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const id = (await must(contact(sender, 'person', person.id, { share_email: true }), 201)).body.id as string;
    await must(api('/api/v1/me/deletion', { token: sender.token, body: { password: PASSWORD } }), 204);

    const seen = (await must(thread(person, id))).body;
    expect(seen.messages).toEqual([
      expect.objectContaining({ body: 'Hello, we would like to talk.', sender: { id: sender.id, name: '' } }),
    ]);
    expect(JSON.stringify(seen)).not.toContain(sender.email);
    expect(seen.participants.map((p: { id: string }) => p.id)).toEqual([person.id]);
  });
});
