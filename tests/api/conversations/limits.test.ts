import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MESSAGES_PER_HOUR } from '../../../worker/domain/conversations/limits';
import { registerUser } from '../../helpers/actors';
import { isProblem, must } from '../../helpers/http';
import { contact, publicPerson, reply } from './fixtures';

describe('limits on contact', () => {
  it('give a new account 5 new conversations a day, then 429 with Retry-After; replies go on', async () => {
    const sender = await registerUser('solver');
    const people = await Promise.all(Array.from({ length: 6 }, () => publicPerson()));
    const ids: string[] = [];
    for (const person of people.slice(0, 5)) ids.push((await must(contact(sender, 'person', person.id), 201)).body.id);
    const refused = await contact(sender, 'person', people[5]!.id);
    expect(isProblem(refused, 429)).toBe(true);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.detail).toMatch(/Too many new conversations today/);
    // Writing in a conversation already started is not a new one.
    await must(reply(sender, ids[0]!, { body: 'One more thing.' }), 201);
  });

  it('give an account older than a week 30 a day', async () => {
    const sender = await registerUser('solver');
    await env.DB.prepare("UPDATE users SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").bind(sender.id).run();
    const people = await Promise.all(Array.from({ length: 6 }, () => publicPerson()));
    for (const person of people) await must(contact(sender, 'person', person.id), 201);
  });

  it(`give every sender ${MESSAGES_PER_HOUR.max} messages an hour across their conversations, then 429 with Retry-After and nothing written`, async () => {
    const sender = await registerUser('solver');
    const id = (await must(contact(sender, 'person', (await publicPerson()).id), 201)).body.id as string;
    // The first message came with the contact: the rest of the hour's allowance, one by one.
    for (let n = 1; n < MESSAGES_PER_HOUR.max; n++) await must(reply(sender, id, { body: `Message ${n}` }), 201);
    const refused = await reply(sender, id, { body: 'One too many.' });
    expect(isProblem(refused, 429)).toBe(true);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const written = await env.DB.prepare('SELECT count(*) AS n FROM messages WHERE conversation_id = ?')
      .bind(id)
      .first<{ n: number }>();
    expect(written?.n).toBe(MESSAGES_PER_HOUR.max);
  });
});
