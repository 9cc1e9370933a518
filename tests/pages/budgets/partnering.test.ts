import { describe, it } from 'vitest';
import { contact, publicPerson, reply } from '../../api/conversations/fixtures';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { accept, createEvent, registerFor, requestMeeting } from '../../helpers/events';
import { must } from '../../helpers/http';
import { type Cost, expectPinned, measure } from './measure';

/**
 * A cluster's `n` published events, the first with `2n` participants in `n` accepted and placed
 * meetings; a person with a public profile contacted by `n` people, the first conversation `n`
 * replies long.
 */
async function world(n: number) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const event = await createEvent(moderator, cluster.slug);
  for (let i = 1; i < n; i++) await createEvent(moderator, cluster.slug);
  let participant: TestUser | undefined;
  for (let i = 0; i < n; i++) {
    const [a, b] = [await registerUser('clinician'), await registerUser('solver')];
    await registerFor(a, event.id);
    await registerFor(b, event.id);
    await accept(b, (await requestMeeting(a, event.id, b)).id);
    participant ??= a;
  }
  const person = await publicPerson();
  const conversations: string[] = [];
  for (let i = 0; i < n; i++) {
    const sender = await registerUser('solver');
    conversations.push((await must(contact(sender, 'person', person.id), 201)).body.id);
  }
  const talk = conversations[0] ?? '';
  for (let i = 0; i < n; i++) await must(reply(person, talk, { body: `Reply ${i + 1}` }), 201);
  const asker = await registerUser('clinician');
  return measure([
    { name: 'events page, signed in', path: '/events', as: participant },
    { name: 'events JSON, signed in', path: '/api/v1/events', as: participant, api: true },
    { name: 'event page, organiser', path: `/events/${event.id}`, as: moderator },
    { name: 'event page, participant', path: `/events/${event.id}`, as: participant },
    { name: 'event JSON, organiser', path: `/api/v1/events/${event.id}`, as: moderator, api: true },
    { name: 'schedule JSON, organiser', path: `/api/v1/events/${event.id}/schedule`, as: moderator, api: true },
    { name: 'schedule JSON, participant', path: `/api/v1/events/${event.id}/schedule`, as: participant, api: true },
    { name: 'edit event form', path: `/events/${event.id}/edit`, as: moderator },
    { name: 'new event form', path: '/events/new', as: moderator },
    { name: 'conversations page', path: '/conversations', as: person },
    { name: 'conversations JSON', path: '/api/v1/conversations', as: person, api: true },
    { name: 'conversation page', path: `/conversations/${talk}`, as: person },
    { name: 'conversation JSON', path: `/api/v1/conversations/${talk}/messages`, as: person, api: true },
    { name: 'contact form', path: `/conversations/new?about_kind=person&about_id=${person.id}`, as: asker },
  ]);
}

const PINS: Record<string, Cost> = {
  'events page, signed in': { calls: 2, statements: 2 },
  'events JSON, signed in': { calls: 2, statements: 2 },
  // The event with its participants, the viewer's requests and their schedule in one batch (the
  // policy decides over that batch's facts: was 4 calls and 6 statements, then 3 and 5).
  'event page, organiser': { calls: 2, statements: 5 },
  'event page, participant': { calls: 2, statements: 5 },
  'event JSON, organiser': { calls: 2, statements: 4 },
  // The event and the meetings in one batch (was 3 calls).
  'schedule JSON, organiser': { calls: 2, statements: 3 },
  'schedule JSON, participant': { calls: 2, statements: 3 },
  'edit event form': { calls: 2, statements: 2 },
  'new event form': { calls: 2, statements: 2 },
  // The inbox is one index range. A conversation is one batch: the facts the policy decides on
  // with its head, the people shown, a page of messages and the read mark (was 3 calls, 6 statements).
  'conversations page': { calls: 2, statements: 2 },
  'conversations JSON': { calls: 2, statements: 2 },
  'conversation page': { calls: 2, statements: 5 },
  'conversation JSON': { calls: 2, statements: 5 },
  'contact form': { calls: 2, statements: 2 },
};

describe('round trips of the event and conversation pages', { timeout: 120_000 }, () => {
  it('cost the same for 3 and for 8 of what they list, and exactly the pinned cost', async () => {
    const small = await world(3);
    const large = await world(8);
    expectPinned(small, large, PINS);
  });
});
