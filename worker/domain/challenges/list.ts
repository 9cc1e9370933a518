import { z } from '@hono/zod-openapi';
import { and, eq, gt, lt, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeStages, challenges, challengeTags, clusters, organizations } from '../../db/schema';
import { DomainError } from '../errors';
import { decodeCursor, toPage } from '../paging';
import type { ChallengeSummary } from './challenge.view';
import type { ChallengeListQuery, Sort } from './list.query';
import { matchedPage } from './matched-page';
import { BM25_WEIGHTS, type FtsSearch, ftsSearch } from './search';

/**
 * Added to the rank of a match that has the words only as another term of their concept (the
 * vocabulary widened "tumor" to "tumour"): those come after every match of the words as typed.
 * bm25 stays far below it (a few hundred at most per word), so one number still sorts and pages.
 */
const WIDENED = 1_000_000;

/**
 * How many matches of a common search relevance ranks: the newest ones (by `challenges.seq`, the
 * FTS rowid). bm25 weighs each word by how many challenges hold it, which costs a pass over every
 * match of the word before the first row is scored: for a word most challenges contain
 * ("patients") a pass over the catalogue. So a search whose words, as whole words, match more
 * than RANKED_CANDIDATES challenges is ranked without bm25: its newest RANKED_CANDIDATES whole-word
 * matches, those with the words in their title first, then newest first. What that trades away:
 * older matches of a common search are not in its relevance order (a more precise search, a
 * filter or `sort=newest` reaches them), and within the candidates a title beats how often the
 * words occur. A search matching fewer is ranked by bm25 as before, over its newest
 * RANKED_CANDIDATES matches when longer words it starts (prefixes) match more (issue 17).
 */
export const RANKED_CANDIDATES = 500;
/** Above every title match of a common search's rank (which is then minus the rowid: newest first). */
const UNTITLED = 1e12;

/**
 * The lowest rowid among the newest RANKED_CANDIDATES listed matches of `match`, NULL when there
 * are fewer: FTS5 reads it from the end of the index. Only listed challenges count: drafts are
 * anyone's to write, and 500 drafts holding a word must not push the published challenges that
 * hold it out of relevance (found by the review of issue 17). An owner's own unlisted drafts older
 * than the floor are then out of a common search's relevance order too (`sort=newest` has them).
 */
const floorOf = (match: string) =>
  sql`(SELECT candidate.rowid FROM challenges_fts candidate JOIN challenges floor_row ON floor_row.seq = candidate.rowid
    WHERE candidate.challenges_fts MATCH ${match} AND floor_row.listed = 1
    ORDER BY candidate.rowid DESC LIMIT 1 OFFSET ${sql.raw(String(RANKED_CANDIDATES - 1))})`;

/**
 * Where a search's candidates begin, computed once per statement (a CTE: its parameters bound
 * once, whatever refers to it): `common`, the floor of its whole words when they match more than
 * RANKED_CANDIDATES (NULL otherwise), and `low`, the lowest rowid relevance reads.
 */
const floorsOf = (db: Database, search: FtsSearch) =>
  db
    .$with('search_floors', { common: sql<number | null>`common`, low: sql<number>`low` })
    .as(
      sql`SELECT ${floorOf(search.whole)} AS common, coalesce(${floorOf(search.whole)}, ${floorOf(search.match)}, 0) AS low`,
    );
const COMMON = sql`(SELECT search_floors.common FROM search_floors)`;
const LOW = sql`(SELECT search_floors.low FROM search_floors)`;

/** A common search reads its whole words only (every match of them matches `match` too). */
const matchOf = (search: FtsSearch) => sql`(CASE WHEN ${COMMON} IS NULL THEN ${search.match} ELSE ${search.whole} END)`;

/**
 * Relevance: bm25 over the widened query (lower is better), the words as typed first. Which rows
 * have them is one more lookup in the full-text index: an uncorrelated subquery, run once per
 * statement, not per row, over the ranked candidates only. A common search: title first, then
 * newest (see RANKED_CANDIDATES; bm25 is never called, so it never reads every match).
 */
