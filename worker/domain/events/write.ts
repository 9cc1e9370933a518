import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { insertIf } from '../../db/guarded';
import {
  eventClusters,
  eventRegistrations,
  events,
  meetingFollowUps,
  meetingRequests,
  meetings,
  organizations,
  users,
} from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import type { SignedIn } from '../actor';
import { audit, auditIf } from '../audit';
import { hasBlocked } from '../conversations/blocks';
import { DomainError, type FieldError, invalidField, invalidState } from '../errors';
import { tallyFollowUp } from '../impact/tallies';
import { notify } from '../notifications/notify';
import { hitAllOrThrow, type Limit } from '../rate-limit';
import type { EventInput, EventPatch, FollowUpInput, MeetingRequestInput, RegistrationInput } from './event.schema';
import {
  editable,
  followUpOpen,
  MAX_SLOTS,
  MAX_VISIT_DAYS,
  registrationOpen,
  requestsOpen,
  slotsOf,
} from './lifecycle';
import { acceptedNews, cancelledNews, requestNews } from './news';
import { bumpSchedule, planInput, scheduleStatements, scheduleUnchanged } from './plan';
import { type EventRow, type MeetingRow, type RequestRow, TAKING_PLACE } from './read';

const DAY = 86_400_000;

type Shape = {
  kind: 'partnering' | 'exchange_visit';
  mode: 'online' | 'on_site';
  starts_at: string;
  ends_at: string;
  slot_minutes: number;
  venue: string | null;
  link: string | null;
};

/** What the fields say together: times in order and of a sensible length, a venue on site, a link online. */
function checkShape(e: Shape, now: Date, isNew: boolean) {
  const errors: FieldError[] = [];
  if (e.ends_at <= e.starts_at) errors.push({ path: 'ends_at', message: 'The event must end after it starts.' });
  else if (e.kind === 'partnering') {
    const slots = slotsOf(e).length;
    if (slots === 0) {
      errors.push({ path: 'slot_minutes', message: 'Not even one meeting slot fits between the start and the end.' });
    } else if ((Date.parse(e.ends_at) - Date.parse(e.starts_at)) / (e.slot_minutes * 60_000) > MAX_SLOTS) {
      errors.push({
        path: 'ends_at',
        message: `A partnering event has at most ${MAX_SLOTS} meeting slots: make it shorter or the slots longer.`,
      });
    }
  } else if (Date.parse(e.ends_at) - Date.parse(e.starts_at) > MAX_VISIT_DAYS * DAY) {
    errors.push({ path: 'ends_at', message: `An exchange visit lasts at most ${MAX_VISIT_DAYS} days.` });
  }
  if (isNew && e.starts_at <= now.toISOString()) {
    errors.push({ path: 'starts_at', message: 'The event must start in the future.' });
  }
  if (e.mode === 'on_site' && !e.venue)
    errors.push({ path: 'venue', message: 'Say where an on-site event takes place.' });
  if (e.mode === 'online' && !e.link) errors.push({ path: 'link', message: 'Give the video link of an online event.' });
  if (errors.length) {
    throw new DomainError('validation_failed', 'Some fields of the event do not fit together.', { errors });
  }
}

/** A new event hosted by `hostId` (with `coHostIds`), audited in the same batch. */
export async function createEvent(
  db: Database,
  actor: SignedIn,
  input: EventInput,
  hostId: string,
  coHostIds: string[],
  now = new Date(),
) {
  const fields = {
    kind: input.kind ?? 'partnering',
    title: input.title,
    topic: input.topic ?? '',
    description: input.description ?? '',
    mode: input.mode,
    starts_at: input.starts_at,
    ends_at: input.ends_at,
    timezone: input.timezone,
    venue: input.venue ?? null,
    link: input.link ?? null,
    capacity: input.capacity ?? null,
    terms: input.terms ?? '',
    slot_minutes: input.slot_minutes ?? 20,
    tables: input.tables ?? 10,
    status: input.status ?? 'draft',
  } as const;
  checkShape(fields, now, true);
  const id = uuidv7();
  const coHosts = [...new Set(coHostIds)].filter((c) => c !== hostId);
  const statements: BatchItem<'sqlite'>[] = [
    db.insert(events).values({
      id,
      cluster_id: hostId,
      ...fields,
      published_at: fields.status === 'published' ? now.toISOString() : null,
      created_by: actor.id,
    }),
    ...coHosts.map((clusterId) => db.insert(eventClusters).values({ event_id: id, cluster_id: clusterId })),
    audit(db, {
      actorId: actor.id,
      action: 'event.create',
      entityType: 'event',
      entityId: id,
      clusterId: hostId,
      after: { title: fields.title, kind: fields.kind, status: fields.status, co_hosts: coHosts },
    }),
  ];
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return id;
}

