import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../../worker/auth/tokens';
import { MEETING_REQUESTS_PER_EVENT_DAY } from '../../../worker/domain/events/write';
import { createWorld } from '../../helpers/actors';
import { createEvent } from '../../helpers/events';
import { api, isProblem, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

// One participant cannot ask a whole participant list at once (found by the review of issue 16):
// meeting requests per sender and event are limited by day, with Retry-After.
const MAX = MEETING_REQUESTS_PER_EVENT_DAY.max;
const batch = unique();
let event: { id: string };
let sender: { id: string; token: string };

beforeAll(async () => {
  const world = await createWorld();
  event = await createEvent(world.users.moderator, world.cluster.slug, { tables: 40 });
  const people = MAX + 2;
  // The participants set-based (hashing that many passwords over HTTP is slow), registered as the
  // registration route would.
  await env.DB.batch([
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${people - 1})
       INSERT INTO users (id, email, name, password_hash, kind, email_confirmed_at)
       SELECT '${batch}-user-' || i, 'p' || i || '-${batch}@test.example', 'Participant ' || i, 'x', 'solver',
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM n`,
    ),
    env.DB.prepare(
      `INSERT INTO event_registrations (event_id, user_id, status, terms_accepted_at)
       SELECT ?, id, 'registered', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM users WHERE id LIKE '${batch}-user-%'`,
    ).bind(event.id),
    env.DB.prepare(
      `INSERT INTO sessions (id, user_id, token_hash, expires_at, last_seen_at)
       VALUES ('session-${batch}', '${batch}-user-0', 'hash-${batch}', '2099-01-01T00:00:00.000Z', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    ),
  ]);
  const id = `${batch}-user-0`;
  sender = { id, token: await signAccessToken(env, { userId: id, sessionId: `session-${batch}` }) };
});

const ask = (to: number) =>
  api(`/api/v1/events/${event.id}/meeting-requests`, {
    token: sender.token,
    body: { to: `${batch}-user-${to}`, message: 'Shall we meet?' },
  });

describe('meeting requests per participant', () => {
  it(`lets one person ask ${MAX} others in a day, then answers 429 with Retry-After and writes nothing`, async () => {
    for (let to = 1; to <= MAX; to++) await must(ask(to), 201);
    const refused = await ask(MAX + 1);
    expect(isProblem(refused, 429, 'rate_limited')).toBe(true);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.detail).toContain('meeting requests');
    const sent = await env.DB.prepare('SELECT count(*) AS n FROM meeting_requests WHERE event_id = ? AND from_user = ?')
      .bind(event.id, sender.id)
      .first<{ n: number }>();
    expect(sent?.n).toBe(MAX);
  });
});
