import { and, eq, lte, or, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { challenges } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError } from '../errors';
import { tallyChallenge } from '../impact/tallies';
import { type NotificationEvent, notify } from '../notifications/notify';
import { moderatorsOf, ownerOf, partnersFitting, savedSearchesMatching } from '../notifications/recipients';
import { actionsFrom, type ChallengeStatus, TRANSITIONS, type TransitionAction } from './lifecycle';
import type { ChallengeRecord } from './read';
import { atVersion, staleVersion } from './update';

export function illegalTransition(action: string, status: ChallengeStatus): DomainError {
  const next = actionsFrom(status);
  return new DomainError(
    'invalid_state',
    `Cannot ${action.replace('_', ' ')} a challenge that is ${status}. ${
      next.length
        ? `From ${status} the possible actions are: ${next.join(', ')}.`
        : `Nothing more happens to a ${status} challenge.`
    }`,
    { details: { current_state: status, allowed_actions: next } },
  );
}

/** Who hears of a step, and what they read: the moderators of a submission, the owner of a review, saved searches of a new challenge. */
function transitionNews(
  _db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  action: TransitionAction,
  note: string | undefined,
  guard: SQL,
): NotificationEvent[] {
  const { row } = record;
  const event = (kind: NotificationEvent['kind'], recipients: SQL, params: NotificationEvent['params'] = {}) => ({
    eventId: uuidv7(),
    kind,
    key: `${kind}:${row.id}:${row.version}`,
    recipients,
    challengeId: row.id,
    params: { title: row.title, cluster: record.cluster_name, ...params },
    actorId: actor.id,
    guard,
  });
  switch (action) {
    case 'submit':
      return [event('challenge_submitted', moderatorsOf(row.cluster_id), { owner: record.owner_name })];
    case 'approve':
      return [
        event('challenge_approved', ownerOf(row.id)),
        event('saved_search_match', savedSearchesMatching(row.id)),
        event('challenge_fits', partnersFitting(row.id)),
      ];
    case 'request_changes':
      return [event('changes_requested', ownerOf(row.id), { note: note ?? null })];
    case 'reject':
      return [event('challenge_rejected', ownerOf(row.id), { note: note ?? null })];
    default:
      return [];
  }
}

/** Moves the challenge along the state machine; the change, its audit entry and the news of it land together. */
export async function transitionChallenge(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  action: TransitionAction,
  note: string | undefined,
): Promise<void> {
  const { row } = record;
  const transition = TRANSITIONS[action];
  if (!(transition.from as readonly ChallengeStatus[]).includes(row.status))
    throw illegalTransition(action, row.status);
  if (transition.noteRequired && !note) {
    throw new DomainError(
      'validation_failed',
      `Tell the owner why: a note is required to ${action.replace('_', ' ')}.`,
      {
        errors: [{ path: 'note', message: 'Required for this action.' }],
      },
    );
  }
  const now = new Date().toISOString();
  if ((action === 'submit' || action === 'approve') && row.deadline <= now) {
    throw new DomainError(
      'validation_failed',
      action === 'submit'
        ? 'The submission deadline has passed. Set a later deadline, then submit.'
        : 'The submission deadline has passed. Request changes so the owner can set a later one.',
      { errors: [{ path: 'deadline', message: 'Must be in the future.' }] },
    );
  }

  const moderatorNote = action === 'request_changes' || action === 'reject' ? note : undefined;
  const guard = atVersion(row.id, row.version);
  const updated = await batchEndingWith(
    db,
    [
      ...transitionNews(db, actor, record, action, note, guard).flatMap((event) => notify(db, event)),
      ...(action === 'submit' || action === 'approve'
        ? tallyChallenge(db, action === 'submit' ? 'needs_posted' : 'needs_published', row.id, now, guard)
        : []),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `challenge.${action}`,
          entityType: 'challenge',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { status: row.status, version: row.version },
          after: { status: transition.to, version: row.version + 1, ...(note ? { note } : {}) },
        },
        guard,
      ),
    ],
    db
      .update(challenges)
      .set({
        status: transition.to,
        version: row.version + 1,
        ...(action === 'submit' ? { submitted_at: now } : {}),
        ...(action === 'approve' ? { published_at: now } : {}),
        ...(action === 'start_evaluation' ? { submissions_closed_at: now } : {}),
        ...(moderatorNote ? { moderator_note: moderatorNote } : {}),
      })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, row.version)))
      .returning({ id: challenges.id }),
  );
  if (updated.length === 0) throw staleVersion(row.version);
}

/** Per batch: two bound parameters per challenge stay under D1's limit of 100. */
const DUE_PER_BATCH = 40;

/**
 * The cron's job: open challenges whose submission deadline has passed go to evaluation, each
 * with an audit entry by the system. Returns how many moved.
 */
export async function startDueEvaluations(db: Database, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await startDueBatch(db, now);
    total += moved;
    if (moved < DUE_PER_BATCH) return total;
  }
}

async function startDueBatch(db: Database, now: Date): Promise<number> {
  const due = await db
    .select({ id: challenges.id, cluster_id: challenges.cluster_id, version: challenges.version })
    .from(challenges)
    .where(and(eq(challenges.status, 'open'), lte(challenges.deadline, now.toISOString())))
    .limit(DUE_PER_BATCH);
  if (due.length === 0) return 0;
  const moved = await batchEndingWith(
    db,
    due.map((c) =>
      auditIf(
        db,
        {
          actorId: null,
          action: 'challenge.start_evaluation',
          entityType: 'challenge',
          entityId: c.id,
          clusterId: c.cluster_id,
          before: { status: 'open', version: c.version },
          after: { status: 'evaluation', version: c.version + 1, reason: 'submission deadline passed' },
        },
        atVersion(c.id, c.version),
      ),
    ),
    db
      .update(challenges)
      .set({
        status: 'evaluation',
        version: sql`${challenges.version} + 1`,
        // At the deadline, as it was meant to close (the cron runs a little after it).
        submissions_closed_at: sql`${challenges.deadline}`,
      })
      .where(or(...due.map((c) => and(eq(challenges.id, c.id), eq(challenges.version, c.version)))))
      .returning({ id: challenges.id }),
  );
  return moved.length;
}
