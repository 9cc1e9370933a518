import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, isProblem, must } from '../../helpers/http';
import { contact, organizationWithMembers } from './fixtures';

/** How often `userId` heard of a message in conversation `id` (inbox rows of `message_received`). */
const heardOf = async (userId: string, id: string) =>
  (
    await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'message_received' AND json_extract(params, '$.conversation_id') = ?",
    )
      .bind(userId, id)
      .first<{ n: number }>()
  )?.n;

// Found by the review of issue 16: a block closed one conversation, and the blocked sender reached
// the same person again by contacting their organization.
describe('a block is between two people', () => {
  it('a blocked sender does not reach the blocker through their organization, and is told why', async () => {
    const sender = await registerUser('solver');
    const { organization, members } = await organizationWithMembers(2);
    const [blocker, colleague] = members as [(typeof members)[0], (typeof members)[0]];
    await must(
      api('/api/v1/me/profile', { method: 'PATCH', token: blocker.token, body: { public: true, headline: 'Expert' } }),
    );
    const first = (await must(contact(sender, 'person', blocker.id), 201)).body.id as string;
    await must(api(`/api/v1/conversations/${first}/block`, { method: 'POST', token: blocker.token }));

    // Their organization: the colleague hears of it, the blocker does not and is not in it.
    const second = (await must(contact(sender, 'organization', organization.id), 201)).body.id as string;
    expect(await heardOf(blocker.id, second)).toBe(0);
    expect(await heardOf(colleague.id, second)).toBe(1);
    expect((await api(`/api/v1/conversations/${second}/messages`, { token: blocker.token })).status).toBe(404);

    // An organization where the blocker is the only one to reach: 409 naming the reason, nothing written.
    const { organization: solo } = await organizationWithMembers(0);
    await env.DB.prepare('UPDATE users SET organization_id = ? WHERE id = ?').bind(solo.id, blocker.id).run();
    const conversations = async () =>
      (
        await env.DB.prepare('SELECT count(*) AS n FROM conversations WHERE created_by = ?')
          .bind(sender.id)
          .first<{ n: number }>()
      )?.n;
    const count = await conversations();
    const refused = await contact(sender, 'organization', solo.id, { subject: 'Another try', body: 'Please answer.' });
    expect(isProblem(refused, 409)).toBe(true);
    expect(refused.body.detail).toContain('closed a conversation with you');
    expect(await conversations()).toBe(count);
  });
});
