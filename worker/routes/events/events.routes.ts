import { createRoute, z } from '@hono/zod-openapi';
import {
  EventInputSchema,
  EventListQuerySchema,
  EventPageSchema,
  EventPatchSchema,
  EventSchema,
  FollowUpInputSchema,
  FollowUpSchema,
  MeetingRequestInputSchema,
  MeetingRequestSchema,
  RegistrationInputSchema,
  RegistrationSchema,
  ScheduleSchema,
} from '../../domain/events/event.schema';
import {
  IfMatchHeader,
  idParam,
  jsonBody,
  jsonContent,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Events'];
const ApplicationParams = z.object({ id: idParam('id'), userId: idParam('userId') });
const CREATE_PROBLEMS = problemResponses(
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_state',
  'duplicate',
);

export const listEvents = createRoute({
  operationId: 'listEvents',
  method: 'get',
  path: '/api/v1/events',
  tags,
  summary: 'Matchmaking events and exchange visits: upcoming (soonest first) or past, by cluster and kind',
  security: OPTIONAL_SIGN_IN,
  request: { query: EventListQuerySchema },
  responses: {
    [OK]: jsonContent(EventPageSchema, 'A page of events.'),
    ...problemResponses('validation_failed'),
  },
});

export const createEvent = createRoute({
  operationId: 'createEvent',
  method: 'post',
  path: '/api/v1/events',
  tags,
  summary:
    "Create an event of a cluster you moderate (alone or with others you moderate); a draft unless `status: 'published'`",
  security: SIGNED_IN,
  request: { body: jsonBody(EventInputSchema) },
  responses: {
    [CREATED]: jsonContent(EventSchema, 'The event.'),
    ...WRITE_PROBLEMS,
  },
});

export const getEvent = createRoute({
  operationId: 'getEvent',
  method: 'get',
  path: '/api/v1/events/{id}',
  tags,
  summary:
    'An event; registered participants and organisers also get the participant list, the video link and their meeting requests',
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(EventSchema, 'The event.'),
    ...problemResponses('not_found'),
  },
});

export const patchEvent = createRoute({
  operationId: 'patchEvent',
  method: 'patch',
  path: '/api/v1/events/{id}',
  tags,
  summary: 'Change, publish or cancel an event (its organisers), with its version',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(EventPatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(EventSchema, 'The event now.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});

export const register = createRoute({
  operationId: 'registerForEvent',
  method: 'post',
  path: '/api/v1/events/{id}/registrations',
  tags,
  summary:
    'Register for an event (or apply for an exchange visit) accepting its terms; 409 with `current_state: full` when no place is left',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(RegistrationInputSchema) },
  responses: {
    [CREATED]: jsonContent(RegistrationSchema, 'Your registration.'),
    ...CREATE_PROBLEMS,
  },
});

export const acceptApplication = createRoute({
  operationId: 'acceptEventApplication',
  method: 'post',
  path: '/api/v1/events/{id}/registrations/{userId}/accept',
  tags,
  summary: 'Accept an application to an exchange visit (its organisers), if a place is free',
  security: SIGNED_IN,
  request: { params: ApplicationParams },
  responses: {
    [OK]: jsonContent(EventSchema, 'The event now.'),
    ...WRITE_PROBLEMS,
  },
});

export const declineApplication = createRoute({
  operationId: 'declineEventApplication',
  method: 'post',
  path: '/api/v1/events/{id}/registrations/{userId}/decline',
  tags,
  summary: 'Decline an application to an exchange visit (its organisers)',
  security: SIGNED_IN,
  request: { params: ApplicationParams },
  responses: {
    [OK]: jsonContent(EventSchema, 'The event now.'),
    ...WRITE_PROBLEMS,
  },
});

export const requestMeeting = createRoute({
  operationId: 'requestMeeting',
  method: 'post',
  path: '/api/v1/events/{id}/meeting-requests',
  tags,
  summary: 'Ask another registered participant for a one-to-one meeting, with a short message (one request per pair)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(MeetingRequestInputSchema) },
  responses: {
    [CREATED]: jsonContent(MeetingRequestSchema, 'The request.'),
    ...CREATE_PROBLEMS,
  },
});

export const acceptRequest = createRoute({
  operationId: 'acceptMeetingRequest',
  method: 'post',
  path: '/api/v1/meeting-requests/{id}/accept',
  tags,
  summary:
    'Accept a meeting request (the person asked): the meeting gets a slot and a table at once, around those already placed, or is unplaced with the reason',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(MeetingRequestSchema, 'The request now.'),
    ...WRITE_PROBLEMS,
  },
});

export const declineRequest = createRoute({
  operationId: 'declineMeetingRequest',
  method: 'post',
  path: '/api/v1/meeting-requests/{id}/decline',
  tags,
  summary: 'Decline a meeting request (the person asked)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(MeetingRequestSchema, 'The request now.'),
    ...WRITE_PROBLEMS,
  },
});

export const getSchedule = createRoute({
  operationId: 'getEventSchedule',
  method: 'get',
  path: '/api/v1/events/{id}/schedule',
  tags,
  summary:
    'Your meetings at an event, placed (slot, table or video link) or unplaced with the reason; organisers get every meeting',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(ScheduleSchema, 'The schedule.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const runSchedule = createRoute({
  operationId: 'runEventSchedule',
  method: 'post',
  path: '/api/v1/events/{id}/schedule',
  tags,
  summary:
    'Plan the whole schedule again from every accepted request (organisers, before the event starts): placed meetings may move',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(ScheduleSchema, 'The schedule now.'),
    ...WRITE_PROBLEMS,
  },
});

export const meetingCalendar = createRoute({
  operationId: 'getMeetingCalendar',
  method: 'get',
  path: '/api/v1/meetings/{id}/calendar.ics',
  tags,
  summary: 'A placed meeting as iCalendar, in the event time zone (its two people only)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: { description: 'iCalendar.', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses('not_found', 'invalid_state'),
  },
});

export const followUp = createRoute({
  operationId: 'followUpMeeting',
  method: 'post',
  path: '/api/v1/meetings/{id}/follow-up',
  tags,
  summary:
    'After the meeting, your word on it: did you meet, and the next step (once per side; counted in the impact figures)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(FollowUpInputSchema) },
  responses: {
    [CREATED]: jsonContent(FollowUpSchema, 'Your follow-up.'),
    ...CREATE_PROBLEMS,
  },
});