const rankOf = (search: FtsSearch) => {
  const bm25 = sql<number>`bm25(challenges_fts, ${sql.raw(BM25_WEIGHTS.join(', '))})`;
  const typed = search.exact
    ? sql`SELECT typed.rowid FROM challenges_fts typed WHERE typed.challenges_fts MATCH ${search.exact}
    AND typed.rowid >= ${LOW}`
    : undefined;
  const scored = typed
    ? sql`(${bm25} + CASE WHEN challenges_fts.rowid IN (${typed}) THEN 0 ELSE ${sql.raw(String(WIDENED))} END)`
    : bm25;
  const titled = sql`SELECT titled.rowid FROM challenges_fts titled
    WHERE titled.challenges_fts MATCH ${`{title} : (${search.whole})`} AND titled.rowid >= ${LOW}`;
  return sql<number>`(CASE WHEN ${COMMON} IS NULL THEN ${scored}
    ELSE (CASE WHEN challenges_fts.rowid IN (${titled}) THEN 0 ELSE ${sql.raw(String(UNTITLED))} END) - challenges_fts.rowid END)`;
};

/**
 * Keyset cursors per sort: the sort values of the last row, and the sort they belong to.
 * Relevance carries only the last row's id, never its bm25 score: bm25 weighs terms by their
 * frequency over the whole index, drafts and hidden challenges included, so scores handed out
 * page after page would let a reader estimate what unpublished challenges say. The next page
 * recomputes that row's rank in the same statement (see `rankAt`). An id the reader has already
 * seen reveals nothing; no secret to keep or rotate, as signing or encrypting the score would need.
 */
const CURSORS = {
  newest: z.tuple([z.literal('newest'), z.string()]),
  deadline: z.tuple([z.literal('deadline'), z.string(), z.string()]),
  most_endorsed: z.tuple([z.literal('most_endorsed'), z.number(), z.string()]),
  relevance: z.tuple([z.literal('relevance'), z.string()]),
};

type Row = ChallengeSummary & { rank: number | null };

/**
 * The rank of challenge `id` under `search`, as the outer query computes it for every row: the
 * same expression over the same MATCH, in a subquery whose `challenges_fts` is its own. NULL when
 * that challenge no longer matches, or is not one the reader may see: a cursor is the reader's
 * to write, and ranking an invisible challenge would tell whether it holds the searched words
 * (found by the review of issue 17). `scope` names `challenges`, which the subquery's own
 * `challenges` shadows.
 */
const rankAt = (search: FtsSearch, id: string, scope: SQL | undefined) =>
  sql<number | null>`(SELECT ${rankOf(search)} FROM challenges_fts WHERE challenges_fts MATCH ${matchOf(search)}
    AND challenges_fts.rowid = (SELECT ${challenges.seq} FROM ${challenges} WHERE ${challenges.id} = ${id}
      ${scope ? sql`AND ${scope}` : sql``}))`;

function afterCursor(
  sort: Sort,
  cursor: string,
  rank: SQL<number | null>,
  scope: SQL | undefined,
  search?: FtsSearch,
): SQL | undefined {
  const schema = CURSORS[sort] as z.ZodType<readonly (string | number)[]>;
  const [, a, b] = decodeCursor(cursor, schema) as [string, string | number, string | undefined];
  switch (sort) {
    case 'newest':
      return lt(challenges.id, String(a));
    case 'deadline':
      return or(
        gt(challenges.deadline, String(a)),
        and(eq(challenges.deadline, String(a)), gt(challenges.id, String(b))),
      );
    case 'most_endorsed':
      return or(
        lt(challenges.endorsement_count, Number(a)),
        and(eq(challenges.endorsement_count, Number(a)), lt(challenges.id, String(b))),
      );
    case 'relevance': {
      // Relevance needs a search (refused above without one).
      if (!search) return undefined;
      const at = rankAt(search, String(a), scope);
      return or(sql`${rank} > ${at}`, and(sql`${rank} = ${at}`, gt(challenges.id, String(a))));
    }
  }
}

