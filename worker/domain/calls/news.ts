import { type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { callClusters, calls, clusterMemberships, users } from '../../db/schema';
import type { NotificationKind } from '../notifications/kinds';
import { type NotificationEvent, people } from '../notifications/notify';
import type { CallAction } from './lifecycle';

// Who hears of a call's steps (issue 15), as SQL for `notify`: only people who may see the call
// once the step is taken (a call in review or sent back is its managers' alone).

/** The moderators of any of the call's clusters: those who manage and review it. */
const managersOf = (callId: string) =>
  sql`SELECT ${clusterMemberships.user_id} AS user_id FROM ${callClusters}
    JOIN ${clusterMemberships} ON ${clusterMemberships.cluster_id} = ${callClusters.cluster_id}
      AND ${clusterMemberships.role} = 'moderator'
    WHERE ${callClusters.call_id} = ${callId}`;

/**
 * The call's creator, if they may see it after the step: always once it is public (and not
 * hidden), otherwise only while they still moderate one of its clusters or are an admin.
 */
const creatorOf = (callId: string, publicAfter: boolean) =>
  sql`SELECT ${calls.created_by} AS user_id FROM ${calls} WHERE ${calls.id} = ${callId} AND (
    ${publicAfter ? sql`${calls.hidden_at} IS NULL OR ` : sql``}
    EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${calls.created_by} AND ${users.is_admin} = 1)
    OR ${calls.created_by} IN (${managersOf(callId)}))`;

/** What each step tells, and to whom: review to the managers, its outcome to the creator, closing to both. */
const NEWS: Partial<Record<CallAction, { kind: NotificationKind; recipients: (callId: string) => SQL }>> = {
  submit: { kind: 'call_submitted', recipients: (id) => people(managersOf(id)) },
  publish: { kind: 'call_published', recipients: (id) => people(creatorOf(id, true)) },
  request_changes: { kind: 'call_changes_requested', recipients: (id) => people(creatorOf(id, false)) },
  close: {
    kind: 'call_closed',
    recipients: (id) => people(sql`${creatorOf(id, true)} UNION ${managersOf(id)}`),
  },
};

/**
 * The news of a call's step, for `notify` in the step's batch (under its guard); none for steps
 * no one needs to hear of (withdraw, archive). `actorId` null: the cron closed it.
 */
export function callNews(
  call: { id: string; title: string; version: number },
  action: CallAction,
  actorId: string | null,
  guard: SQL,
  note?: string,
): NotificationEvent | null {
  const news = NEWS[action];
  if (!news) return null;
  return {
    eventId: uuidv7(),
    kind: news.kind,
    // The version the step starts from: a call sent back and submitted again is news again.
    key: `${news.kind}:${call.id}:${call.version}`,
    recipients: news.recipients(call.id),
    challengeId: null,
    params: { call_id: call.id, title: call.title, ...(note ? { note } : {}) },
    actorId,
    guard,
  };
}