const staleVersion = (expected: number, current: number) =>
  new DomainError(
    'stale_version',
    `You edited version ${expected} of this event, but it is at version ${current} now. Reload it, re-apply your change and send the new version.`,
    { details: { current_version: current } },
  );

const STATUS_MOVES: Record<string, readonly string[]> = {
  draft: ['draft', 'published', 'cancelled'],
  published: ['published', 'cancelled'],
  cancelled: ['cancelled'],
};

/** An organiser's change, guarded by version; times, slots and tables stay once meetings are placed. */
export async function updateEvent(
  db: Database,
  actor: SignedIn,
  row: EventRow,
  version: number,
  patch: Omit<EventPatch, 'version'>,
  now = new Date(),
) {
  if (row.version !== version) throw staleVersion(version, row.version);
  if (Object.keys(patch).length === 0) {
    throw new DomainError('validation_failed', 'Nothing to change: send the fields to change with the version.');
  }
  if (!editable(row, now)) {
    throw invalidState(
      row.status === 'cancelled'
        ? 'This event was cancelled: it can no longer change.'
        : 'This event is over: it can no longer change.',
      row.status,
    );
  }
  if (patch.status && !STATUS_MOVES[row.status]!.includes(patch.status)) {
    throw invalidState(`A ${row.status} event cannot go back to ${patch.status}.`, row.status);
  }
  const next = { ...row, ...patch };
  checkShape(next, now, false);
  const timing = (['starts_at', 'ends_at', 'slot_minutes', 'tables'] as const).filter(
    (key) => patch[key] !== undefined && patch[key] !== row[key],
  );
  if (timing.length > 0) {
    const [placed] = await db
      .select({ n: sql<number>`count(*)` })
      .from(meetings)
      .where(and(eq(meetings.event_id, row.id), sql`${meetings.starts_at} IS NOT NULL`));
    if ((placed?.n ?? 0) > 0) {
      throw invalidState(
        'Meetings are already placed in this event’s schedule: its times, slot length and tables can no longer change. Cancel it and publish a new one if they must.',
        'scheduled',
        { fields: timing },
      );
    }
  }
  const before = Object.fromEntries(Object.keys(patch).map((key) => [key, row[key as keyof EventRow]]));
  // A change of times is a change of the schedule's grid: it holds only if nobody placed a meeting
  // since the check above (the schedule is still at the version read), and it moves that version on
  // so an accept that read the old grid reads the new one before it places anything.
  const retimed = timing.length > 0;
  const sameSchedule = retimed ? eq(events.schedule_version, row.schedule_version) : undefined;
  const guard = sql`EXISTS (SELECT 1 FROM ${events} WHERE ${events.id} = ${row.id} AND ${events.version} = ${version}
    ${retimed ? sql`AND ${events.schedule_version} = ${row.schedule_version}` : sql``})`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'event.update',
          entityType: 'event',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { version, ...before },
          after: { version: version + 1, ...patch },
        },
        guard,
      ),
      ...(patch.status === 'cancelled' && row.status === 'published'
        ? notify(db, cancelledNews(row, actor.id, guard))
        : []),
    ],
    db
      .update(events)
      .set({
        ...patch,
        ...(patch.status === 'published' && row.status !== 'published' ? { published_at: now.toISOString() } : {}),
        version: sql`${events.version} + 1`,
        ...(retimed ? { schedule_version: sql`${events.schedule_version} + 1` } : {}),
        updated_at: NOW,
      })
      .where(and(eq(events.id, row.id), eq(events.version, version), sameSchedule))
      .returning({ version: events.version }),
  );
  if (updated.length > 0) return;
  if (retimed) {
    const [now2] = await db.select({ version: events.version }).from(events).where(eq(events.id, row.id));
    if (now2?.version === version) {
      throw invalidState(
        'The schedule changed while you edited this event (a meeting request was accepted). Reload it: once a meeting is placed, its times, slot length and tables can no longer change.',
        'scheduled',
        { fields: timing },
      );
    }
  }
  throw staleVersion(version, version + 1);
}

