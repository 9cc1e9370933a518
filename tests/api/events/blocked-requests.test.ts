import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createWorld, registerUser } from '../../helpers/actors';
import { createEvent, registerFor, requestMeeting } from '../../helpers/events';
import { api, isProblem, must } from '../../helpers/http';
import { contact, publicPerson } from '../conversations/fixtures';

// A block is between two people (issue 16): someone who closed a conversation with a sender is not
// put in front of them again by a meeting request at an event they both attend.
describe('meeting requests and blocks', () => {
  it('refuses a request to someone who blocked the sender (409, nothing written), and lets the blocker still ask', async () => {
    const world = await createWorld();
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const sender = await registerUser('solver');
    const blocker = await publicPerson();
    const conversation = (await must(contact(sender, 'person', blocker.id), 201)).body.id as string;
    await must(api(`/api/v1/conversations/${conversation}/block`, { method: 'POST', token: blocker.token }));
    await registerFor(sender, event.id);
    await registerFor(blocker, event.id);

    const refused = await api(`/api/v1/events/${event.id}/meeting-requests`, {
      token: sender.token,
      body: { to: blocker.id, message: 'Shall we meet after all?' },
    });
    expect(isProblem(refused, 409, 'invalid_state')).toBe(true);
    expect(refused.body.detail).toContain('closed a conversation with you');
    const written = await env.DB.prepare('SELECT count(*) AS n FROM meeting_requests WHERE event_id = ?')
      .bind(event.id)
      .first<{ n: number }>();
    expect(written?.n).toBe(0);
    const told = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'meeting_requested'",
    )
      .bind(blocker.id)
      .first<{ n: number }>();
    expect(told?.n).toBe(0);

    // The blocker chose whom to keep away; they may still ask the other.
    const theirs = await requestMeeting(blocker, event.id, sender);
    expect(theirs.id).toBeTruthy();
  });
});
