import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { clusters } from '../db/schema';
import { type Actor, isSignedIn, moderatesAny, type SignedIn } from '../domain/actor';
import { DomainError, notVisible } from '../domain/errors';
import type { EventInput, EventListQuery } from '../domain/events/event.schema';
import { meetingCalendar } from '../domain/events/meeting-ics';
import {
  type EventRow,
  eventQuery,
  listEvents,
  type MeetingRow,
  meetingQuery,
  meetingsQuery,
  myRequestsQuery,
  participantsQuery,
  type RequestRow,
  requestQuery,
  toEvent,
  toSchedule,
} from '../domain/events/read';
import { can, decide, refusal, requireUser } from '../policy/policy';
import type { EventFacts } from '../policy/resources';
import { organises } from '../policy/rules/events';
import { visibleEvents } from './scopes';

export type EventAction =
  | 'event.read'
  | 'event.edit'
  | 'event.organise'
  | 'event.register'
  | 'event.request_meeting'
  | 'event.schedule';

export const eventFacts = (row: EventRow): EventFacts => ({
  host: row.cluster_id,
  co_hosts: JSON.parse(row.co_host_ids) as string[],
  status: row.status,
  participant: row.my_registration === 'registered' || row.my_registration === 'accepted',
});

function check(actor: Actor, action: Parameters<typeof decide>[1], facts: unknown, what = 'event') {
  const decision = decide(actor, action, facts as never);
  if (!decision.allow) throw decision.status === 'not_found' ? notVisible(what) : refusal(decision);
}

/** The event if the actor may take `action` on it; the same 404 as for none when they may not see it. */
export async function loadEvent(db: Database, actor: Actor, id: string, action: EventAction = 'event.read') {
  const [row] = await eventQuery(db, id, isSignedIn(actor) ? actor.id : null);
  if (!row) throw notVisible('event');
  const facts = eventFacts(row);
  check(actor, 'event.read', facts);
  if (action !== 'event.read') check(actor, action, facts);
  return { row, facts };
}

export async function loadEventFor(db: Database, actor: Actor, id: string, action: EventAction) {
  const loaded = await loadEvent(db, actor, id, action);
  return { ...loaded, actor: requireUser(actor, 'do this') };
}

/**
 * What a viewer sees of an event read with its participants and their own requests: participants
 * and requests only to those who may see them.
 */
function eventSeen(
  actor: Actor,
  row: EventRow | undefined,
  participants: Awaited<ReturnType<typeof participantsQuery>>,
  requests: Awaited<ReturnType<typeof myRequestsQuery>>,
) {
  if (!row) throw notVisible('event');
  const facts = eventFacts(row);
  check(actor, 'event.read', facts);
  const insider = can(actor, 'event.participants', facts);
  const organiser = organises(actor, facts);
  // The host sees applicants to an exchange visit; participants see those who have a place.
  const shown = insider
    ? participants.filter((p) => organiser || p.status === 'registered' || p.status === 'accepted')
    : null;
  return {
    row,
    facts,
    view: toEvent(row, shown, facts.participant ? requests : null, insider),
    affordances: eventAffordances(actor, facts),
  };
}

const viewerOf = (actor: Actor) => (isSignedIn(actor) ? actor.id : null);

/** The event as the API answers it: participants and the viewer's requests only to those who may see them. */
export async function eventView(db: Database, actor: Actor, id: string) {
  const viewer = viewerOf(actor);
  const [[row], participants, requests] = await db.batch([
    eventQuery(db, id, viewer),
    participantsQuery(db, id),
    myRequestsQuery(db, id, viewer ?? ''),
  ]);
  return eventSeen(actor, row, participants, requests);
}

/**
 * The meetings of an event read in the same batch as the event, before the policy has seen it
 * (issue 17: one round trip): every meeting for someone who may organise an event (a moderator,
 * an admin), only their own for everyone else. `scheduleFrom` keeps what the policy allows.
 */
const scheduleRows = (db: Database, actor: Actor, id: string) =>
  meetingsQuery(db, id, viewerOf(actor) ?? '', !moderatesAny(actor));

/** The schedule of an event from the meetings `scheduleRows` read: all for its organisers, the viewer's own otherwise. */
function scheduleFrom(actor: Actor, id: string, facts: EventFacts, rows: Awaited<ReturnType<typeof scheduleRows>>) {
  check(actor, 'event.read', facts);
  check(actor, 'event.schedule', facts);
  const viewer = requireUser(actor, 'do this');
  if (organises(actor, facts)) return toSchedule(id, rows, 'all');
  return toSchedule(
    id,
    rows.filter((m) => m.from_id === viewer.id || m.to_id === viewer.id),
    'mine',
  );
}

/** The event as its page shows it, with the viewer's schedule when they have one, in one round trip. */
export async function eventPageView(db: Database, actor: Actor, id: string) {
  const viewer = viewerOf(actor);
  const [[row], participants, requests, meetings] = await db.batch([
    eventQuery(db, id, viewer),
    participantsQuery(db, id),
    myRequestsQuery(db, id, viewer ?? ''),
    scheduleRows(db, actor, id),
  ]);
  const seen = eventSeen(actor, row, participants, requests);
  return { ...seen, schedule: seen.affordances.schedule ? scheduleFrom(actor, id, seen.facts, meetings) : null };
}