/**
 * A registration (partnering: a place at once, if one is free) or an application (an exchange
 * visit: the host decides). Accepting the terms is required; the place is taken in the same
 * statement that checks there is one, so two people never take the last place together.
 */
export async function register(
  db: Database,
  actor: SignedIn,
  row: EventRow,
  input: RegistrationInput,
  now = new Date(),
) {
  if (!registrationOpen(row, now)) {
    throw invalidState(
      row.status === 'published'
        ? 'Registration has closed: the event has started.'
        : 'This event is not open for registration.',
      row.status,
    );
  }
  if (row.my_registration) {
    throw new DomainError('duplicate', `You are already ${row.my_registration} for this event.`, {
      details: { current_state: row.my_registration },
    });
  }
  const outside = (input.availability ?? []).findIndex((w) => w.start < row.starts_at || w.end > row.ends_at);
  if (outside >= 0) {
    throw invalidField(
      `availability.${outside}`,
      'Each window of availability must lie within the event.',
      `Your availability must lie within the event (${row.starts_at} to ${row.ends_at}).`,
    );
  }
  const visit = row.kind === 'exchange_visit';
  if (visit) {
    // An exchange visit is a host cluster's offer to the members of other clusters: someone whose
    // confirmed organization's home cluster hosts it is at home already.
    const [home] = await db
      .select({ cluster_id: organizations.cluster_id })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organization_id))
      .where(eq(users.id, actor.id));
    const hosts = [row.cluster_id, ...(JSON.parse(row.co_host_ids) as string[])];
    if (home?.cluster_id && hosts.includes(home.cluster_id)) {
      throw invalidState(
        `This exchange visit is for members of other clusters: your organization belongs to ${row.cluster_name}, which hosts it. Share it with partners elsewhere instead.`,
        'host_member',
      );
    }
  }
  const full = () =>
    invalidState(
      `The event is full: all ${row.capacity} places are taken. Nothing was saved; watch the event for a place that frees up.`,
      'full',
      { capacity: row.capacity },
    );
  if (!visit && row.capacity !== null && row.places_taken >= row.capacity) throw full();
  const free =
    visit || row.capacity === null
      ? sql`1`
      : sql`(SELECT count(*) FROM ${eventRegistrations} r WHERE r.event_id = ${row.id} AND r.status IN ${TAKING_PLACE}) < ${row.capacity}`;
  const guard = sql`${free} AND NOT EXISTS (SELECT 1 FROM ${eventRegistrations} r WHERE r.event_id = ${row.id} AND r.user_id = ${actor.id})`;
  const status = visit ? ('applied' as const) : ('registered' as const);
  const stamp = now.toISOString();
  const written = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: visit ? 'event.apply' : 'event.register',
          entityType: 'event',
          entityId: row.id,
          clusterId: row.cluster_id,
          after: { status },
        },
        guard,
      ),
      insertIf(
        db,
        eventRegistrations,
        {
          event_id: row.id,
          user_id: actor.id,
          status,
          terms_accepted_at: stamp,
          availability: input.availability ?? null,
          note: input.note ?? '',
          created_at: stamp,
        },
        guard,
      ),
    ],
    db
      .select()
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.event_id, row.id),
          eq(eventRegistrations.user_id, actor.id),
          eq(eventRegistrations.created_at, stamp),
        ),
      ),
  );
  const mine = written[0];
  if (!mine) throw full();
  return mine;
}

