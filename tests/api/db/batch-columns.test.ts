import { env } from 'cloudflare:test';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { challenges, solutions } from '../../../worker/db/schema';

describe('batched reads', () => {
  const db = createDb(env.DB);

  it('refuses a query whose result columns share a name, saying which', async () => {
    const clashing = db
      .select({ id: solutions.id, challenge_id: challenges.id })
      .from(solutions)
      .innerJoin(challenges, eq(challenges.id, solutions.challenge_id));
    await expect(db.batch([db.select({ n: sql<number>`1` }).from(challenges), clashing])).rejects.toThrow(
      /statement 2 returns two columns named 'id' \(fields 'id' and 'challenge_id'\)/,
    );
  });

  it('runs the same query once one column is aliased', async () => {
    const aliased = db
      .select({ id: solutions.id, challenge_id: sql<string>`${challenges.id}`.as('challenge_id') })
      .from(solutions)
      .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
      .limit(1);
    const [rows] = await db.batch([aliased]);
    expect(Array.isArray(rows)).toBe(true);
  });

  it('knows that SQLite names a bare column expression after the column', async () => {
    const wrapped = db
      .select({ id: solutions.id, challenge_id: sql<string>`${challenges.id}` })
      .from(solutions)
      .innerJoin(challenges, eq(challenges.id, solutions.challenge_id));
    await expect(db.batch([wrapped])).rejects.toThrow(/two columns named 'id'/);
  });

  it('checks columns of whole tables in a selection too', async () => {
    const nested = db
      .select({ row: challenges, title: solutions.title })
      .from(challenges)
      .innerJoin(solutions, eq(solutions.challenge_id, challenges.id));
    await expect(db.batch([nested])).rejects.toThrow(/two columns named 'title' \(fields 'row.title' and 'title'\)/);
  });
});
