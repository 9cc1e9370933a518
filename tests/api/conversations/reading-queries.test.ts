import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { meetingBetween } from '../../helpers/events';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { contact, publicPerson, thread } from './fixtures';

/**
 * D1 round trips and SQL statements of two read paths the bench measures (issue 17): a
 * conversation's messages and a meeting's calendar file. Pinned, and for the conversation the
 * same at 1 message as at 61 and for every page of them, so a query per message, an extra round
 * trip or a thread read whole fails here.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('reading costs', () => {
  it("a conversation's messages: one batch a page, however long the thread", async () => {
    const person = await publicPerson();
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    const short = await must(thread(person, id));
    expect(short.body.messages).toHaveLength(1);
    expect(short.body.next_cursor).toBeNull();
    expect(short.headers.get('link')).toBeNull();
    const base = Date.parse(short.body.messages[0].created_at);
    await env.DB.batch(
      Array.from({ length: 60 }, (_, k) =>
        env.DB.prepare(
          'INSERT INTO messages (id, conversation_id, sender_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).bind(
          // Ids in the order written, as uuidv7 ids are.
          `${id}-${String(k).padStart(3, '0')}`,
          id,
          k % 2 === 0 ? person.id : sender.id,
          `Reply ${k + 1}`,
          // Two replies a second, Reply 20 and 21 and Reply 40 and 41 among them: pages part
          // messages written in the same instant too (by id).
          new Date(base + (Math.floor((k + 1) / 2) + 1) * 1000).toISOString(),
        ),
      ),
    );
    // Issue 17: the newest 20 (the default page), oldest first, then the earlier ones by cursor,
    // each page one batch of the same cost, until the first message.
    const long = await must(thread(person, id));
    expect(long.body.messages.map((m: { body: string }) => m.body)).toEqual(
      Array.from({ length: 20 }, (_, k) => `Reply ${41 + k}`),
    );
    expect(d1Stats(long)).toEqual(d1Stats(short));
    // The session, then one batch: the facts the policy decides on with the head, the people, the page, the read mark.
    expect(d1Stats(long)).toEqual({ calls: 2, statements: 5 });
    const seen: string[] = [...long.body.messages.map((m: { id: string }) => m.id)];
    const bodies: string[] = [...long.body.messages.map((m: { body: string }) => m.body)];
    let next: string | null = long.body.next_cursor;
    // The Link header names the same page as next_cursor.
    expect(long.headers.get('link')).toContain(`cursor=${encodeURIComponent(next ?? '')}`);
    let pages = 1;
    while (next) {
      const earlier = await must(
        api(`/api/v1/conversations/${id}/messages?cursor=${encodeURIComponent(next)}`, { token: person.token }),
      );
      expect(d1Stats(earlier)).toEqual(d1Stats(long));
      seen.unshift(...earlier.body.messages.map((m: { id: string }) => m.id));
      bodies.unshift(...earlier.body.messages.map((m: { body: string }) => m.body));
      next = earlier.body.next_cursor;
      pages++;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(61);
    expect(bodies).toEqual([
      'Hello, we would like to talk.',
      ...Array.from({ length: 60 }, (_, k) => `Reply ${k + 1}`),
    ]);

    const small = await must(api(`/api/v1/conversations/${id}/messages?limit=7`, { token: person.token }));
    expect(small.body.messages.map((m: { body: string }) => m.body).at(0)).toBe('Reply 54');
    expect(small.body.messages).toHaveLength(7);
  });

  it("refuses a conversation's page it cannot serve: 400, and nothing marked read", async () => {
    const person = await publicPerson();
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'person', person.id), 201)).body.id as string;
    const unread = () =>
      env.DB.prepare('SELECT last_read_at FROM conversation_participants WHERE conversation_id = ? AND user_id = ?')
        .bind(id, person.id)
        .first<{ last_read_at: string | null }>();
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=not-one-of-ours']) {
      const res = await api(`/api/v1/conversations/${id}/messages?${query}`, { token: person.token });
      expect(isProblem(res, 400, 'validation_failed'), query).toBe(true);
    }
    expect((await unread())?.last_read_at).toBeNull();
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