/** The host accepts or declines an application to an exchange visit; accepting takes a place. */
export async function decideApplication(
  db: Database,
  actor: SignedIn,
  row: EventRow,
  userId: string,
  decision: 'accepted' | 'declined',
  now = new Date(),
) {
  if (row.kind !== 'exchange_visit') {
    throw invalidState('Only applications to an exchange visit are accepted or declined.', row.kind);
  }
  if (row.status === 'cancelled' || now.toISOString() >= row.ends_at) {
    throw invalidState('This visit is over or cancelled: its applications can no longer change.', row.status);
  }
  const [application] = await db
    .select({ status: eventRegistrations.status })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.event_id, row.id), eq(eventRegistrations.user_id, userId)));
  if (!application) throw new DomainError('not_found', 'There is no such application, or it is not visible to you.');
  if (application.status !== 'applied') {
    throw invalidState(`This application was already ${application.status}.`, application.status);
  }
  const room =
    decision === 'declined' || row.capacity === null
      ? sql`1`
      : sql`(SELECT count(*) FROM ${eventRegistrations} r WHERE r.event_id = ${row.id} AND r.status IN ${TAKING_PLACE}) < ${row.capacity}`;
  const stamp = now.toISOString();
  const guard = sql`${room} AND EXISTS (SELECT 1 FROM ${eventRegistrations} r WHERE r.event_id = ${row.id}
    AND r.user_id = ${userId} AND r.status = 'applied')`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `event.application_${decision}`,
          entityType: 'event',
          entityId: row.id,
          clusterId: row.cluster_id,
          after: { user_id: userId, status: decision },
        },
        guard,
      ),
    ],
    db
      .update(eventRegistrations)
      .set({ status: decision, decided_at: stamp })
      .where(and(eq(eventRegistrations.event_id, row.id), eq(eventRegistrations.user_id, userId), guard))
      .returning({ status: eventRegistrations.status }),
  );
  if (updated.length === 0) {
    throw invalidState(
      `The visit is full: all ${row.capacity} places are taken. Decline this application, or raise the capacity first.`,
      'full',
      { capacity: row.capacity },
    );
  }
}

const registeredAt = (eventId: string, userId: string) =>
  sql`EXISTS (SELECT 1 FROM ${eventRegistrations} r WHERE r.event_id = ${eventId} AND r.user_id = ${userId}
    AND r.status IN ${TAKING_PLACE})`;

/**
 * Meeting requests one participant sends at one event in a day: a full partnering day holds about
 * twenty meetings a person, so forty asks leave room for refusals, and nobody can notify a whole
 * participant list at once.
 */
export const MEETING_REQUESTS_PER_EVENT_DAY: Limit = { name: 'meeting-request', max: 40, windowSeconds: 24 * 60 * 60 };