/** The sort keys a page is ordered by, as `page` (the candidates' CTE) names them. */
interface SortKeys {
  id: SQLWrapper;
  deadline: SQLWrapper;
  endorsement_count: SQLWrapper;
  rank: SQLWrapper;
}

const orderOf = (sort: Sort, keys: SortKeys): SQL[] => {
  switch (sort) {
    case 'newest':
      return [sql`${keys.id} DESC`];
    case 'deadline':
      return [sql`${keys.deadline} ASC`, sql`${keys.id} ASC`];
    case 'most_endorsed':
      return [sql`${keys.endorsement_count} DESC`, sql`${keys.id} DESC`];
    case 'relevance':
      return [sql`${keys.rank} ASC`, sql`${keys.id} ASC`];
  }
};

const cursorOf = (sort: Sort, row: Row) => {
  switch (sort) {
    case 'newest':
      return [sort, row.id];
    case 'deadline':
      return [sort, row.deadline, row.id];
    case 'most_endorsed':
      return [sort, row.endorsement_count, row.id];
    case 'relevance':
      return [sort, row.id];
  }
};

/**
 * One page of the challenges within `scope` (who may see which: access/scopes), filtered, searched
 * and sorted; one statement whatever the page size, keyset-paginated so inserts never shift pages.
 * The statement chooses the page first (`page`: only the sort keys of the candidates, from the
 * indexes and the full-text index) and only then reads what a card shows for the rows of the page:
 * cluster, organization, tags and stage count are looked up per row shown, never per candidate a
 * sort had to weigh (relevance weighs up to RANKED_CANDIDATES of them; issue 17).
 */
