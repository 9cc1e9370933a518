import { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, gt, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../../db/client';
import {
  clusters,
  eventClusters,
  eventRegistrations,
  events,
  expertProfiles,
  meetingFollowUps,
  meetingRequests,
  meetings,
  organizations,
  users,
} from '../../db/schema';
import { decodeCursor, toPage } from '../paging';
import type { EventListQuery, EventView, ScheduleView } from './event.schema';

/** Places are taken by registered participants (partnering) and accepted applicants (exchange visits). */
export const TAKING_PLACE = sql`('registered', 'accepted')`;

const placesTaken = sql<number>`(SELECT count(*) FROM ${eventRegistrations} r
  WHERE r.event_id = ${events.id} AND r.status IN ${TAKING_PLACE})`;

/** One event with its host, co-hosts, places taken and the viewer's registration, in one row. */
export const eventQuery = (db: Database, id: string, viewerId: string | null) =>
  db
    .select({
      id: events.id,
      cluster_id: events.cluster_id,
      cluster_slug: sql<string>`${clusters.slug}`.as('cluster_slug'),
      cluster_name: sql<string>`${clusters.name}`.as('cluster_name'),
      co_hosts: sql<string>`(SELECT json_group_array(c2.slug) FROM ${eventClusters} ec
        JOIN ${clusters} c2 ON c2.id = ec.cluster_id WHERE ec.event_id = ${events.id})`.as('co_hosts'),
      co_host_ids: sql<string>`(SELECT json_group_array(ec.cluster_id) FROM ${eventClusters} ec
        WHERE ec.event_id = ${events.id})`.as('co_host_ids'),
      kind: events.kind,
      title: events.title,
      topic: events.topic,
      description: events.description,
      mode: events.mode,
      starts_at: events.starts_at,
      ends_at: events.ends_at,
      timezone: events.timezone,
      venue: events.venue,
      link: events.link,
      capacity: events.capacity,
      terms: events.terms,
      slot_minutes: events.slot_minutes,
      tables: events.tables,
      status: events.status,
      version: events.version,
      schedule_version: events.schedule_version,
      places_taken: placesTaken.as('places_taken'),
      my_registration: (viewerId
        ? sql<
            string | null
          >`(SELECT r.status FROM ${eventRegistrations} r WHERE r.event_id = ${events.id} AND r.user_id = ${viewerId})`
        : sql<string | null>`NULL`
      ).as('my_registration'),
    })
    .from(events)
    .innerJoin(clusters, eq(clusters.id, events.cluster_id))
    .where(eq(events.id, id));
export type EventRow = Awaited<ReturnType<typeof eventQuery>>[number];

/** The participant list of an event: registered people (and applicants, for its host), with their public profile. */
export const participantsQuery = (db: Database, eventId: string) =>
  db
    .select({
      id: users.id,
      name: users.name,
      organization: sql<string | null>`${organizations.name}`.as('organization'),
      headline: sql<string | null>`CASE WHEN ${expertProfiles.public} = 1 THEN ${expertProfiles.headline} END`.as(
        'headline',
      ),
      status: eventRegistrations.status,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.user_id))
    .leftJoin(organizations, eq(organizations.id, users.organization_id))
    .leftJoin(expertProfiles, eq(expertProfiles.user_id, users.id))
    .where(eq(eventRegistrations.event_id, eventId))
    .orderBy(asc(users.name), asc(users.id));

const fromUser = alias(users, 'from_person');
const toUser = alias(users, 'to_person');

const requestColumns = {
  id: meetingRequests.id,
  event_id: meetingRequests.event_id,
  from_id: meetingRequests.from_user,
  from_name: sql<string>`${fromUser.name}`.as('from_name'),
  to_id: meetingRequests.to_user,
  to_name: sql<string>`${toUser.name}`.as('to_name'),
  message: meetingRequests.message,
  status: meetingRequests.status,
  created_at: meetingRequests.created_at,
  decided_at: meetingRequests.decided_at,
};

/** The viewer's requests at an event, sent and received. */
export const myRequestsQuery = (db: Database, eventId: string, userId: string) =>
  db
    .select(requestColumns)
    .from(meetingRequests)
    .innerJoin(fromUser, eq(fromUser.id, meetingRequests.from_user))
    .innerJoin(toUser, eq(toUser.id, meetingRequests.to_user))
    .where(
      and(
        eq(meetingRequests.event_id, eventId),
        or(eq(meetingRequests.from_user, userId), eq(meetingRequests.to_user, userId)),
      ),
    )
    .orderBy(desc(meetingRequests.id));

/** What a request or a meeting needs of its event: who organises it, and whether it is on. */
const eventTiming = {
  cluster_id: events.cluster_id,
  event_kind: events.kind,
  event_status: events.status,
  event_starts_at: events.starts_at,
  event_ends_at: events.ends_at,
};

/** One request with the two people and its event's times. */
export const requestQuery = (db: Database, id: string) =>
  db
    .select({ ...requestColumns, ...eventTiming })
    .from(meetingRequests)
    .innerJoin(events, eq(events.id, meetingRequests.event_id))
    .innerJoin(fromUser, eq(fromUser.id, meetingRequests.from_user))
    .innerJoin(toUser, eq(toUser.id, meetingRequests.to_user))
    .where(eq(meetingRequests.id, id));
export type RequestRow = Awaited<ReturnType<typeof requestQuery>>[number];

export const toRequest = (
  r: Omit<RequestRow, 'cluster_id' | 'event_kind' | 'event_status' | 'event_starts_at' | 'event_ends_at'>,
) => ({
  id: r.id,
  event_id: r.event_id,
  from: { id: r.from_id, name: r.from_name },
  to: { id: r.to_id, name: r.to_name },
  message: r.message,
  status: r.status,
  created_at: r.created_at,
  decided_at: r.decided_at,
});

export function toEvent(
  row: EventRow,
  participants: Awaited<ReturnType<typeof participantsQuery>> | null,
  requests: Awaited<ReturnType<typeof myRequestsQuery>> | null,
  showLink: boolean,
): EventView {
  return {
    id: row.id,
    cluster: { id: row.cluster_id, slug: row.cluster_slug, name: row.cluster_name },
    clusters: JSON.parse(row.co_hosts) as string[],
    kind: row.kind,
    title: row.title,
    topic: row.topic,
    description: row.description,
    mode: row.mode,
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    timezone: row.timezone,
    venue: row.venue,
    link: showLink ? row.link : null,
    capacity: row.capacity,
    places_taken: row.places_taken,
    terms: row.terms,
    slot_minutes: row.slot_minutes,
    tables: row.tables,
    status: row.status,
    version: row.version,
    my_registration: (row.my_registration as EventView['my_registration']) ?? null,
    participants: participants ? participants.map((p) => ({ ...p })) : null,
    meeting_requests: requests ? requests.map(toRequest) : null,
  };
}

const summary = {
  id: events.id,
  kind: events.kind,
  title: events.title,
  topic: events.topic,
  mode: events.mode,
  starts_at: events.starts_at,
  ends_at: events.ends_at,
  timezone: events.timezone,
  venue: events.venue,
  capacity: events.capacity,
  status: events.status,
  cluster_slug: clusters.slug,
  cluster_name: clusters.name,
};

/**
 * A page of events the actor may see (`visible`: published ones, and drafts of clusters they
 * moderate), upcoming (soonest first) or past (latest first), keyset on (starts_at, id).
 */
export async function listEvents(db: Database, query: EventListQuery, visible: SQL | undefined, now: Date) {
  const upcoming = query.when === 'upcoming';
  const at = now.toISOString();
  const filters: (SQL | undefined)[] = [
    visible,
    upcoming ? gt(events.ends_at, at) : lte(events.ends_at, at),
    query.kind ? eq(events.kind, query.kind) : undefined,
  ];
  if (query.cluster) {
    const [slug] = [query.cluster];
    filters.push(
      sql`(${events.cluster_id} = (SELECT id FROM ${clusters} WHERE slug = ${slug})
        OR ${events.id} IN (SELECT ec.event_id FROM ${eventClusters} ec WHERE ec.cluster_id = (SELECT id FROM ${clusters} WHERE slug = ${slug})))`,
    );
  }
  if (query.cursor) {
    const [startsAt, id] = decodeCursor(query.cursor, z.tuple([z.string(), z.string()]));
    const after = upcoming ? gt : lt;
    filters.push(or(after(events.starts_at, startsAt), and(eq(events.starts_at, startsAt), after(events.id, id))));
  }
  const order = upcoming ? [asc(events.starts_at), asc(events.id)] : [desc(events.starts_at), desc(events.id)];
  const rows = await db
    .select(summary)
    .from(events)
    .innerJoin(clusters, eq(clusters.id, events.cluster_id))
    .where(and(...filters))
    .orderBy(...order)
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    (r) => [r.starts_at, r.id],
    ({ cluster_slug, cluster_name, ...r }) => ({ ...r, cluster: { slug: cluster_slug, name: cluster_name } }),
  );
}

