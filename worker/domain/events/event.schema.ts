import { z } from '@hono/zod-openapi';
import {
  EVENT_KINDS,
  EVENT_MODES,
  EVENT_STATUSES,
  MEETING_REQUEST_STATUSES,
  NEXT_STEPS,
  REGISTRATION_STATUSES,
} from '../../db/enums';
import { isTimeZone } from '../notifications/digest-time';
import { PageQuerySchema, pageOf } from '../paging';

const INSTANT = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString())
  .openapi({ description: 'An instant, ISO 8601 with an offset or Z.', example: '2027-03-15T08:00:00Z' });
const text = (max: number) => z.string().trim().min(1).max(max);
const URL_TEXT = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .openapi({ description: 'An http(s) address.', example: 'https://meet.example.org/partnering' });

const eventFields = {
  kind: z.enum(EVENT_KINDS).openapi({
    description:
      'partnering (one-to-one meetings between participants) or exchange_visit (people apply, the host accepts).',
  }),
  title: text(200),
  topic: z.string().trim().max(200),
  description: z.string().trim().max(5000),
  mode: z.enum(EVENT_MODES).openapi({ description: 'online or on_site.' }),
  starts_at: INSTANT,
  ends_at: INSTANT,
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'Use an IANA time zone such as Europe/Berlin.')
    .openapi({ description: 'The IANA time zone of the event.', example: 'Europe/Berlin' }),
  venue: text(300).nullable().openapi({ description: 'Where, on site.' }),
  link: URL_TEXT.nullable().openapi({ description: 'The video link of an online event.' }),
  capacity: z.number().int().min(1).max(100_000).nullable().openapi({ description: 'Places; null for no limit.' }),
  terms: z.string().trim().max(5000).openapi({ description: 'What participants accept when they register.' }),
  slot_minutes: z.number().int().min(5).max(240).openapi({ description: 'Length of a meeting slot.' }),
  tables: z.number().int().min(1).max(1000).openapi({ description: 'Meeting tables (or video rooms) per slot.' }),
  clusters: z
    .array(z.string().min(1).max(60))
    .max(10)
    .openapi({ description: 'Slugs of other clusters holding the event together with the host.' }),
};

export const EventInputSchema = z
  .object({
    cluster: z.string().min(1).max(60).openapi({ description: 'The host cluster (its slug).' }),
    ...eventFields,
    status: z.enum(['draft', 'published']).openapi({ description: 'draft (organisers only) or published.' }),
  })
  .partial({
    kind: true,
    topic: true,
    description: true,
    venue: true,
    link: true,
    capacity: true,
    terms: true,
    slot_minutes: true,
    tables: true,
    clusters: true,
    status: true,
  })
  .strict()
  .openapi('EventInput');
export type EventInput = z.output<typeof EventInputSchema>;

export const EventPatchSchema = z
  .object({
    ...eventFields,
    status: z.enum(EVENT_STATUSES),
    version: z.number().int().min(1).openapi({ description: 'The version you read (or send If-Match).' }),
  })
  .omit({ kind: true, clusters: true })
  .partial()
  .strict()
  .openapi('EventPatch');
export type EventPatch = z.output<typeof EventPatchSchema>;

export const WindowSchema = z
  .object({ start: INSTANT, end: INSTANT })
  .strict()
  .refine((w) => w.end > w.start, { message: 'A window ends after it starts.', path: ['end'] });

export const RegistrationInputSchema = z
  .object({
    accept_terms: z.literal(true, 'Accept the terms of the event to register.').openapi({
      description: "Must be true: you accept the event's terms.",
    }),
    availability: z.array(WindowSchema).max(50).nullable().optional().openapi({
      description: 'When you can meet (instants); leave out for the whole event.',
    }),
    note: z.string().trim().max(1000).optional().openapi({ description: 'An exchange visit: a word to the host.' }),
  })
  .strict()
  .openapi('RegistrationInput');
export type RegistrationInput = z.output<typeof RegistrationInputSchema>;

export const MeetingRequestInputSchema = z
  .object({
    to: z.string().min(1).max(64).openapi({ description: 'The participant you would like to meet (their user id).' }),
    message: z.string().trim().max(500).default(''),
  })
  .strict()
  .openapi('MeetingRequestInput');
export type MeetingRequestInput = z.output<typeof MeetingRequestInputSchema>;

export const FollowUpInputSchema = z
  .object({
    met: z.boolean(),
    next_step: z.enum(NEXT_STEPS).default('none'),
  })
  .strict()
  .openapi('FollowUpInput');
