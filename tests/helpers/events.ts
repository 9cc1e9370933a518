import { env } from 'cloudflare:test';
import type { TestUser } from './actors';
import { api, must } from './http';
import { unique } from './unique';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 09:00–12:00 UTC, `days` from now (whole days, so slots start on the hour). */
export function daysAhead(days: number, hours = 3) {
  const start = new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + 9 * HOUR);
  return { starts_at: start.toISOString(), ends_at: new Date(start.getTime() + hours * HOUR).toISOString() };
}

/** A published partnering event of `clusterSlug`, created by its moderator through the API. */
export async function createEvent(moderator: TestUser, clusterSlug: string, fields: Record<string, unknown> = {}) {
  const res = await must(
    api('/api/v1/events', {
      token: moderator.token,
      body: {
        cluster: clusterSlug,
        title: `Partnering day ${unique()}`,
        topic: 'Oncology',
        mode: 'on_site',
        venue: 'Marsilius-Arkaden, Heidelberg',
        timezone: 'Europe/Berlin',
        terms: 'Meetings are confidential; no recording.',
        status: 'published',
        slot_minutes: 20,
        tables: 5,
        ...daysAhead(14),
        ...fields,
      },
    }),
    201,
  );
  return res.body as { id: string; version: number; starts_at: string; ends_at: string; timezone: string };
}

export const registerFor = (user: TestUser, eventId: string, extra: Record<string, unknown> = {}) =>
  must(
    api(`/api/v1/events/${eventId}/registrations`, { token: user.token, body: { accept_terms: true, ...extra } }),
    201,
  );

export async function requestMeeting(
  from: TestUser,
  eventId: string,
  to: TestUser,
  message = 'Shall we talk about pilots?',
) {
  const res = await must(
    api(`/api/v1/events/${eventId}/meeting-requests`, { token: from.token, body: { to: to.id, message } }),
    201,
  );
  return res.body as { id: string };
}

export const accept = (user: TestUser, requestId: string) =>
  must(api(`/api/v1/meeting-requests/${requestId}/accept`, { method: 'POST', token: user.token }));

/** Two registered people with an accepted, placed meeting at a fresh event of `clusterSlug`. */
export async function meetingBetween(moderator: TestUser, clusterSlug: string, a: TestUser, b: TestUser) {
  const event = await createEvent(moderator, clusterSlug);
  await registerFor(a, event.id);
  await registerFor(b, event.id);
  const request = await requestMeeting(a, event.id, b);
  await accept(b, request.id);
  const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: a.token }));
  const meeting = schedule.body.meetings[0] as { id: string; starts_at: string };
  return { event, request, meeting };
}

/** Moves an event and its meetings `days` back in time (as if it had taken place), in the database. */
export async function moveToPast(eventId: string, days = 30) {
  const shift = (column: string) => `${column} = strftime('%Y-%m-%dT%H:%M:%fZ', julianday(${column}) - ${days})`;
  await env.DB.batch([
    env.DB.prepare(`UPDATE events SET ${shift('starts_at')}, ${shift('ends_at')} WHERE id = ?`).bind(eventId),
    env.DB.prepare(
      `UPDATE meetings SET ${shift('starts_at')}, ${shift('ends_at')} WHERE event_id = ? AND starts_at IS NOT NULL`,
    ).bind(eventId),
  ]);
}