const meetingFrom = alias(users, 'meeting_from');
const meetingTo = alias(users, 'meeting_to');

/** An event's meetings (all, or the viewer's), with the two names and the viewer's follow-up. */
export const meetingsQuery = (db: Database, eventId: string, viewerId: string, onlyMine: boolean) =>
  db
    .select({
      id: meetings.id,
      request_id: meetings.request_id,
      from_id: meetings.from_user,
      from_name: sql<string>`${meetingFrom.name}`.as('from_name'),
      to_id: meetings.to_user,
      to_name: sql<string>`${meetingTo.name}`.as('to_name'),
      starts_at: meetings.starts_at,
      ends_at: meetings.ends_at,
      table_number: meetings.table_number,
      video_link: meetings.video_link,
      unplaced_reason: meetings.unplaced_reason,
      met: meetingFollowUps.met,
      next_step: meetingFollowUps.next_step,
    })
    .from(meetings)
    .innerJoin(meetingFrom, eq(meetingFrom.id, meetings.from_user))
    .innerJoin(meetingTo, eq(meetingTo.id, meetings.to_user))
    .leftJoin(
      meetingFollowUps,
      and(eq(meetingFollowUps.meeting_id, meetings.id), eq(meetingFollowUps.user_id, viewerId)),
    )
    .where(
      and(
        eq(meetings.event_id, eventId),
        onlyMine ? or(eq(meetings.from_user, viewerId), eq(meetings.to_user, viewerId)) : undefined,
      ),
    )
    .orderBy(sql`${meetings.starts_at} IS NULL`, asc(meetings.starts_at), asc(meetings.table_number), asc(meetings.id));