/** A participant asks another for a one-to-one meeting (one request per pair and event). */
export async function requestMeeting(
  db: Database,
  actor: SignedIn,
  row: EventRow,
  input: MeetingRequestInput,
  now = new Date(),
) {
  if (!requestsOpen(row, now)) {
    throw invalidState(
      row.kind !== 'partnering'
        ? 'One-to-one meetings are arranged at partnering events only.'
        : 'Meeting requests have closed: the event is over or not open.',
      row.status,
    );
  }
  if (input.to === actor.id) throw invalidField('to', 'Choose someone other than yourself.');
  await hitAllOrThrow(
    db,
    [{ limit: MEETING_REQUESTS_PER_EVENT_DAY, subject: `${actor.id}:${row.id}` }],
    'meeting requests',
  );
  const id = uuidv7();
  const blocked = hasBlocked(input.to, actor.id);
  const guard = sql`${registeredAt(row.id, input.to)} AND NOT ${blocked}`;
  try {
    const written = await batchEndingWith(
      db,
      [
        insertIf(
          db,
          meetingRequests,
          {
            id,
            event_id: row.id,
            from_user: actor.id,
            to_user: input.to,
            message: input.message,
            created_at: now.toISOString(),
          },
          guard,
        ),
        ...notify(
          db,
          requestNews(
            { id, to: input.to, fromName: actor.name },
            row,
            actor.id,
            sql`EXISTS (SELECT 1 FROM ${meetingRequests} q WHERE q.id = ${id})`,
          ),
        ),
      ],
      db.select({ id: meetingRequests.id }).from(meetingRequests).where(eq(meetingRequests.id, id)),
    );
    if (written.length === 0) {
      // Why it did not land, read only when it did not: a block, or someone not registered.
      const [why] = await db.select({ blocked: sql<number>`${blocked}` }).from(sql`(SELECT 1)`);
      if (why?.blocked) {
        throw new DomainError(
          'invalid_state',
          'This person has closed a conversation with you, so Bedside does not pass on meeting requests from you to them.',
          { details: { current_state: 'blocked' } },
        );
      }
      throw invalidField(
        'to',
        'This person is not registered for this event.',
        'You can only ask people registered for this event: this person is not. Pick someone from the participant list.',
      );
    }
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new DomainError(
        'duplicate',
        'You two already have a meeting request at this event (one of you asked the other). Answer or wait for that one.',
      );
    }
    throw err;
  }
  return id;
}

/**
 * How many times an accept (or an organiser's run) is tried when someone else wrote the schedule
 * in between: writes of one event's schedule are serialized by its `schedule_version`, and a
 * loser waits a random moment (longer each time) before reading the schedule again.
 */
const ATTEMPTS = 12;
const backOff = (attempt: number) =>
  attempt === 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

/**
 * The recipient accepts or declines. Accepting places the meeting in the schedule in the same
 * batch: around the meetings already placed, which never move, or unplaced with the reason.
 */
export async function decideRequest(
  db: Database,
  actor: SignedIn,
  request: RequestRow,
  decision: 'accepted' | 'declined',
  loadEvent: () => Promise<EventRow>,
  now = new Date(),
) {
  const times = {
    kind: request.event_kind,
    status: request.event_status,
    starts_at: request.event_starts_at,
    ends_at: request.event_ends_at,
  };
  if (request.status !== 'pending') throw invalidState(`This request was already ${request.status}.`, request.status);
  if (!requestsOpen(times, now))
    throw invalidState('The event is over or not open: requests can no longer be answered.', times.status);
  const stamp = now.toISOString();
  const mine = sql`EXISTS (SELECT 1 FROM ${meetingRequests} q WHERE q.id = ${request.id} AND q.decided_at = ${stamp} AND q.status = ${decision})`;
  const pending = sql`EXISTS (SELECT 1 FROM ${meetingRequests} q WHERE q.id = ${request.id} AND q.status = 'pending')`;
  const entry = {
    actorId: actor.id,
    action: `meeting_request.${decision}`,
    entityType: 'event' as const,
    entityId: request.event_id,
    clusterId: request.cluster_id,
    after: { request_id: request.id, status: decision },
  };
  if (decision === 'declined') {
    const done = await batchEndingWith(
      db,
      [auditIf(db, entry, pending)],
      db
        .update(meetingRequests)
        .set({ status: 'declined', decided_at: stamp })
        .where(and(eq(meetingRequests.id, request.id), eq(meetingRequests.status, 'pending')))
        .returning({ id: meetingRequests.id }),
    );
    if (done.length === 0) throw invalidState('This request was answered in the meantime.', 'decided');
    return;
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await backOff(attempt);
    const event = await loadEvent();
    const input = await planInput(db, event.id);
    const ok = sql`${scheduleUnchanged(event)} AND ${pending}`;
    const plan = scheduleStatements(db, event, input, {
      extra: { id: request.id, requester: request.from_id, recipient: request.to_id, accepted_at: stamp },
      guard: mine,
    });
    const bumped = await batchEndingWith(
      db,
      [
        auditIf(db, entry, ok),
        db
          .update(meetingRequests)
          .set({ status: 'accepted', decided_at: stamp })
          .where(
            and(eq(meetingRequests.id, request.id), eq(meetingRequests.status, 'pending'), scheduleUnchanged(event)),
          ),
        ...plan.statements,
        ...notify(
          db,
          acceptedNews({ id: request.id, from: request.from_id, toName: request.to_name }, event, actor.id, mine),
        ),
      ],
      db
        .update(events)
        .set({ schedule_version: sql`${events.schedule_version} + 1` })
        .where(and(eq(events.id, event.id), eq(events.schedule_version, event.schedule_version), mine))
        .returning({ schedule_version: events.schedule_version }),
    );
    if (bumped.length > 0) return;
    const [now2] = await db
      .select({ status: meetingRequests.status })
      .from(meetingRequests)
      .where(eq(meetingRequests.id, request.id));
    if (now2?.status !== 'pending')
      throw invalidState('This request was answered in the meantime.', now2?.status ?? 'decided');
  }
  throw new DomainError(
    'unavailable',
    'The schedule kept changing while your answer was saved. Try again in a moment.',
  );
}

