import { z } from '@hono/zod-openapi';
import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError } from '../errors';

export const PurgeInputSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ description: 'Why the text goes: recorded in the `audit.purge` entry, for the other admins.' }),
    fields: z.array(z.string().min(1).max(100)).min(1).max(100).optional().openapi({
      description:
        'The fields of `before` and `after` to empty: only fields holding text (a string, or a list of strings, that is not a state, role, id or timestamp; never `status`, `scores`, `winners` or `evaluator`, which are evidence). Without it: every field holding text. The same fields are emptied in the other entries about the same thing that hold the same text.',
    }),
  })
  .strict()
  .openapi('AuditPurgeInput');
export type PurgeInput = z.output<typeof PurgeInputSchema>;

/** An audit entry as stored, found within what its reader may list (see access/moderation). */
export const findAuditEntry = (db: Database, id: string, rows: SQL | undefined) =>
  db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entity_type: auditLog.entity_type,
      entity_id: auditLog.entity_id,
      cluster_id: auditLog.cluster_id,
      before: auditLog.before,
      after: auditLog.after,
      purged_fields: auditLog.purged_fields,
      purged_at: auditLog.purged_at,
    })
    .from(auditLog)
    .where(and(eq(auditLog.id, id), rows))
    .get();
export type StoredAuditEntry = NonNullable<Awaited<ReturnType<typeof findAuditEntry>>>;

/**
 * Codes, not text anyone typed: a state, a role, a kind of seat; and evidence of what was decided
 * (scores, winners, who evaluated), which a purge must not rewrite. Ids and timestamps are not text
 * either (a report's id, the jury member added, a deadline). Every other string, or list of strings
 * (a title, a note, an answer, a reason, an address, links), may be text posted by mistake.
 */
const NOT_TEXT = new Set(['status', 'role', 'kind', 'seat', 'scores', 'winners', 'shortlist', 'evaluator']);
const ID_OR_TIME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/;
const isString = (value: unknown) => typeof value === 'string' && !ID_OR_TIME.test(value);
const isText = (value: unknown) =>
  isString(value) || (Array.isArray(value) && value.some(isString) && value.every((item) => typeof item === 'string'));

/**
 * The fields of an entry that hold text now: what a purge empties unless told which fields, and
 * all it may empty. None in an `audit.purge` entry: the record of a purge stays as written.
 */
export function textFields(entry: Pick<StoredAuditEntry, 'action' | 'before' | 'after'>): string[] {
  if (entry.action === 'audit.purge') return [];
  const keys = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  return [...keys].filter((key) => !NOT_TEXT.has(key) && (isText(entry.before?.[key]) || isText(entry.after?.[key])));
}

/** `values` with each of `fields` it has set to null. */
const emptied = (values: Record<string, unknown> | null, fields: string[]) =>
  values &&
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, fields.includes(key) ? null : value]));

/**
 * Which fields to purge: those asked for, else every field holding text. An asked field must hold
 * text now (textFields) or have been purged before; any other is refused, by name.
 */
function chosenFields(entry: StoredAuditEntry, asked: string[] | undefined): string[] {
  const present = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  const text = textFields(entry);
  if (!asked) return text;
  const earlier = entry.purged_fields ?? [];
  const wrong = asked.filter((field) => !text.includes(field) && !earlier.includes(field));
  if (wrong.length) {
    const names = (fields: Iterable<string>) => [...fields].map((f) => `'${f}'`).join(', ') || 'none';
    const why = (field: string) =>
      present.has(field)
        ? `The field '${field}' of this entry holds no free text (states, ids, dates, scores, winners and evaluators are evidence and stay); fields you may empty: ${names(text)}.`
        : `This entry has no field '${field}'; its fields are ${names(present)}.`;
    throw new DomainError(
      'validation_failed',
      `Only fields holding text can be emptied, and ${names(wrong)} ${wrong.length > 1 ? 'are' : 'is'} not one: choose among ${names(text)}.`,
      {
        errors: asked.flatMap((field, at) =>
          wrong.includes(field) ? [{ path: `fields.${at}`, message: why(field) }] : [],
        ),
      },
    );
  }
  return [...new Set(asked)];
}

/** The other entries about the same thing (audit_log_entity_idx), but the records of purges. */
const entriesAboutTheSame = (db: Database, entry: StoredAuditEntry) =>
  db
    .select({
      id: auditLog.id,
      before: auditLog.before,
      after: auditLog.after,
      purged_fields: auditLog.purged_fields,
      purged_at: auditLog.purged_at,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity_type, entry.entity_type),
        eq(auditLog.entity_id, entry.entity_id),
        ne(auditLog.id, entry.id),
        ne(auditLog.action, 'audit.purge'),
      ),
    )
    .orderBy(asc(auditLog.id));

