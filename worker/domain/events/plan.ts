import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { events, meetingRequests, meetings } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import { availableSlots, slotsOf } from './lifecycle';
import { acceptedQuery, availabilityQuery } from './read';
import { type AcceptedMeeting, scheduleMeetings } from './schedule';

/** What planning an event's schedule needs of the event. */
export interface PlannedEvent {
  id: string;
  mode: 'online' | 'on_site';
  link: string | null;
  starts_at: string;
  ends_at: string;
  slot_minutes: number;
  tables: number;
  schedule_version: number;
}

/** The schedule has not been written by anyone else since it was read. */
export const scheduleUnchanged = (event: PlannedEvent) =>
  sql`EXISTS (SELECT 1 FROM ${events} WHERE ${events.id} = ${event.id} AND ${events.schedule_version} = ${event.schedule_version})`;

function add<T>(map: Record<string, T[]>, key: string, value: T) {
  if (map[key]) map[key].push(value);
  else map[key] = [value];
}

/** Reads what the scheduler needs, in one round trip. */
export async function planInput(db: Database, eventId: string) {
  const [registrations, accepted] = await db.batch([availabilityQuery(db, eventId), acceptedQuery(db, eventId)]);
  return { registrations, accepted };
}

/**
 * The statements that write an event's schedule, guarded by its schedule version (the caller ends
 * the batch with `bumpSchedule`). `fresh`: plan every accepted meeting again from scratch (an
 * organiser's run before the event); otherwise meetings already placed stay where they are and only
 * the others (newly accepted, or unplaced before) are placed around them. `extra` is a request being
 * accepted in the same batch. Every accepted meeting ends up placed, or unplaced with the reason.
 */
export function scheduleStatements(
  db: Database,
  event: PlannedEvent,
  input: Awaited<ReturnType<typeof planInput>>,
  { fresh = false, extra, guard }: { fresh?: boolean; extra?: AcceptedMeeting; guard?: SQL } = {},
): { statements: BatchItem<'sqlite'>[]; placed: number; unplaced: number } {
  const slots = slotsOf(event);
  const availability: Record<string, string[]> = {};
  for (const r of input.registrations) {
    const available = availableSlots(slots, r.availability ?? null);
    if (available) availability[r.user_id] = available;
  }
  const booked: Record<string, string[]> = {};
  const tablesTaken: Record<string, number[]> = {};
  const toPlace: AcceptedMeeting[] = [];
  for (const r of input.accepted) {
    if (!fresh && r.starts_at !== null && r.table_number !== null) {
      add(booked, r.from_user, r.starts_at);
      add(booked, r.to_user, r.starts_at);
      add(tablesTaken, r.starts_at, r.table_number);
    } else {
      toPlace.push({ id: r.id, requester: r.from_user, recipient: r.to_user, accepted_at: r.decided_at ?? '' });
    }
  }
  if (extra && !input.accepted.some((r) => r.id === extra.id)) toPlace.push(extra);
  if (toPlace.length === 0) return { statements: [], placed: 0, unplaced: 0 };
  const schedule = scheduleMeetings({
    slots,
    tables: event.tables,
    availability,
    booked,
    tablesTaken,
    meetings: toPlace,
  });
  const minutes = event.slot_minutes * 60_000;
  const online = event.mode === 'online';
  const rows = schedule.outcomes.map((o) =>
    'placed' in o
      ? {
          i: uuidv7(),
          r: o.meeting,
          s: o.placed.slot,
          e: new Date(Date.parse(o.placed.slot) + minutes).toISOString(),
          t: o.placed.table,
          v: online ? event.link : null,
          u: null,
        }
      : { i: uuidv7(), r: o.meeting, s: null, e: null, t: null, v: null, u: JSON.stringify(o.unplaced) },
  );
  const ok = guard ? sql`${scheduleUnchanged(event)} AND ${guard}` : scheduleUnchanged(event);
  // A re-planned meeting keeps its id (its calendar entry updates in place); its reminder goes
  // again only if its time changed.
  const upsert = db
    .insert(meetings)
    // Every column in definition order (Drizzle's INSERT … SELECT lists them all).
    .select(
      sql`SELECT json_extract(j.value, '$.i'), ${event.id}, r.id, r.from_user, r.to_user, json_extract(j.value, '$.s'),
        json_extract(j.value, '$.e'), json_extract(j.value, '$.t'), json_extract(j.value, '$.v'),
        json_extract(j.value, '$.u'), NULL, ${NOW}
      FROM json_each(${JSON.stringify(rows)}) j JOIN ${meetingRequests} r ON r.id = json_extract(j.value, '$.r')
      WHERE r.event_id = ${event.id} AND r.status = 'accepted' AND ${ok}`,
    )
    .onConflictDoUpdate({
      target: meetings.request_id,
      set: {
        starts_at: sql`excluded.starts_at`,
        ends_at: sql`excluded.ends_at`,
        table_number: sql`excluded.table_number`,
        video_link: sql`excluded.video_link`,
        unplaced_reason: sql`excluded.unplaced_reason`,
        reminded_at: sql`CASE WHEN ${meetings.starts_at} IS excluded.starts_at THEN ${meetings.reminded_at} END`,
        updated_at: NOW,
      },
    });
  const statements: BatchItem<'sqlite'>[] = [];
  if (fresh) {
    // Clear the old places first, so no table is held twice while the new ones are written.
    statements.push(
      db
        .update(meetings)
        .set({ starts_at: null, ends_at: null, table_number: null })
        .where(and(eq(meetings.event_id, event.id), ok)),
    );
  }
  statements.push(upsert);
  return {
    statements,
    placed: schedule.placed,
    unplaced: schedule.outcomes.length - schedule.placed,
  };
}

/** Ends a schedule's batch: the new schedule version, or no row when the guard failed. */
export const bumpSchedule = (db: Database, event: PlannedEvent) =>
  db
    .update(events)
    .set({ schedule_version: sql`${events.schedule_version} + 1` })
    .where(and(eq(events.id, event.id), eq(events.schedule_version, event.schedule_version)))
    .returning({ schedule_version: events.schedule_version });
