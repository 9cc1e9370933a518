import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../../worker/auth/tokens';
import { createWorld, type World } from '../../helpers/actors';
import { createEvent } from '../../helpers/events';
import { api, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import { volume } from '../../helpers/volume';

// Issue 16, "Done when": an event with 200 participants and 1 000 requests, accepted and
// scheduled through the API, with no double booking and every accepted meeting either placed or
// unplaced with a true reason. The 200 people are written set-based (registering 200 accounts
// over HTTP hashes 200 passwords); their registrations, every accept and the organiser's run go
// through the API. That volume runs in `npm run test:long`; `npm test` runs the same event at 30 %
// (60 people, 300 requests, 12 tables): still hundreds of accepts contending for seats and tables.

const PEOPLE = volume(60, 200);
/** Each person asks five others (offsets 7, 14 … 35 around the circle): 5 × PEOPLE distinct pairs, ten meetings each. */
const OFFSETS = [7, 14, 21, 28, 35];
const REQUESTS = PEOPLE * OFFSETS.length;
/** 24 slots × TABLES seats: a few fewer than REQUESTS, so the tables are contended too. */
const TABLES = volume(12, 40);
const HOUR = 3_600_000;

interface Person {
  id: string;
  token: string;
}

let world: World;
const batch = unique();
let people: Person[];
let event: { id: string; starts_at: string; ends_at: string };
/** Each person's availability windows (null: the whole event), as registered. */
let placedAsAccepted = 0;
const windows = new Map<string, { start: string; end: string }[] | null>();

async function seedPeople(): Promise<Person[]> {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PEOPLE - 1})
     INSERT INTO users (id, email, name, password_hash, kind, email_confirmed_at)
     SELECT '${batch}-user-' || i, 'p' || i || '-${batch}@test.example', 'Participant ' || i, 'x', 'solver',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM n`,
  ).run();
  await env.DB.prepare(
    `INSERT INTO sessions (id, user_id, token_hash, expires_at, last_seen_at)
     SELECT 'session-' || id, id, 'hash-' || id, '2099-01-01T00:00:00.000Z', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     FROM users WHERE id LIKE '${batch}-user-%'`,
  ).run();
  return Promise.all(
    Array.from({ length: PEOPLE }, async (_, i) => {
      const id = `${batch}-user-${i}`;
      return { id, token: await signAccessToken(env, { userId: id, sessionId: `session-${id}` }) };
    }),
  );
}

/** In parallel, `width` at a time. */
async function inWaves<T>(items: T[], width: number, run: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(run));
}

const iso = (ms: number) => new Date(ms).toISOString();

beforeAll(async () => {
  world = await createWorld();
  people = await seedPeople();
  // 09:00–17:00, 20-minute slots (24), TABLES tables.
  event = await createEvent(world.users.moderator, world.cluster.slug, { tables: TABLES });
  const start = Date.parse(event.starts_at);
  await must(
    api(`/api/v1/events/${event.id}`, {
      method: 'PATCH',
      token: world.users.moderator.token,
      body: { ends_at: iso(start + 8 * HOUR), version: 1 },
    }),
  );
  // Every fourth person is there in the morning only, every fifth (not fourth) in the afternoon
  // only: a morning person and an afternoon person have no slot in common.
  const morning = { start: iso(start), end: iso(start + 3 * HOUR) };
  const afternoon = { start: iso(start + 5 * HOUR), end: iso(start + 8 * HOUR) };
  await inWaves(
    people.map((p, i) => ({ p, i })),
    20,
    async ({ p, i }) => {
      const availability = i % 4 === 0 ? [morning] : i % 5 === 0 ? [afternoon] : null;
      windows.set(p.id, availability);
      await must(
        api(`/api/v1/events/${event.id}/registrations`, {
          token: p.token,
          body: { accept_terms: true, ...(availability ? { availability } : {}) },
        }),
        201,
      );
    },
  );
  // The REQUESTS requests, set-based: answering them is what this test is about.
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PEOPLE - 1}),
       d(k) AS (VALUES ${OFFSETS.map((o) => `(${o})`).join(', ')})
     INSERT INTO meeting_requests (id, event_id, from_user, to_user, message)
     SELECT ?1 || '-req-' || n.i || '-' || d.k, ?1, ?2 || n.i, ?2 || ((n.i + d.k) % ${PEOPLE}), 'Shall we meet?'
     FROM n, d`,
  )
    .bind(event.id, `${batch}-user-`)
    .run();
}, 240_000);

