import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { meetingBetween } from '../../helpers/events';
import { api, d1Stats, must } from '../../helpers/http';
import { contact, publicPerson, thread } from './fixtures';

/**
 * D1 round trips and SQL statements of two read paths the bench measures (issue 17): a
 * conversation's messages and a meeting's calendar file. Pinned, and for the conversation the
 * same at 1 message as at 61, so a query per message or an extra round trip fails here.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('reading costs', () => {
  it("a conversation's messages: one batch however long the thread", async () => {
    const person = await publicPerson();
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    const short = await must(thread(person, id));
    expect(short.body.messages).toHaveLength(1);
    const base = Date.parse(short.body.messages[0].created_at);
    await env.DB.batch(
      Array.from({ length: 60 }, (_, k) =>
        env.DB.prepare(
          'INSERT INTO messages (id, conversation_id, sender_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).bind(
          crypto.randomUUID(),
          id,
          k % 2 === 0 ? person.id : sender.id,
          `Reply ${k + 1}`,
          new Date(base + (k + 1) * 1000).toISOString(),
        ),
      ),
    );
    const long = await must(thread(person, id));
    expect(long.body.messages).toHaveLength(61);
    expect(long.body.messages.at(-1).body).toBe('Reply 60');
    expect(d1Stats(long)).toEqual(d1Stats(short));
    expect(d1Stats(long).calls).toBeLessThanOrEqual(3);
    expect(d1Stats(long).statements).toBeLessThanOrEqual(6);
  });

  it("a meeting's calendar file: two round trips, two statements", async () => {
    const [a, b] = [await registerUser('clinician'), await registerUser('solver')];
    const { meeting } = await meetingBetween(world.users.moderator, world.cluster.slug, a, b);
    const res = await api(`/api/v1/meetings/${meeting.id}/calendar.ics`, { token: b.token });
    expect(res.status).toBe(200);
    expect(d1Stats(res).calls).toBeLessThanOrEqual(2);
    expect(d1Stats(res).statements).toBeLessThanOrEqual(2);
  });
});
