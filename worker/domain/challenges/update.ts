import type { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challengeCriteria, challenges, challengeTags } from '../../db/schema';
import { Problem } from '../../http/problem';
import type { SignedIn } from '../../policy/actor';
import { moderates } from '../../policy/decisions';
import { auditIf } from '../audit';
import type { ChallengePatchSchema } from './challenge.schema';
import { childRows } from './create';
import { MODERATOR_AMENDABLE, OWNER_EDITABLE } from './lifecycle';
import type { ChallengeRecord } from './read';

export type ChallengePatch = Omit<z.output<typeof ChallengePatchSchema>, 'version'>;

/** The statement guard "still at the version the client edited": statements run only if it holds. */
export const atVersion = (id: string, version: number) =>
  sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${id} AND ${challenges.version} = ${version})`;

/** 412: the client's version is not the current one (known, or unknown when a concurrent write won). */
export function staleVersion(expected: number, current?: number): Problem {
  const now = current === undefined ? 'has just been changed by someone else' : `is at version ${current} now`;
  return new Problem(
    'stale_version',
    `You edited version ${expected}, but the challenge ${now}. Reload it, re-apply your change and send the new version.`,
    { extensions: current === undefined ? {} : { current_version: current } },
  );
}

/**
 * Owners edit in draft / changes_requested; moderators amend after approval (audited). The write
 * is guarded by the version the client read, so a concurrent edit makes this one a 412, never a
 * silent overwrite.
 */
export async function updateChallenge(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  version: number,
  patch: ChallengePatch,
): Promise<void> {
  const { row } = record;
  const asOwner = actor.id === row.owner_id && OWNER_EDITABLE.includes(row.status);
  const asModerator = moderates(actor, row.cluster_id) && MODERATOR_AMENDABLE.includes(row.status);
  if (!asOwner && !asModerator) {
    throw new Problem(
      'invalid_state',
      `The challenge is ${row.status}. Owners edit it in draft or changes_requested; after approval moderators amend it.`,
      { extensions: { current_state: row.status } },
    );
  }
  if (row.version !== version) throw staleVersion(version, row.version);
  const { tags, criteria, ...fields } = patch;
  const trlMin = fields.trl_min ?? row.trl_min;
  const trlMax = fields.trl_max ?? row.trl_max;
  if (trlMin > trlMax) {
    throw new Problem('validation_failed', 'trl_max must be at least trl_min.', {
      errors: [{ path: 'trl_max', message: `trl_max (${trlMax}) must be at least trl_min (${trlMin}).` }],
    });
  }
  if (criteria && asModerator && !asOwner) {
    throw new Problem('invalid_state', 'Criteria and weights are fixed once a challenge is approved.', {
      extensions: { current_state: row.status },
    });
  }

  const guard = atVersion(row.id, version);
  const children = childRows(row.id, { tags, criteria });
  const changed = Object.keys(patch);
  const before = Object.fromEntries(changed.map((key) => [key, (row as Record<string, unknown>)[key] ?? null]));
  const statements = [
    auditIf(
      db,
      {
        actorId: actor.id,
        action: asOwner ? 'challenge.edit' : 'challenge.amend',
        entityType: 'challenge',
        entityId: row.id,
        clusterId: row.cluster_id,
        before: { version, ...before },
        after: { version: version + 1, ...patch },
      },
      guard,
    ),
    ...(criteria
      ? [
          db.delete(challengeCriteria).where(and(eq(challengeCriteria.challenge_id, row.id), guard)),
          ...children.criteria.map((c) => insertIf(db, challengeCriteria, c, guard)),
        ]
      : []),
    ...(tags
      ? [
          db.delete(challengeTags).where(and(eq(challengeTags.challenge_id, row.id), guard)),
          ...children.tags.map((t) => insertIf(db, challengeTags, t, guard)),
        ]
      : []),
  ];
  const updated = await batchEndingWith(
    db,
    statements,
    db
      .update(challenges)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, version)))
      .returning({ version: challenges.version }),
  );
  // Someone saved between our read and this batch: the guarded statements did nothing either.
  if (updated.length === 0) throw staleVersion(version);
}
