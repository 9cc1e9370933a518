import { type AnyColumn, asc, eq, getTableColumns, or, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  conversationParticipants,
  conversations,
  eventRegistrations,
  events,
  expertFacets,
  expertProfiles,
  meetingFollowUps,
  meetingRequests,
  meetings,
  messages,
  organizationMemberships,
  organizations,
  users,
} from '../../../db/schema';
import { jsonArrayOf, jsonObject, jsonRow, jsonTruth, listPart, onePart, type Parts } from './json-rows';

/** Their expert profile's facets of one kind, in order (expert_facets' key). */
const facetsOf = (me: string, facet: 'expertise' | 'language') =>
  jsonArrayOf(sql`SELECT json_group_array(${expertFacets.value} ORDER BY ${expertFacets.value}) FROM ${expertFacets}
    WHERE ${expertFacets.user_id} = ${me} AND ${expertFacets.facet} = ${facet}`);

/** The other person of a request or meeting between `from` and `to`: their name only. */
const otherPerson = (from: AnyColumn, to: AnyColumn, me: string) =>
  sql`(SELECT u.name FROM ${users} u WHERE u.id = CASE WHEN ${from} = ${me} THEN ${to} ELSE ${from} END)`;

/**
 * Issue 16: their expert profile, public or not; their claims to belong to organizations and their
 * decisions (not who decided).
 */
export const networkParts = (db: Database, me: string): Parts => ({
  expert_profile: onePart(
    db
      .select({
        part: jsonObject({
          ...getTableColumns(expertProfiles),
          expertise: facetsOf(me, 'expertise'),
          languages: facetsOf(me, 'language'),
        }),
      })
      .from(expertProfiles)
      .where(eq(expertProfiles.user_id, me)),
  ),
  organization_memberships: listPart(
    db,
    'organization_memberships',
    db
      .select(
        jsonRow(
          {
            organization_id: organizationMemberships.organization_id,
            organization_name: organizations.name,
            role: organizationMemberships.role,
            status: organizationMemberships.status,
            via: organizationMemberships.via,
            claimed_at: organizationMemberships.claimed_at,
            decided_at: organizationMemberships.decided_at,
          },
          asc(organizationMemberships.claimed_at),
        ),
      )
      .from(organizationMemberships)
      .innerJoin(organizations, eq(organizations.id, organizationMemberships.organization_id))
      .where(eq(organizationMemberships.user_id, me)),
  ),
});

/** Matchmaking events (issue 16): registrations, requests either way, meetings, follow-ups. */
export const eventParts = (db: Database, me: string): Parts => ({
  registrations: listPart(
    db,
    'registrations',
    db
      .select(
        jsonRow(
          {
            event_id: eventRegistrations.event_id,
            event_title: events.title,
            status: eventRegistrations.status,
            terms_accepted_at: eventRegistrations.terms_accepted_at,
            availability: eventRegistrations.availability,
            note: eventRegistrations.note,
            created_at: eventRegistrations.created_at,
            decided_at: eventRegistrations.decided_at,
          },
          asc(eventRegistrations.created_at),
        ),
      )
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.event_id))
      .where(eq(eventRegistrations.user_id, me)),
  ),
  meeting_requests: listPart(
    db,
    'meeting_requests',
    db
      .select(
        jsonRow(
          {
            id: meetingRequests.id,
            event_id: meetingRequests.event_id,
            sent_by_you: jsonTruth(eq(meetingRequests.from_user, me)),
            other_person: otherPerson(meetingRequests.from_user, meetingRequests.to_user, me),
            message: meetingRequests.message,
            status: meetingRequests.status,
            created_at: meetingRequests.created_at,
            decided_at: meetingRequests.decided_at,
          },
          asc(meetingRequests.id),
        ),
      )
      .from(meetingRequests)
      .where(or(eq(meetingRequests.from_user, me), eq(meetingRequests.to_user, me))),
  ),
  meetings: listPart(
    db,
    'meetings',
    db
      .select(
        jsonRow(
          {
            id: meetings.id,
            event_id: meetings.event_id,
            other_person: otherPerson(meetings.from_user, meetings.to_user, me),
            starts_at: meetings.starts_at,
            ends_at: meetings.ends_at,
            table_number: meetings.table_number,
          },
          asc(meetings.id),
        ),
      )
      .from(meetings)
      .where(or(eq(meetings.from_user, me), eq(meetings.to_user, me))),
  ),
  follow_ups: listPart(
    db,
    'follow_ups',
    db
      .select(
        jsonRow(
          {
            meeting_id: meetingFollowUps.meeting_id,
            met: meetingFollowUps.met,
            next_step: meetingFollowUps.next_step,
            created_at: meetingFollowUps.created_at,
          },
          asc(meetingFollowUps.created_at),
        ),
      )
      .from(meetingFollowUps)
      .where(eq(meetingFollowUps.user_id, me)),
  ),
});

/** Relayed conversations (issue 16) they take part in, and what they wrote: never the others' messages. */
export const conversationParts = (db: Database, me: string): Parts => ({
  conversations: listPart(
    db,
    'conversations',
    db
      .select(
        jsonRow(
          {
            id: conversations.id,
            subject: conversations.subject,
            about_kind: conversations.about_kind,
            about_id: conversations.about_id,
            created_at: conversations.created_at,
            last_message_at: conversations.last_message_at,
            started_by_you: jsonTruth(eq(conversations.created_by, me)),
            share_email: conversationParticipants.share_email,
            blocked_at: conversationParticipants.blocked_at,
            last_read_at: conversationParticipants.last_read_at,
            reported_at: conversationParticipants.reported_at,
          },
          asc(conversations.created_at),
          asc(conversations.id),
        ),
      )
      .from(conversationParticipants)
      .innerJoin(conversations, eq(conversations.id, conversationParticipants.conversation_id))
      .where(eq(conversationParticipants.user_id, me)),
  ),
  messages_sent: listPart(
    db,
    'messages_sent',
    db
      .select(
        jsonRow(
          {
            id: messages.id,
            conversation_id: messages.conversation_id,
            body: messages.body,
            created_at: messages.created_at,
          },
          asc(messages.created_at),
          asc(messages.id),
        ),
      )
      .from(messages)
      .where(eq(messages.sender_id, me)),
  ),
});
