import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { contact, organizationWithMembers, publicPerson, reply, thread } from './fixtures';

/**
 * Relayed contact (issue 16): an organization, a person who made their profile public, or a
 * published challenge's owner is reached through Bedside; only those taking part see it.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('contacting', () => {
  it('an organization reaches its confirmed members, who reply; a second contact reopens it', async () => {
    const { organization, members } = await organizationWithMembers(2);
    const sender = await registerUser('solver');
    const started = await must(contact(sender, 'organization', organization.id), 201);
    expect(started.body).toMatchObject({
      subject: 'A pilot together?',
      about: { kind: 'organization', id: organization.id, title: organization.name },
      closed: false,
      messages: [{ body: 'Hello, we would like to talk.', mine: true }],
    });
    const id = started.body.id as string;

    for (const member of members) {
      const inbox = (await must(api('/api/v1/conversations', { token: member.token }))).body;
      expect(inbox.data).toEqual([expect.objectContaining({ id, unread: true, started_by_me: false })]);
    }
    const answered = await must(reply(members[1]!, id, { body: 'Gladly: when?' }), 201);
    expect(answered.body.messages.map((m: { body: string }) => m.body)).toEqual([
      'Hello, we would like to talk.',
      'Gladly: when?',
    ]);
    // The member who has not written stays unnamed to the sender.
    const seen = (await must(thread(sender, id))).body;
    expect(seen.participants.map((p: { id: string }) => p.id).sort()).toEqual([sender.id, members[1]!.id].sort());

    const again = await must(
      contact(sender, 'organization', organization.id, { subject: 'Ignored', body: 'Any news?' }),
    );
    expect(again.body.id).toBe(id);
    expect(again.body.subject).toBe('A pilot together?');
    expect(again.body.messages).toHaveLength(3);
    const list = (await must(api('/api/v1/conversations', { token: sender.token }))).body;
    expect(list.data.filter((c: { id: string }) => c.id === id)).toHaveLength(1);
  });

  it('a person only if their profile is public', async () => {
    const sender = await registerUser('solver');
    const person = await publicPerson();
    const hidden = await registerUser('clinician');
    expect((await must(contact(sender, 'person', person.id), 201)).body.about.kind).toBe('person');
    expect(isProblem(await contact(sender, 'person', hidden.id), 404)).toBe(true);
    expect(isProblem(await contact(person, 'person', person.id), 409)).toBe(true);
  });

  it('a published challenge reaches its owner, never the owner themself', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const sender = await registerUser('solver');
    const started = await must(contact(sender, 'challenge', challenge), 201);
    const inbox = (await must(api('/api/v1/conversations', { token: world.users.clinician.token }))).body;
    expect(inbox.data.map((c: { id: string }) => c.id)).toContain(started.body.id);
    expect(isProblem(await contact(world.users.clinician, 'challenge', challenge), 409)).toBe(true);
  });

  it('an unlisted organization, or one nobody can be reached at, is refused', async () => {
    const sender = await registerUser('solver');
    const { organization } = await organizationWithMembers(0);
    expect(isProblem(await contact(sender, 'organization', organization.id), 409)).toBe(true);
    expect(isProblem(await contact(sender, 'organization', crypto.randomUUID()), 404)).toBe(true);
    const unlisted = await organizationWithMembers(1, false);
    const refused = await contact(sender, 'organization', unlisted.organization.id);
    expect(isProblem(refused, 404)).toBe(true);
    expect(refused.body.detail).toBe('There is no such organization, or it is not visible to you.');
  });

  it('needs a confirmed address to write, and is 404 to strangers', async () => {
    const person = await publicPerson();
    const unconfirmed = await registerUser('solver', {}, { confirmed: false });
    const refused = await contact(unconfirmed, 'person', person.id);
    expect(isProblem(refused, 403)).toBe(true);
    expect(refused.body.detail).toMatch(/Confirm your email address first/);

    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    const stranger = await registerUser('clinician');
    expect(isProblem(await thread(stranger, id), 404)).toBe(true);
    expect(isProblem(await reply(stranger, id, { body: 'Hi' }), 404)).toBe(true);
    expect(
      isProblem(await api(`/api/v1/conversations/${id}/block`, { method: 'POST', token: stranger.token }), 404),
    ).toBe(true);
    expect((await must(api('/api/v1/conversations', { token: stranger.token }))).body.data).toEqual([]);
    expect(isProblem(await thread(world.users.admin, id), 404)).toBe(true);
    expect((await api(`/api/v1/conversations/${id}/messages`)).status).toBe(401);
  });
});
