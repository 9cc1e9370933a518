import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges } from '../../db/schema';

/**
 * Up to how many matches a search sorted by newest, deadline or endorsements reads its page from
 * its matches; above it, from the sort's index. Measured at 100 000 challenges (issue 17): reading
 * every match (its row, then a sort) costs about 4 µs a match, 35 ms for 8 000 ("genome" widened by
 * the vocabulary), 0.5 ms for a handful; walking the sort's index costs a set of every match's rowid
 * once (about 0.4 µs a match) and then, per challenge walked, one probe of that set, stopping at the
 * page's last row: 3 ms for "genome", 35 ms for "patients" (90 000 matches), but a walk of the whole
 * index (15 ms) for a word nothing in scope holds. The two cross near 1 000 matches. The walk never
 * asks the full-text index about one row at a time: a MATCH per row rebuilds the doclists of the
 * query's prefixes for every row (a saved search's feed took 0.4 s at 10 000 challenges that way).
 */
export const FEW_MATCHES = 1_000;

/**
 * The page of a search sorted otherwise than by relevance: the sort keys of its rows, as the
 * `page` CTE of `listChallenges` has them, in one statement that chooses its shape from the number
 * of matches (see FEW_MATCHES). `matched` holds the first FEW_MATCHES + 1 matches' rowids (read from
 * the full-text index alone); a LIMIT of 0 ends the branch that does not apply before it reads a
 * row (SQLite checks a LIMIT before its loop; a WHERE term with a subquery it checks per row).
 * `filters` are the list's (scope, filters, cursor) over `challenges`, without the search.
 */
export function matchedPage(db: Database, match: string, filters: SQL | undefined, order: SQL[], rows: number) {
  const matched = db
    .$with('matched', { seq: sql<number>`seq`.as('seq') })
    .as(sql`SELECT rowid AS seq FROM challenges_fts WHERE challenges_fts MATCH ${match} LIMIT ${FEW_MATCHES + 1}`);
  const few = sql`(SELECT count(*) <= ${FEW_MATCHES} FROM matched)`;
  const keys = sql`${challenges.seq} AS page_seq, ${challenges.id} AS page_id, ${challenges.deadline} AS page_deadline,
    ${challenges.endorsement_count} AS page_endorsement_count, NULL AS page_rank`;
  const where = filters ? sql`AND ${filters}` : sql``;
  const orderBy = sql.join(order, sql`, `);
  const page = db.$with('page', pageColumns).as(sql`
    SELECT * FROM (SELECT ${keys} FROM matched CROSS JOIN ${challenges} WHERE ${challenges.seq} = matched.seq ${where}
      ORDER BY ${orderBy} LIMIT (CASE WHEN ${few} THEN ${rows} ELSE 0 END))
    UNION ALL
    SELECT * FROM (SELECT ${keys} FROM ${challenges}
      WHERE ${challenges.seq} IN (SELECT rowid FROM challenges_fts WHERE challenges_fts MATCH ${match}) ${where}
      ORDER BY ${orderBy} LIMIT (CASE WHEN ${few} THEN 0 ELSE ${rows} END))`);
  return { matched, page };
}

/**
 * The columns of `page` as the statement around it reads them: Drizzle names a raw column by its
 * alias alone, so each alias is one no joined table has.
 */
const pageColumns = {
  seq: sql<number>`page_seq`.as('page_seq'),
  id: sql<string>`page_id`.as('page_id'),
  deadline: sql<string>`page_deadline`.as('page_deadline'),
  endorsement_count: sql<number>`page_endorsement_count`.as('page_endorsement_count'),
  rank: sql<number | null>`page_rank`.as('page_rank'),
};
