import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { contact, organizationWithMembers, reply, thread } from './fixtures';

const confirmedMember = (organizationId: string, userId: string, role: 'admin' | 'member') => {
  const now = new Date().toISOString();
  return env.DB.prepare(
    "INSERT INTO organization_memberships (organization_id, user_id, role, status, via, claimed_at, decided_at) VALUES (?, ?, ?, 'confirmed', 'admin', ?, ?)",
  ).bind(organizationId, userId, role, now, now);
};

// Found by the review of issue 16: someone removed from an organization kept reading (and being
// told of) what was written to it.
describe('what is written to an organization is for its members', () => {
  it('someone removed from it leaves its conversations: 404, gone from their inbox, not told', async () => {
    const { organization, members } = await organizationWithMembers(2);
    const [admin, leaver] = members as [(typeof members)[0], (typeof members)[0]];
    await env.DB.batch([
      confirmedMember(organization.id, admin.id, 'admin'),
      confirmedMember(organization.id, leaver.id, 'member'),
    ]);
    const outsider = await registerUser('solver');
    const id = (await must(contact(outsider, 'organization', organization.id), 201)).body.id as string;
    expect((await thread(leaver, id)).status).toBe(200);

    await must(
      api(`/api/v1/organizations/${organization.id}/memberships/${leaver.id}/decline`, {
        method: 'POST',
        token: admin.token,
      }),
    );
    await must(reply(outsider, id, { body: 'Our pricing for your hospital.' }), 201);

    expect((await thread(leaver, id)).status).toBe(404);
    const inbox = (await must(api('/api/v1/conversations', { token: leaver.token }))).body;
    expect(inbox.data.map((c: { id: string }) => c.id)).not.toContain(id);
    const told = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'message_received' AND json_extract(params, '$.body') LIKE '%pricing%'",
    )
      .bind(leaver.id)
      .first<{ n: number }>();
    expect(told?.n).toBe(0);
    // The admin still reads it; the outsider, who started it, too.
    expect((await thread(admin, id)).status).toBe(200);
    expect((await thread(outsider, id)).status).toBe(200);
  });
});
