import { z } from '@hono/zod-openapi';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { CHALLENGE_STATUSES } from '../../db/enums';
import { insertIf } from '../../db/guarded';
import { attachments, challenges, solutions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { moderates } from '../actor';
import { auditIf } from '../audit';
import { type ChallengeStatus, editMode } from '../challenges/lifecycle';
import { DomainError, invalidState } from '../errors';
import { changeRule } from '../solutions/lifecycle';
import { MAX_FILES, TOTAL_LIMIT } from './types';
import { type Room, tooLarge } from './upload';

/** What an attachment belongs to. */
export type Parent =
  | { kind: 'solution'; id: string; clusterId: string }
  | { kind: 'challenge'; id: string; clusterId: string; ownerId: string };

/** An attachment as the API lists it (in its solution or challenge) and the pages show it. */
export const AttachmentSchema = z
  .object({
    id: z.string(),
    filename: z.string().openapi({ description: 'Sanitised; its extension is that of the detected type.' }),
    content_type: z.string().openapi({ description: 'Detected from the bytes, not taken from the upload.' }),
    size: z.number().int().openapi({ description: 'Bytes.' }),
    created_at: z.string(),
    url: z.string().openapi({ description: 'Where to download it (the same access as what it belongs to).' }),
  })
  .openapi('Attachment');
export type Attachment = z.output<typeof AttachmentSchema>;

const parentColumn = (kind: Parent['kind']) =>
  kind === 'solution' ? attachments.solution_id : attachments.challenge_id;

/**
 * The live attachments of a solution or challenge as one JSON column of its detail query (so the
 * detail stays one query). `parentId` is the outer query's id column.
 */
export const attachmentsJson = (kind: Parent['kind'], parentId: SQL | typeof solutions.id | typeof challenges.id) =>
  sql<string>`(SELECT json_group_array(json_object('id', id, 'filename', filename, 'content_type', content_type,
    'size', size, 'created_at', created_at))
    FROM (SELECT * FROM ${attachments} WHERE ${parentColumn(kind)} = ${parentId} AND ${attachments.deleted_at} IS NULL
          ORDER BY ${attachments.id}))`;

export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;

/** The JSON column above as the API shape. */
export function toAttachments(json: string | null | undefined): Attachment[] {
  const rows = JSON.parse(json ?? '[]') as Omit<Attachment, 'url'>[];
  return rows.map((row) => ({ ...row, url: attachmentUrl(row.id) }));
}

/** Bytes and files the live attachments of `parent` take now (read before the body is). */
export async function roomOf(db: Database, parent: Parent): Promise<Room & { files: number }> {
  const row = await db
    .select({ used: sql<number>`coalesce(sum(${attachments.size}), 0)`, files: sql<number>`count(*)` })
    .from(attachments)
    .where(and(eq(parentColumn(parent.kind), parent.id), isNull(attachments.deleted_at)))
    .get();
  return { used: Number(row?.used ?? 0), files: Number(row?.files ?? 0) };
}

const tooMany = () =>
  invalidState(
    `A solution or challenge holds ${MAX_FILES} attachments at most. Delete one before adding another.`,
    'full',
    {
      max_files: MAX_FILES,
    },
  );

/** Refuses before the body is read when there is no room for one more file. */
export function assertRoom(room: { files: number }) {
  if (room.files >= MAX_FILES) throw tooMany();
}

/** Challenge states in which this person may change the challenge's attachments (as they may edit it). */
export function challengeEditStatuses(actor: SignedIn, parent: Extract<Parent, { kind: 'challenge' }>) {
  const as = { owner: actor.id === parent.ownerId, moderator: moderates(actor, parent.clusterId) };
  return CHALLENGE_STATUSES.filter((status) => editMode(status, as) !== null);
}

/** Whether the life cycle lets `actor` change the attachments of a challenge in `status`. */
export const challengeAttachmentsOpen = (
  actor: SignedIn,
  parent: Extract<Parent, { kind: 'challenge' }>,
  status: ChallengeStatus,
) => challengeEditStatuses(actor, parent).includes(status);

/** Refuses (before the body is read) when the challenge's state does not let this person change it. */
export function assertChallengeAttachmentsOpen(
  actor: SignedIn,
  parent: Extract<Parent, { kind: 'challenge' }>,
  status: ChallengeStatus,
) {
  if (!challengeAttachmentsOpen(actor, parent, status)) throw notEditable(parent);
}

/**
 * Statement guard: the parent still takes changes when the batch runs — a solution while it may
 * be edited (its state, its challenge open, before the deadline), a challenge while this person
 * may edit it.
 */
function stillEditable(actor: SignedIn, parent: Parent): SQL {
  if (parent.kind === 'solution') {
    const rule = changeRule('edit');
    return sql`EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
      WHERE ${solutions.id} = ${parent.id} AND ${inArray(solutions.status, [...rule.solution])}
      AND ${inArray(challenges.status, [...rule.challenge])} AND ${challenges.deadline} > ${new Date().toISOString()})`;
  }
  const statuses = challengeEditStatuses(actor, parent);
  return sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${parent.id}
    AND ${statuses.length ? inArray(challenges.status, statuses) : sql`0`})`;
}

const notEditable = (parent: Parent) =>
  invalidState(
    parent.kind === 'solution'
      ? 'The solution can no longer be changed (it was submitted for good, withdrawn, or the challenge closed), so its attachments cannot either.'
      : 'The challenge cannot be edited by you in its current state, so its attachments cannot be changed either.',
    'not_editable',
  );

/**
 * Records a file already in R2 under `att/<id>`: lands with its audit entry only if, when the
 * batch runs, the parent still takes changes and the files still fit (count and total). Returns
 * false when the guard refused; the caller deletes the object and reports why (explainRefusal).
 */
export async function recordUpload(
  db: Database,
  actor: SignedIn,
  parent: Parent,
  id: string,
  received: { filename: string; content_type: string; size: number },
): Promise<boolean> {
  const live = and(eq(parentColumn(parent.kind), parent.id), isNull(attachments.deleted_at));
  const fits = sql`(SELECT count(*) FROM ${attachments} WHERE ${live}) < ${MAX_FILES}
    AND (SELECT coalesce(sum(${attachments.size}), 0) FROM ${attachments} WHERE ${live}) + ${received.size} <= ${TOTAL_LIMIT}`;
  const guard = sql`${stillEditable(actor, parent)} AND ${fits}`;
  const inserted = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'attachment.upload',
          entityType: parent.kind,
          entityId: parent.id,
          clusterId: parent.clusterId,
          after: { attachment_id: id, ...received },
        },
        guard,
      ),
    ],
    insertIf(
      db,
      attachments,
      {
        id,
        solution_id: parent.kind === 'solution' ? parent.id : null,
        challenge_id: parent.kind === 'challenge' ? parent.id : null,
        uploaded_by: actor.id,
        r2_key: attachmentKey(id),
        ...received,
      },
      guard,
    ).returning({ id: attachments.id }),
  );
  return inserted.length > 0;
}

/** Why recordUpload's guard refused: read again after the fact. */
export async function explainRefusal(
  db: Database,
  actor: SignedIn,
  parent: Parent,
  size: number,
): Promise<DomainError> {
  // The refusal path only: two small reads after the batch said no.
  const editable = await db.get<{ ok: number }>(sql`SELECT ${stillEditable(actor, parent)} AS ok`);
  if (!editable?.ok) return notEditable(parent);
  const room = await roomOf(db, parent);
  if (room.files >= MAX_FILES) return tooMany();
  return tooLarge(room, size);
}

/** The R2 key of an attachment's bytes. */
export const attachmentKey = (id: string) => `att/${id}`;

/** A live attachment row, whatever it belongs to (the access layer checks who may see it). */
export const findAttachment = (db: Database, id: string) =>
  db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.deleted_at)))
    .get();

export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findAttachment>>>;

/** Takes an attachment out of view (the cron deletes its bytes); audited, guarded like an upload. */
export async function deleteAttachment(db: Database, actor: SignedIn, parent: Parent, row: AttachmentRow) {
  const guard = stillEditable(actor, parent);
  const deleted = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'attachment.delete',
          entityType: parent.kind,
          entityId: parent.id,
          clusterId: parent.clusterId,
          before: { attachment_id: row.id, filename: row.filename, size: row.size },
        },
        guard,
      ),
    ],
    db
      .update(attachments)
      .set({ deleted_at: new Date().toISOString() })
      .where(and(eq(attachments.id, row.id), isNull(attachments.deleted_at), guard))
      .returning({ id: attachments.id }),
  );
  if (deleted.length === 0) throw notEditable(parent);
}

/** For messages that must not reveal more than "not found". */
export const attachmentGone = () =>
  new DomainError('not_found', 'There is no such attachment, or it is not visible to you.');
