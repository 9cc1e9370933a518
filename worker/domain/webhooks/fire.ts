import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { WEBHOOK_EVENT_TYPES } from '../../db/enums';
import {
  calls,
  challenges,
  clusterMemberships,
  cooperations,
  solutionMembers,
  users,
  webhookDeliveries,
  webhookEventTypes,
  webhooks,
} from '../../db/schema';
import { NOW, SQL_UUIDV7 } from '../../db/schema/columns';
import type { NotificationKind } from '../notifications/kinds';

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * Which notifications also fire a webhook, and to whom: `viewers` are subscribers who may see the
 * challenge, call or cooperation (and its milestone), `owner` the challenge's owner alone (a
 * solution's submission is the owner's news, never the public's).
 */
const FIRED: Partial<
  Record<
    NotificationKind,
    {
      type: WebhookEventType;
      audience: 'viewers' | 'owner';
      subject: 'challenge' | 'call' | 'cooperation';
      /**
       * The notification's params a payload carries: named, never all of them, because a
       * notification may hold what only its own recipients may read (a reviewer's note to the
       * creator of a call goes to that creator, never to every subscriber).
       */
      fields: readonly string[];
    }
  >
> = {
  challenge_approved: { type: 'challenge.published', audience: 'viewers', subject: 'challenge', fields: ['title'] },
  question_answered: {
    type: 'question.answered',
    audience: 'viewers',
    subject: 'challenge',
    fields: ['title', 'question_id', 'question'],
  },
  solution_submitted: {
    type: 'solution.submitted',
    audience: 'owner',
    subject: 'challenge',
    fields: ['title', 'solution_id', 'solution_title'],
  },
  results_published: { type: 'decision.published', audience: 'viewers', subject: 'challenge', fields: ['title'] },
  call_published: { type: 'call.opened', audience: 'viewers', subject: 'call', fields: ['title'] },
  // The milestone's note stays out: it is the cooperation's own record, public or not.
  milestone_reached: {
    type: 'milestone.reached',
    audience: 'viewers',
    subject: 'cooperation',
    fields: ['title', 'milestone_id', 'milestone_kind', 'achieved_on'],
  },
};

/** Where a notification names the subject of its webhook event (a challenge's is its own column). */
const SUBJECT_PARAM = { call: 'call_id', cooperation: 'cooperation_id' } as const;

/** What the batch of a change tells `fireWebhooks`: the notification event of the same change. */
export interface FiredEvent {
  eventId: string;
  kind: NotificationKind;
  challengeId: string | null;
  params: Record<string, string | number | null>;
  guard: SQL;
}

const moderatorOrAdmin = (clusterId: SQL) => sql`(EXISTS (SELECT 1 FROM ${users} u
    WHERE u.id = w.user_id AND u.is_admin = 1)
  OR EXISTS (SELECT 1 FROM ${clusterMemberships} m
    WHERE m.user_id = w.user_id AND m.cluster_id = ${clusterId} AND m.role = 'moderator'))`;

/**
 * Subscribers who may see the subject once this change has landed (the change runs later in its
 * batch, so "published" is not yet written: every event here is about a published challenge or
 * call, and only hiding takes it from the public). The consumer asks the access layer again before
 * sending, so what changed in between counts.
 */
function audience(kind: (typeof FIRED)[NotificationKind] & object, subjectId: string, event: FiredEvent): SQL {
  if (kind.audience === 'owner') {
    return sql`w.user_id = (SELECT ${challenges.owner_id} FROM ${challenges} WHERE ${challenges.id} = ${subjectId})`;
  }
  if (kind.subject === 'call') {
    return sql`EXISTS (SELECT 1 FROM ${calls} k WHERE k.id = ${subjectId} AND (k.hidden_at IS NULL OR EXISTS
      (SELECT 1 FROM ${users} u WHERE u.id = w.user_id AND u.is_admin = 1)))`;
  }
  if (kind.subject === 'cooperation') {
    // Those who take part (cooperation.read's takesPart) see every milestone; others a public
    // milestone of a public cooperation. Whether the milestone is public is the change's own word
    // (`milestone_public`): the change may write it later in its batch.
    const publicMilestone = event.params.milestone_public === 1 ? sql`1` : sql`0`;
    return sql`EXISTS (SELECT 1 FROM ${cooperations} k JOIN ${challenges} c ON c.id = k.challenge_id
      WHERE k.id = ${subjectId} AND (c.owner_id = w.user_id
        OR EXISTS (SELECT 1 FROM ${solutionMembers} sm WHERE sm.solution_id = k.solution_id AND sm.user_id = w.user_id)
        OR ${moderatorOrAdmin(sql`k.cluster_id`)} OR (k.public = 1 AND ${publicMilestone} = 1)))`;
  }
  return sql`EXISTS (SELECT 1 FROM ${challenges} c WHERE c.id = ${subjectId}
    AND (c.hidden_at IS NULL OR c.owner_id = w.user_id OR ${moderatorOrAdmin(sql`c.cluster_id`)}))`;
}

/**
 * The statement that records what webhooks this change fires, for the batch that writes its
 * notification (so no event is lost, and none fires for a change that did not land): one pending
 * delivery per live subscription to its type (webhook_event_types' key), with the payload as it
 * will be signed. The queue's deliver job for the event sends them. Nothing for other kinds.
 */
export function fireWebhooks(db: Database, event: FiredEvent) {
  const fired = FIRED[event.kind];
  const subjectId =
    !fired || fired.subject === 'challenge' ? event.challengeId : event.params[SUBJECT_PARAM[fired.subject]];
  if (!fired || typeof subjectId !== 'string') return [];
  const data = JSON.stringify({
    [`${fired.subject}_id`]: subjectId,
    ...Object.fromEntries(fired.fields.filter((f) => f in event.params).map((f) => [f, event.params[f]])),
  });
  return [
    db.insert(webhookDeliveries).select(
      // Column order as declared in the schema: Drizzle's INSERT … SELECT lists them all.
      sql`SELECT ${SQL_UUIDV7}, w.id, ${event.eventId}, ${fired.type}, ${subjectId},
          json_object('type', ${fired.type}, 'timestamp', ${NOW}, 'data', json(${data})),
          'pending', 0, NULL, ${NOW}, NULL, ${NOW}
        FROM ${webhookEventTypes} t JOIN ${webhooks} w ON w.id = t.webhook_id
        WHERE t.type = ${fired.type} AND w.disabled_at IS NULL AND ${audience(fired, subjectId, event)} AND ${event.guard}`,
    ),
  ];
}