/**
 * An organiser plans the whole schedule again from every accepted request (before the event
 * starts), in one batch: the scheduler's best order, every meeting placed or unplaced with why.
 */
export async function runSchedule(db: Database, actor: SignedIn, loadEvent: () => Promise<EventRow>, now = new Date()) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await backOff(attempt);
    const event = await loadEvent();
    if (event.kind !== 'partnering' || event.status !== 'published' || now.toISOString() >= event.starts_at) {
      throw invalidState(
        'Only a published partnering event is scheduled, and only before it starts: meetings never move once it has begun.',
        event.status,
      );
    }
    const input = await planInput(db, event.id);
    const plan = scheduleStatements(db, event, input, { fresh: true });
    const bumped = await batchEndingWith(
      db,
      [
        ...plan.statements,
        auditIf(
          db,
          {
            actorId: actor.id,
            action: 'event.schedule',
            entityType: 'event',
            entityId: event.id,
            clusterId: event.cluster_id,
            after: { placed: plan.placed, unplaced: plan.unplaced },
          },
          scheduleUnchanged(event),
        ),
      ],
      bumpSchedule(db, event),
    );
    if (bumped.length > 0) return { placed: plan.placed, unplaced: plan.unplaced };
  }
  throw new DomainError('unavailable', 'The schedule kept changing while it was planned. Try again in a moment.');
}

/** One side's follow-up on a meeting, once; counted into the host cluster's impact in the same batch. */
export async function followUp(
  db: Database,
  actor: SignedIn,
  meeting: MeetingRow,
  input: FollowUpInput,
  now = new Date(),
) {
  const times = {
    kind: meeting.event_kind,
    status: meeting.event_status,
    starts_at: meeting.event_starts_at,
    ends_at: meeting.event_ends_at,
  };
  if (!followUpOpen(times, meeting.starts_at, now)) {
    throw invalidState('A follow-up is asked for once the meeting’s time has come.', 'upcoming', {
      opens_at: meeting.starts_at ?? meeting.event_starts_at,
    });
  }
  const other = meeting.from_id === actor.id ? meeting.to_id : meeting.from_id;
  try {
    await db.batch([
      ...tallyFollowUp(db, {
        clusterId: meeting.cluster_id,
        eventStartsAt: meeting.event_starts_at,
        meetingId: meeting.id,
        userId: actor.id,
        otherId: other,
        met: input.met,
        nextStep: input.next_step,
      }),
      db.insert(meetingFollowUps).values({
        meeting_id: meeting.id,
        user_id: actor.id,
        met: input.met,
        next_step: input.next_step,
        created_at: now.toISOString(),
      }),
    ] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new DomainError(
        'duplicate',
        'You already answered the follow-up of this meeting; it is kept as you gave it.',
      );
    }
    throw err;
  }
  return { meeting_id: meeting.id, met: input.met, next_step: input.next_step, created_at: now.toISOString() };
}
