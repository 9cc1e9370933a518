import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, isProblem, must } from '../../helpers/http';
import { contact, publicPerson, reply, thread } from './fixtures';

const block = (token: string, id: string) => api(`/api/v1/conversations/${id}/block`, { method: 'POST', token });
const heard = async (userId: string, id: string) =>
  (
    await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'message_received' AND json_extract(params, '$.conversation_id') = ?",
    )
      .bind(userId, id)
      .first<{ n: number }>()
  )?.n;

describe('blocking a conversation', () => {
  it('closes it: the other side is told so (409) and the blocker hears nothing more', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    expect(await heard(person.id, id)).toBe(1);

    const blocked = await must(block(person.token, id));
    expect(blocked.body).toMatchObject({ closed: true, blocked_by_me: true });
    // Blocking twice changes nothing.
    await must(block(person.token, id));
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'conversation' AND entity_id = ? AND action = 'conversation.block'",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);

    const refused = await reply(sender, id, { body: 'Are you there?' });
    expect(isProblem(refused, 409)).toBe(true);
    expect(refused.body.detail).toMatch(/This conversation is closed/);
    // Contacting the same person again reopens nothing.
    expect(isProblem(await contact(sender, 'person', person.id, { body: 'Please answer.' }), 409)).toBe(true);
    expect(await heard(person.id, id)).toBe(1);

    const seen = (await must(thread(sender, id))).body;
    expect(seen).toMatchObject({ closed: true, blocked_by_me: false });
    expect(seen.messages).toHaveLength(1);
    const inbox = (await must(api('/api/v1/conversations', { token: sender.token }))).body.data;
    expect(inbox).toEqual([expect.objectContaining({ id, closed: true })]);
  });
});