export type FollowUpInput = z.output<typeof FollowUpInputSchema>;

export const EventListQuerySchema = PageQuerySchema.extend({
  cluster: z.string().min(1).max(60).optional().openapi({ description: 'Events a cluster hosts or co-hosts (slug).' }),
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  kind: z.enum(EVENT_KINDS).optional(),
});
export type EventListQuery = z.output<typeof EventListQuerySchema>;

const Person = z.object({ id: z.string(), name: z.string() }).openapi('EventPerson');

export const ParticipantSchema = Person.extend({
  organization: z.string().nullable(),
  headline: z.string().nullable().openapi({ description: 'From their expert profile, if public.' }),
  status: z.enum(REGISTRATION_STATUSES),
}).openapi('EventParticipant');

export const MeetingRequestSchema = z
  .object({
    id: z.string(),
    event_id: z.string(),
    from: Person,
    to: Person,
    message: z.string(),
    status: z.enum(MEETING_REQUEST_STATUSES),
    created_at: z.string(),
    decided_at: z.string().nullable(),
  })
  .openapi('MeetingRequest');

export const EventSchema = z
  .object({
    id: z.string(),
    cluster: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    clusters: z.array(z.string()).openapi({ description: 'Slugs of the co-hosting clusters.' }),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    topic: z.string(),
    description: z.string(),
    mode: z.enum(EVENT_MODES),
    starts_at: z.string(),
    ends_at: z.string(),
    timezone: z.string(),
    venue: z.string().nullable(),
    link: z.string().nullable().openapi({ description: 'Shown to registered participants and organisers only.' }),
    capacity: z.number().nullable(),
    places_taken: z.number(),
    terms: z.string(),
    slot_minutes: z.number(),
    tables: z.number(),
    status: z.enum(EVENT_STATUSES),
    version: z.number(),
    my_registration: z.enum(REGISTRATION_STATUSES).nullable(),
    participants: z
      .array(ParticipantSchema)
      .nullable()
      .openapi({ description: 'Registered participants and organisers only; null for others.' }),
    meeting_requests: z
      .array(MeetingRequestSchema)
      .nullable()
      .openapi({ description: 'Your requests, sent and received; null unless you are registered.' }),
  })
  .openapi('Event');
export type EventView = z.output<typeof EventSchema>;

export const EventSummarySchema = EventSchema.pick({
  id: true,
  kind: true,
  title: true,
  topic: true,
  mode: true,
  starts_at: true,
  ends_at: true,
  timezone: true,
  venue: true,
  capacity: true,
  status: true,
})
  .extend({ cluster: z.object({ slug: z.string(), name: z.string() }) })
  .openapi('EventSummary');
export const EventPageSchema = pageOf(EventSummarySchema).openapi('EventPage');

export const UnplacedSchema = z
  .object({
    code: z.enum(['no_common_slot', 'participant_full', 'no_table']),
    participants: z.array(z.string()).optional(),
    slots: z.array(z.string()).optional(),
  })
  .openapi('UnplacedReason');

export const MeetingSchema = z
  .object({
    id: z.string(),
    request_id: z.string(),
    from: Person,
    to: Person,
    starts_at: z.string().nullable(),
    ends_at: z.string().nullable(),
    table: z.number().nullable(),
    video_link: z.string().nullable(),
    unplaced: UnplacedSchema.nullable().openapi({ description: 'Why the meeting has no slot; null when placed.' }),
    my_follow_up: z.object({ met: z.boolean(), next_step: z.enum(NEXT_STEPS) }).nullable(),
  })
  .openapi('Meeting');

export const ScheduleSchema = z
  .object({
    event_id: z.string(),
    scope: z.enum(['mine', 'all']).openapi({ description: 'Your meetings, or every meeting (organisers).' }),
    meetings: z.array(MeetingSchema),
    placed: z.number(),
    unplaced: z.number(),
  })
  .openapi('Schedule');
export type ScheduleView = z.output<typeof ScheduleSchema>;

export const RegistrationSchema = z
  .object({
    event_id: z.string(),
    user_id: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    terms_accepted_at: z.string(),
    availability: z.array(z.object({ start: z.string(), end: z.string() })).nullable(),
  })
  .openapi('Registration');

export const FollowUpSchema = z
  .object({ meeting_id: z.string(), met: z.boolean(), next_step: z.enum(NEXT_STEPS), created_at: z.string() })
  .openapi('FollowUp');