/** What a viewer may do at an event now (who); the domain says when. */
export const eventAffordances = (actor: Actor, facts: EventFacts) => ({
  edit: can(actor, 'event.edit', facts),
  organise: can(actor, 'event.organise', facts),
  register: can(actor, 'event.register', facts),
  requestMeeting: can(actor, 'event.request_meeting', facts),
  schedule: can(actor, 'event.schedule', facts),
});

/** The host cluster and co-hosts of a new event, by slug, and whether the actor may create it there. */
export async function authorizeNewEvent(db: Database, actor: Actor, input: EventInput) {
  const slugs = [input.cluster, ...(input.clusters ?? [])];
  const rows = await db
    .select({ id: clusters.id, slug: clusters.slug })
    .from(clusters)
    .where(inArray(clusters.slug, slugs));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = slugs.findIndex((s) => !bySlug.has(s));
  if (missing >= 0) {
    throw new DomainError('validation_failed', `There is no cluster "${slugs[missing]}".`, {
      errors: [{ path: missing === 0 ? 'cluster' : `clusters.${missing - 1}`, message: 'No cluster has this slug.' }],
    });
  }
  const host = bySlug.get(input.cluster)!;
  const coHosts = (input.clusters ?? []).map((s) => bySlug.get(s)!);
  check(actor, 'event.create', { host, co_hosts: coHosts });
  return { actor: requireUser(actor, 'create an event'), host, coHosts };
}

export const listVisibleEvents = (db: Database, actor: Actor, query: EventListQuery, now = new Date()) =>
  listEvents(db, query, visibleEvents(actor), now);

/** A meeting request the actor may answer (its recipient); 404 to those it is not about. */
export async function loadRequestFor(db: Database, actor: Actor, id: string) {
  const [request] = await requestQuery(db, id);
  if (!request) throw notVisible('meeting request');
  const [eventRow] = await eventQuery(db, request.event_id, isSignedIn(actor) ? actor.id : null);
  if (!eventRow) throw notVisible('meeting request');
  const viewer = isSignedIn(actor) ? actor.id : null;
  check(
    actor,
    'meeting_request.decide',
    { event: eventFacts(eventRow), sender: viewer === request.from_id, recipient: viewer === request.to_id },
    'meeting request',
  );
  return { request, actor: requireUser(actor, 'answer this request') as SignedIn };
}

export type LoadedRequest = { request: RequestRow; actor: SignedIn };

/** The viewer's schedule at an event (organisers: every meeting), read with the event in one batch. */
export async function loadSchedule(db: Database, actor: Actor, id: string) {
  const [[row], meetings] = await db.batch([eventQuery(db, id, viewerOf(actor)), scheduleRows(db, actor, id)]);
  if (!row) throw notVisible('event');
  return scheduleFrom(actor, id, eventFacts(row), meetings);
}

/** A meeting of which the actor is one of the two people; 404 to everyone else. */
export async function loadMeeting(
  db: Database,
  actor: Actor,
  id: string,
  action: 'meeting.read' | 'meeting.follow_up',
) {
  const [meeting] = await meetingQuery(db, id);
  if (!meeting) throw notVisible('meeting');
  const viewer = isSignedIn(actor) ? actor.id : null;
  check(
    actor,
    action,
    { party: viewer !== null && (viewer === meeting.from_id || viewer === meeting.to_id) },
    'meeting',
  );
  return { meeting, actor: requireUser(actor, 'see this meeting') };
}

/** A placed meeting's `.ics` (an unplaced one has no time: 409 saying why). */
export function calendarOf(meeting: MeetingRow, eventUrl: string) {
  if (!meeting.starts_at || !meeting.ends_at) {
    throw new DomainError('invalid_state', 'This meeting has no time slot yet, so there is no calendar entry.', {
      details: { current_state: 'unplaced' },
    });
  }
  return meetingCalendar({
    meeting: {
      id: meeting.id,
      start: meeting.starts_at,
      end: meeting.ends_at,
      table: meeting.video_link ? null : meeting.table_number,
      videoLink: meeting.video_link,
      updatedAt: meeting.updated_at,
    },
    event: { title: meeting.event_title, timeZone: meeting.timezone, venue: meeting.venue, url: eventUrl },
    names: [meeting.from_name, meeting.to_name],
  });
}

/** The clusters an actor may hold a new event in (those they moderate; admins all), for the form. */
export async function organisableClusters(db: Database, actor: SignedIn) {
  const rows = await db
    .select({ id: clusters.id, slug: clusters.slug, name: clusters.name })
    .from(clusters)
    .where(actor.isAdmin ? undefined : inArray(clusters.id, actor.moderates.length ? actor.moderates : ['']))
    .orderBy(clusters.name);
  if (rows.length === 0) {
    throw new DomainError('forbidden', 'Only the moderators of a cluster create its events.');
  }
  return rows;
}
