import { z } from '@hono/zod-openapi';
import { and, desc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { savedSearches } from '../../db/schema';
import type { SignedIn } from '../actor';
import { ChallengeListQuerySchema } from '../challenges/list.query';
import { toFtsQuery } from '../challenges/search';
import { DomainError, notVisible } from '../errors';

/** A person keeps this many searches at most. */
export const SAVED_SEARCHES_PER_USER = 20;

/** The catalogue's filters (not its paging or sort) and a name. */
// Not `call`: saved searches match new challenges by their stored filters, and calls are not one of them.
export const SavedSearchInputSchema = ChallengeListQuerySchema.omit({
  limit: true,
  cursor: true,
  sort: true,
  call: true,
})
  .extend({
    name: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .optional()
      .openapi({ description: 'What to call it; made from the filters when left out.' }),
  })
  .strict()
  .openapi('SavedSearchInput');
export type SavedSearchInput = z.output<typeof SavedSearchInputSchema>;

export const SavedSearchSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: z.record(z.string(), z.string()).openapi({ description: "The catalogue's query parameters." }),
    feed_url: z.string().openapi({ description: 'Atom feed of its matches (public challenges); keep it private.' }),
    created_at: z.string(),
  })
  .openapi('SavedSearch');

/** The query as the catalogue's address takes it: every given filter as a string. */
function queryOf(input: SavedSearchInput): Record<string, string> {
  const { name: _name, ...filters } = input;
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}

const nameOf = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([key, value]) => (key === 'q' ? value : `${key}: ${value}`))
    .join(', ')
    .slice(0, 80) || 'All challenges';

const feedToken = () =>
  [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Keeps a catalogue search; new challenges that match it reach its owner (see recipients.savedSearchesMatching). */
export async function saveSearch(db: Database, actor: SignedIn, input: SavedSearchInput) {
  const query = queryOf(input);
  const id = uuidv7();
  // The limit holds in the statement itself: two saves at once cannot both slip under it.
  const underLimit = sql`(SELECT count(*) FROM ${savedSearches} WHERE ${savedSearches.user_id} = ${actor.id}) < ${SAVED_SEARCHES_PER_USER}`;
  const saved = await insertIf(
    db,
    savedSearches,
    {
      id,
      user_id: actor.id,
      name: input.name ?? nameOf(query),
      query,
      fts_query: input.q ? toFtsQuery(input.q) : null,
      cluster_slug: input.cluster ?? null,
      tag: input.tag ?? null,
      trl: input.trl ?? null,
      pathway: input.pathway ?? null,
      status: input.status ?? null,
      deadline_before: input.deadline_before ? new Date(input.deadline_before).toISOString() : null,
      feed_token: feedToken(),
    },
    underLimit,
  ).returning({ id: savedSearches.id });
  if (saved.length === 0) {
    throw new DomainError(
      'invalid_state',
      `You keep ${SAVED_SEARCHES_PER_USER} searches already: delete one before saving another.`,
      { details: { current_state: 'full' } },
    );
  }
  return id;
}

export const listSavedSearches = (db: Database, userId: string) =>
  db
    .select({
      id: savedSearches.id,
      name: savedSearches.name,
      query: savedSearches.query,
      feed_token: savedSearches.feed_token,
      created_at: savedSearches.created_at,
    })
    .from(savedSearches)
    .where(eq(savedSearches.user_id, userId))
    .orderBy(desc(savedSearches.id))
    .limit(SAVED_SEARCHES_PER_USER);

export async function deleteSavedSearch(db: Database, actor: SignedIn, id: string) {
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.user_id, actor.id)))
    .returning({ id: savedSearches.id });
  // Someone else's search is as absent as a missing one.
  if (deleted.length === 0) throw notVisible('saved search');
}

/** The search behind a feed address; the token is its only key. */
export const savedSearchByFeed = (db: Database, token: string) =>
  db
    .select({ name: savedSearches.name, query: savedSearches.query })
    .from(savedSearches)
    .where(eq(savedSearches.feed_token, token))
    .get();
