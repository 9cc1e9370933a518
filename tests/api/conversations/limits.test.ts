import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
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
});