/**
 * Of `others`, those still holding, in one of `fields`, text the purged entry held there (a second
 * answer's `before` repeats the first answer): each with those values emptied (and only those: the
 * second answer's own text stays) and the fields they were in.
 */
function repeating(entry: StoredAuditEntry, fields: string[], others: Awaited<ReturnType<typeof entriesAboutTheSame>>) {
  const valuesOf = (field: string) =>
    new Set([entry.before?.[field], entry.after?.[field]].filter(isText).map((value) => JSON.stringify(value)));
  const purged = new Map(fields.map((field) => [field, valuesOf(field)]));
  const repeats = (field: string, value: unknown) => isText(value) && purged.get(field)?.has(JSON.stringify(value));
  const without = (values: Record<string, unknown> | null) =>
    values &&
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, repeats(key, value) ? null : value]));
  return others.flatMap((other) => {
    const found = fields.filter(
      (field) => repeats(field, other.before?.[field]) || repeats(field, other.after?.[field]),
    );
    return found.length
      ? [{ ...other, fields: found, before: without(other.before), after: without(other.after) }]
      : [];
  });
}

/**
 * An admin empties fields of an audit entry (free text posted by mistake): their values become
 * null in `before` and `after`, the entry lists them in `purged_fields` (with earlier purges),
 * and an `audit.purge` entry on the same thing records who, when, which fields and why, but not
 * the text. The other entries about the same thing that repeat that text in those fields (the
 * next answer's `before`) lose it there too (those fields join their `purged_fields`), and the
 * record lists them (`also`). One batch,
 * guarded by the purge state that was read, so two admins purging at once cannot both write.
 * Purging what is already purged changes nothing and records nothing (returns false); true when
 * the purge was written. The record of a purge is not purged (409).
 */
export async function purgeAuditEntry(
  db: Database,
  actor: SignedIn,
  entry: StoredAuditEntry,
  input: PurgeInput,
): Promise<boolean> {
  if (entry.action === 'audit.purge') {
    throw new DomainError(
      'invalid_state',
      'This entry records a purge: it holds no text posted by mistake, only which fields were emptied and why, and it stays as written. Purge the entry it names (`after.entry_id`) instead.',
    );
  }
  const fields = chosenFields(entry, input.fields);
  const earlier = entry.purged_fields ?? [];
  const fresh = fields.filter((field) => !earlier.includes(field));
  if (fresh.length === 0) {
    if (earlier.length > 0) return false;
    throw new DomainError(
      'validation_failed',
      'This entry holds no text to remove: its fields hold states, ids, dates or evidence, which stay.',
      { errors: [{ path: 'fields', message: 'This entry holds no text to remove.' }] },
    );
  }
  const others = repeating(entry, fields, await entriesAboutTheSame(db, entry));
  const now = new Date().toISOString();
  const unchanged = and(eq(auditLog.id, entry.id), sql`${auditLog.purged_at} IS ${entry.purged_at}`);
  const stillUnchanged = sql`EXISTS (SELECT 1 FROM ${auditLog} WHERE ${unchanged})`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'audit.purge',
          entityType: entry.entity_type,
          entityId: entry.entity_id,
          clusterId: entry.cluster_id,
          after: {
            entry_id: entry.id,
            fields,
            reason: input.reason,
            ...(others.length ? { also: others.map((other) => other.id) } : {}),
          },
        },
        stillUnchanged,
      ),
      // Before the purged entry's own update, which its guard reads.
      ...others.map((other) =>
        db
          .update(auditLog)
          .set({
            before: other.before,
            after: other.after,
            purged_fields: [...new Set([...(other.purged_fields ?? []), ...other.fields])],
            purged_at: now,
            purged_by: actor.id,
          })
          .where(and(eq(auditLog.id, other.id), sql`${auditLog.purged_at} IS ${other.purged_at}`, stillUnchanged)),
      ),
    ],
    db
      .update(auditLog)
      .set({
        before: emptied(entry.before, fields),
        after: emptied(entry.after, fields),
        purged_fields: [...earlier, ...fresh],
        purged_at: now,
        purged_by: actor.id,
      })
      .where(unchanged)
      .returning({ id: auditLog.id }),
  );
  if (updated.length === 0) {
    throw new DomainError('invalid_state', 'Another admin purged this entry a moment ago; read it again first.');
  }
  return true;
}
