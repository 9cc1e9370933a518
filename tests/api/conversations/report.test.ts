import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { contact, organizationWithMembers, publicPerson, thread } from './fixtures';

const report = (token: string, id: string, reason = 'This is unsolicited advertising, again and again.') =>
  api(`/api/v1/conversations/${id}/report`, { token, body: { reason } });
const auditOf = async (id: string) =>
  (
    await env.DB.prepare(
      "SELECT action, actor_id, after FROM audit_log WHERE entity_type = 'conversation' AND entity_id = ? ORDER BY id",
    )
      .bind(id)
      .all<{ action: string; actor_id: string; after: string | null }>()
  ).results;

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('reporting a conversation', () => {
  it('lets admins read it only once reported, audits every reading, and tells them', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    expect(isProblem(await thread(world.users.admin, id), 404)).toBe(true);

    const reported = await must(report(person.token, id));
    expect(reported.body.reported_by_me).toBe(true);
    expect(isProblem(await report(person.token, id), 409)).toBe(true);
    // A short reason is refused, naming the field.
    expect(isProblem(await report(sender.token, id, 'spam'), 400)).toBe(true);

    const read = await must(thread(world.users.admin, id));
    expect(read.body).toMatchObject({ taking_part: false, messages: [{ body: 'Hello, we would like to talk.' }] });
    expect(JSON.stringify(read.body)).not.toContain(sender.email);
    // Reading is not taking part: no reply, no block from a moderator.
    expect(
      isProblem(
        await api(`/api/v1/conversations/${id}/messages`, { token: world.users.admin.token, body: { body: 'Hi' } }),
        404,
      ),
    ).toBe(true);
    // Moderators of a cluster see only reported conversations about their cluster's challenges.
    expect(isProblem(await thread(world.users.moderator, id), 404)).toBe(true);
    expect((await must(api('/api/v1/conversations', { token: world.users.admin.token }))).body.data).toEqual([]);

    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual([
      'conversation.start',
      'conversation.report',
      'conversation.moderator_read',
    ]);
    expect(JSON.parse(entries[1]!.after ?? '{}')).toEqual({
      reason: 'This is unsolicited advertising, again and again.',
    });
    const told = await env.DB.prepare(
      "SELECT params FROM notifications WHERE user_id = ? AND kind = 'report_filed' AND json_extract(params, '$.conversation_id') = ?",
    )
      .bind(world.users.admin.id, id)
      .first<{ params: string }>();
    expect(JSON.parse(told?.params ?? '{}')).toMatchObject({ entity_type: 'conversation', title: 'A pilot together?' });
    // The reported side never hears of it.
    const senderTold = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'report_filed'",
    )
      .bind(sender.id)
      .first<{ n: number }>();
    expect(senderTold?.n).toBe(0);
  });

  it('lets the moderators of a contacted challenge’s cluster read it once reported, not those of another', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'challenge', challenge), 201)).body.id as string;
    expect(isProblem(await thread(world.users.moderator, id), 404)).toBe(true);
    await must(report(world.users.clinician.token, id));
    await must(thread(world.users.moderator, id));
    expect(isProblem(await thread(world.users.other_moderator, id), 404)).toBe(true);
  });

  it('lets the moderators of a contacted organization’s home cluster read it once reported, and tells them', async () => {
    const { organization, members } = await organizationWithMembers(1);
    await env.DB.prepare('UPDATE organizations SET cluster_id = ? WHERE id = ?')
      .bind(world.cluster.id, organization.id)
      .run();
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'organization', organization.id), 201)).body.id as string;
    expect(isProblem(await thread(world.users.moderator, id), 404)).toBe(true);
    await must(report(members[0]!.token, id));
    await must(thread(world.users.moderator, id));
    expect(isProblem(await thread(world.users.other_moderator, id), 404)).toBe(true);
    const told = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'report_filed' AND json_extract(params, '$.conversation_id') = ?",
    )
      .bind(world.users.moderator.id, id)
      .first<{ n: number }>();
    expect(told?.n).toBe(1);
  });
});