interface Meeting {
  id: string;
  request_id: string;
  from: { id: string };
  to: { id: string };
  starts_at: string | null;
  table: number | null;
  unplaced: { code: string; participants?: string[]; slots?: string[] } | null;
}

/** No one twice in a slot, no table twice in a slot, every placed meeting inside both people's availability. */
function checkSchedule(meetings: Meeting[]) {
  const seats = new Set<string>();
  const tables = new Set<string>();
  const inside = (person: string, at: string) => {
    const w = windows.get(person);
    if (w === null || w === undefined) return true;
    const t = Date.parse(at);
    return w.some((x) => Date.parse(x.start) <= t && t + 20 * 60_000 <= Date.parse(x.end));
  };
  for (const m of meetings) {
    if (m.starts_at === null) {
      expect(m.unplaced, `meeting ${m.id} is neither placed nor explained`).not.toBeNull();
      continue;
    }
    expect(m.unplaced).toBeNull();
    for (const person of [m.from.id, m.to.id]) {
      const seat = `${person}@${m.starts_at}`;
      expect(seats.has(seat), `${person} is double-booked at ${m.starts_at}`).toBe(false);
      seats.add(seat);
      expect(inside(person, m.starts_at), `${person} is not available at ${m.starts_at}`).toBe(true);
    }
    const table = `${m.table}@${m.starts_at}`;
    expect(tables.has(table)).toBe(false);
    tables.add(table);
    expect(m.table).toBeGreaterThanOrEqual(1);
    expect(m.table).toBeLessThanOrEqual(TABLES);
    expect(m.starts_at >= event.starts_at && m.starts_at < iso(Date.parse(event.starts_at) + 8 * HOUR)).toBe(true);
  }
  // The reasons are true of the schedule: no common slot means no common slot.
  for (const m of meetings.filter((x) => x.unplaced?.code === 'no_common_slot')) {
    const a = windows.get(m.from.id)?.[0];
    const b = windows.get(m.to.id)?.[0];
    expect(a && b && (a.end <= b.start || b.end <= a.start), `${m.id}: they do have a slot in common`).toBe(true);
  }
}

describe(`an event with ${PEOPLE} participants and ${REQUESTS} meeting requests`, () => {
  it('accepting every request through the API schedules each meeting, placed or unplaced with why', async () => {
    const { results } = await env.DB.prepare('SELECT id, to_user FROM meeting_requests WHERE event_id = ?')
      .bind(event.id)
      .all<{ id: string; to_user: string }>();
    expect(results).toHaveLength(REQUESTS);
    const token = new Map(people.map((p) => [p.id, p.token]));
    await inWaves(results, 5, async (r) => {
      const res = await api(`/api/v1/meeting-requests/${r.id}/accept`, { method: 'POST', token: token.get(r.to_user) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: world.users.moderator.token }));
    const meetings = schedule.body.meetings as Meeting[];
    expect(meetings).toHaveLength(REQUESTS);
    expect(new Set(meetings.map((m) => m.request_id)).size).toBe(REQUESTS);
    checkSchedule(meetings);
    // Placed as they come, around those already placed (measured: about 75 %).
    expect(schedule.body.placed).toBeGreaterThan(REQUESTS * 0.7);
    expect(schedule.body.placed + schedule.body.unplaced).toBe(REQUESTS);
    placedAsAccepted = schedule.body.placed;

    // A participant sees their own ten.
    const mine = await must(api(`/api/v1/events/${event.id}/schedule`, { token: people[1]!.token }));
    expect(mine.body.meetings).toHaveLength(10);
  }, 600_000);

  it("the organiser's run plans them all again in one batch, with the same guarantees", async () => {
    const res = await must(
      api(`/api/v1/events/${event.id}/schedule`, { method: 'POST', token: world.users.moderator.token }),
    );
    const meetings = res.body.meetings as Meeting[];
    expect(meetings).toHaveLength(REQUESTS);
    checkSchedule(meetings);
    // Planned all at once, most constrained first: more than one at a time (measured: over 80 %).
    expect(res.body.placed).toBeGreaterThan(placedAsAccepted);
    const reasons = new Set(meetings.filter((m) => m.unplaced).map((m) => m.unplaced!.code));
    expect([...reasons].every((r) => ['no_common_slot', 'participant_full', 'no_table'].includes(r))).toBe(true);
  }, 120_000);
});