export function toSchedule(
  eventId: string,
  rows: Awaited<ReturnType<typeof meetingsQuery>>,
  scope: 'mine' | 'all',
): ScheduleView {
  const list = rows.map((m) => ({
    id: m.id,
    request_id: m.request_id,
    from: { id: m.from_id, name: m.from_name },
    to: { id: m.to_id, name: m.to_name },
    starts_at: m.starts_at,
    ends_at: m.ends_at,
    table: m.video_link ? null : m.table_number,
    video_link: m.video_link,
    unplaced: (m.unplaced_reason as ScheduleView['meetings'][number]['unplaced']) ?? null,
    my_follow_up: m.met === null ? null : { met: Boolean(m.met), next_step: m.next_step ?? 'none' },
  }));
  const placed = list.filter((m) => m.starts_at !== null).length;
  return { event_id: eventId, scope, meetings: list, placed, unplaced: list.length - placed };
}

/** One meeting with its event, for its calendar file and its follow-up. */
export const meetingQuery = (db: Database, id: string) =>
  db
    .select({
      id: meetings.id,
      event_id: meetings.event_id,
      from_id: meetings.from_user,
      from_name: sql<string>`${meetingFrom.name}`.as('from_name'),
      to_id: meetings.to_user,
      to_name: sql<string>`${meetingTo.name}`.as('to_name'),
      starts_at: meetings.starts_at,
      ends_at: meetings.ends_at,
      table_number: meetings.table_number,
      video_link: meetings.video_link,
      updated_at: meetings.updated_at,
      ...eventTiming,
      event_title: events.title,
      timezone: events.timezone,
      venue: events.venue,
    })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.event_id))
    .innerJoin(meetingFrom, eq(meetingFrom.id, meetings.from_user))
    .innerJoin(meetingTo, eq(meetingTo.id, meetings.to_user))
    .where(eq(meetings.id, id));
export type MeetingRow = Awaited<ReturnType<typeof meetingQuery>>[number];

/** The registrations an event's schedule needs: who is available when. */
export const availabilityQuery = (db: Database, eventId: string) =>
  db
    .select({ user_id: eventRegistrations.user_id, availability: eventRegistrations.availability })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.event_id, eventId), inArray(eventRegistrations.status, ['registered', 'accepted'])),
    );

/** Accepted requests and where their meeting is (if placed). */
export const acceptedQuery = (db: Database, eventId: string) =>
  db
    .select({
      id: meetingRequests.id,
      from_user: meetingRequests.from_user,
      to_user: meetingRequests.to_user,
      decided_at: meetingRequests.decided_at,
      meeting_id: sql<string | null>`${meetings.id}`.as('meeting_id'),
      starts_at: meetings.starts_at,
      table_number: meetings.table_number,
    })
    .from(meetingRequests)
    .leftJoin(meetings, eq(meetings.request_id, meetingRequests.id))
    .where(and(eq(meetingRequests.event_id, eventId), eq(meetingRequests.status, 'accepted')));
