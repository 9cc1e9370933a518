import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { attachments } from '../../db/schema';

/** An object no row points to is removed once it is this old (an upload may be between R2 and D1). */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
/** Rows, and pages of R2 keys (1 000 each), one cron run looks at. */
const ROWS_PER_RUN = 1000;
const LIST_PAGES_PER_RUN = 5;

type Bucket = Pick<R2Bucket, 'list' | 'delete'>;

export interface SweepResult {
  deleted_attachments: number;
  orphans_removed: number;
}

/**
 * The cron's clean-up of R2: (a) attachments deleted by people (`deleted_at`) lose their bytes,
 * then their rows; (b) objects under `att/` older than an hour that no row points to (an upload
 * whose row never landed, a solution or challenge deleted with its rows) are removed. Each is one
 * D1 query however many keys: the keys go in as one JSON parameter (D1 binds 100 at most).
 */
export async function sweepAttachments(db: Database, bucket: Bucket, now: Date): Promise<SweepResult> {
  const gone = await db.all<{ id: string; r2_key: string }>(
    sql`SELECT ${attachments.id} AS id, ${attachments.r2_key} AS r2_key FROM ${attachments}
      WHERE ${attachments.deleted_at} IS NOT NULL LIMIT ${ROWS_PER_RUN}`,
  );
  if (gone.length > 0) {
    await bucket.delete(gone.map((row) => row.r2_key));
    await db.run(
      sql`DELETE FROM ${attachments} WHERE ${attachments.id} IN (SELECT value FROM json_each(${JSON.stringify(gone.map((row) => row.id))}))`,
    );
  }

  const old: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < LIST_PAGES_PER_RUN; page++) {
    const listed = await bucket.list({ prefix: 'att/', limit: 1000, cursor });
    for (const object of listed.objects) {
      if (now.getTime() - object.uploaded.getTime() > ORPHAN_AGE_MS) old.push(object.key);
    }
    if (!listed.truncated) break;
    cursor = listed.cursor;
  }
  let orphans: string[] = [];
  if (old.length > 0) {
    const rows = await db.all<{ key: string }>(
      sql`SELECT value AS key FROM json_each(${JSON.stringify(old)})
        WHERE value NOT IN (SELECT ${attachments.r2_key} FROM ${attachments})`,
    );
    orphans = rows.map((row) => row.key);
    for (let i = 0; i < orphans.length; i += 1000) await bucket.delete(orphans.slice(i, i + 1000));
  }
  return { deleted_attachments: gone.length, orphans_removed: orphans.length };
}
