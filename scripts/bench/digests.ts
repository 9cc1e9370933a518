import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../worker/db/client';
import * as t from '../../worker/db/schema';
import { SQL_UUIDV7 } from '../../worker/db/schema/columns';
import { composeDigests, DIGESTS_PER_JOB, dueForDigest } from '../../worker/domain/notifications/digests';

/** `count` numbers 1…count as a SQL row source (SQLite has no generate_series in D1). */
const numbers = (n: number) =>
  sql`(WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n}) SELECT i FROM seq)`;

export interface ReaderOptions {
  people: number;
  linesEach: number;
}

/**
 * `people` confirmed readers whose daily digest is due, each with `linesEach` lines waiting for
 * it; and `linesEach` × 100 lines in moderator@demo.test's inbox, for the inbox routes. Written
 * with INSERT … SELECT, a handful of statements for any volume.
 */
export async function seedReaders(db: Database, { people, linesEach }: ReaderOptions, now = new Date()) {
  const due = new Date(now.getTime() - 60_000).toISOString();
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  await db.run(sql`INSERT INTO users (id, email, name, password_hash, kind, email_confirmed_at, time_zone, digest_next_at)
    SELECT ${SQL_UUIDV7}, 'bench-reader-' || i || '@bench.test', 'Bench reader ' || i, 'not-a-login', 'clinician',
      ${hourAgo}, 'Europe/Berlin', ${due} FROM ${numbers(people)}`);
  const line = (who: ReturnType<typeof sql>, digest: string | null, lines: number) =>
    db.run(sql`INSERT INTO notifications (id, user_id, event_id, kind, challenge_id, params, digest, created_at)
      SELECT ${SQL_UUIDV7}, u.id, ${SQL_UUIDV7}, 'solution_submitted', NULL,
        json_object('title', 'Benchmark challenge ' || n.i, 'solution_title', 'Benchmark solution ' || n.i,
          'solution_id', ${SQL_UUIDV7}),
        ${digest}, ${hourAgo}
      FROM users u CROSS JOIN ${numbers(lines)} AS n WHERE ${who}`);
  await line(sql`u.email LIKE 'bench-reader-%'`, 'daily', linesEach);
  await line(sql`u.email = 'moderator@demo.test'`, null, linesEach * 100);
  await db.run(sql`UPDATE users SET unread_notifications =
    (SELECT count(*) FROM notifications n WHERE n.user_id = users.id AND n.read_at IS NULL)
    WHERE email = 'moderator@demo.test'`);
}

export interface DigestMeasurement {
  people: number;
  jobs: number;
  emails: number;
  totalSeconds: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Composes every due digest the way the queue consumer does, one job of DIGESTS_PER_JOB people
 * at a time, and times each job. Runs in the bench process against the same local D1 (through
 * wrangler's platform proxy, which adds a round trip per query), so the times are an upper bound
 * for the consumer.
 */
export async function measureDigests(db: Database, now = new Date()): Promise<DigestMeasurement> {
  const times: number[] = [];
  let people = 0;
  const started = performance.now();
  for (;;) {
    const due = await dueForDigest(db, now, DIGESTS_PER_JOB);
    if (due.length === 0) break;
    const t0 = performance.now();
    await composeDigests(
      db,
      due.map((u) => u.id),
      now,
    );
    times.push(performance.now() - t0);
    people += due.length;
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const [emails] = await db.select({ n: count() }).from(t.emailOutbox).where(eq(t.emailOutbox.kind, 'digest'));
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    people,
    jobs: times.length,
    emails: emails?.n ?? 0,
    totalSeconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: Math.round(sorted.at(-1) ?? 0),
  };
}