export async function listChallenges(db: Database, query: ChallengeListQuery, scope: SQL | undefined) {
  const sort: Sort = query.sort ?? (query.q ? 'relevance' : 'newest');
  if (sort === 'relevance' && !query.q) {
    throw new DomainError(
      'validation_failed',
      'Sorting by relevance needs a search: add `q`, or choose another sort.',
      {
        errors: [{ path: 'sort', message: 'relevance needs q.' }],
      },
    );
  }
  const search = query.q ? ftsSearch(query.q) : undefined;
  // Only relevance ranks (and it was refused above without a search).
  const ranked = sort === 'relevance' ? search : undefined;
  const rank: SQL<number | null> = ranked ? rankOf(ranked) : sql`NULL`;
  const deadlineBefore = query.deadline_before ? new Date(query.deadline_before).toISOString() : undefined;
  const filters = and(
    scope,
    query.status ? eq(challenges.status, query.status) : undefined,
    // The cluster's id, looked up once: challenges_cluster_listed_idx then leads with it.
    query.cluster
      ? eq(
          challenges.cluster_id,
          sql`(SELECT ${clusters.id} FROM ${clusters} WHERE ${clusters.slug} = ${query.cluster})`,
        )
      : undefined,
    query.call ? eq(challenges.call_id, query.call) : undefined,
    // Per candidate, one seek in the tags' primary key (challenge_id, tag): the sort's index is
    // walked in order and stops at the page's last row, instead of reading every challenge of a
    // tag first (a common tag holds thousands). A rare tag under another sort walks further.
    query.tag
      ? sql`EXISTS (SELECT 1 FROM ${challengeTags} WHERE ${challengeTags.challenge_id} = ${challenges.id}
        AND ${challengeTags.tag} = ${query.tag})`
      : undefined,
    query.trl ? and(sql`${challenges.trl_min} <= ${query.trl}`, sql`${challenges.trl_max} >= ${query.trl}`) : undefined,
    query.pathway ? eq(challenges.care_pathway_step, query.pathway) : undefined,
    deadlineBefore ? lt(challenges.deadline, deadlineBefore) : undefined,
    // Relevance reads the newest matches only (see RANKED_CANDIDATES); the FTS index takes the range.
    // Other sorts find the matches in `matchedPage`.
    ranked ? sql`challenges_fts MATCH ${matchOf(ranked)} AND challenges_fts.rowid >= ${LOW}` : undefined,
    query.cursor ? afterCursor(sort, query.cursor, rank, scope, search) : undefined,
  );

  // The page: the sort keys of its rows (and one more, which says whether another page follows).
  const order = orderOf(sort, { ...challenges, rank });
  const candidates = db
    .select({
      seq: challenges.seq,
      id: challenges.id,
      deadline: challenges.deadline,
      endorsement_count: challenges.endorsement_count,
      rank: sql<number | null>`${rank}`.as('rank'),
    })
    .from(challenges);
  const chosen = search && !ranked ? matchedPage(db, search.match, filters, order, query.limit + 1) : undefined;
  const page =
    chosen?.page ??
    db.$with('page').as(
      (ranked ? candidates.innerJoin(sql`challenges_fts`, sql`challenges_fts.rowid = ${challenges.seq}`) : candidates)
        .where(filters)
        .orderBy(...order)
        .limit(query.limit + 1),
    );

  const rows = await (ranked
    ? db.with(floorsOf(db, ranked), page)
    : chosen
      ? db.with(chosen.matched, page)
      : db.with(page)
  )
    .select({
      id: challenges.id,
      status: challenges.status,
      title: challenges.title,
      summary: challenges.summary,
      indication: challenges.indication,
      care_pathway_step: challenges.care_pathway_step,
      trl_min: challenges.trl_min,
      trl_max: challenges.trl_max,
      deadline: challenges.deadline,
      language: challenges.language,
      visibility: challenges.visibility,
      reward_kind: challenges.reward_kind,
      endorsement_count: challenges.endorsement_count,
      created_at: challenges.created_at,
      published_at: challenges.published_at,
      cluster_slug: clusters.slug,
      cluster_name: clusters.name,
      org_name: organizations.name,
      org_kind: organizations.kind,
      org_country: organizations.country,
      tags: sql<string>`(SELECT json_group_array(${challengeTags.tag}) FROM ${challengeTags} WHERE ${challengeTags.challenge_id} = ${challenges.id})`,
      // Its stages (issue 15): the card says "Stage 2 of 3: open to the shortlist only".
      current_stage: challenges.current_stage,
      stage_count: sql<number>`(SELECT count(*) FROM ${challengeStages} WHERE ${challengeStages.challenge_id} = ${challenges.id})`,
      rank: page.rank,
    })
    .from(page)
    .innerJoin(challenges, eq(challenges.seq, page.seq))
    .innerJoin(clusters, eq(clusters.id, challenges.cluster_id))
    .leftJoin(organizations, eq(organizations.id, challenges.organization_id))
    .orderBy(...orderOf(sort, page));

  const items: Row[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    title: r.title,
    summary: r.summary,
    indication: r.indication,
    care_pathway_step: r.care_pathway_step,
    trl_min: r.trl_min,
    trl_max: r.trl_max,
    deadline: r.deadline,
    language: r.language,
    visibility: r.visibility,
    reward_kind: r.reward_kind,
    endorsement_count: r.endorsement_count,
    created_at: r.created_at,
    published_at: r.published_at,
    cluster: { slug: r.cluster_slug, name: r.cluster_name },
    organization: r.org_name ? { name: r.org_name, kind: r.org_kind ?? 'clinic', country: r.org_country ?? '' } : null,
    tags: (JSON.parse(r.tags) as string[]).sort(),
    stages: { current: r.current_stage, count: r.stage_count },
    rank: r.rank,
  }));
  return toPage(
    items,
    query.limit,
    (row) => cursorOf(sort, row),
    ({ rank: _rank, ...item }) => item,
  );
}
