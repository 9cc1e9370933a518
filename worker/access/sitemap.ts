import { and, asc, gte, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import { calls, challenges, clusters, organizations } from '../db/schema';
import { ANONYMOUS } from '../domain/actor';
import { listedOrganizations, visibleCalls, visibleChallenges } from './scopes';

/** URLs per sitemap file: the protocol allows 50 000 (and 50 MB; ours are about 100 bytes each). */
export const SITEMAP_PAGE = 50_000;

interface Source {
  table: SQLiteTable;
  /** The keyset: unique, in an index that leads with `where`'s columns (see each below). */
  key: SQLiteColumn;
  /** When it last changed, for `<lastmod>`; null where the table keeps no such time. */
  modified: SQLiteColumn | null;
  /** What an anonymous visitor may see: the same scopes as the lists (scopes.ts). */
  where: SQL | undefined;
  /** A key's page on the site. */
  path: (key: string) => string;
  /** What a key looks like, so `from` in the address is checked before it reaches SQL. */
  pattern: RegExp;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What the sitemaps list (issue 18): public challenges (challenges_public_newest_idx), listed calls
 * (calls_listed_id_idx), clusters (clusters_slug_uq) and listed organizations
 * (organizations_listed_idx, partial), each read in key order after the page's first key.
 */
export const SITEMAP_SOURCES = {
  challenges: {
    table: challenges,
    key: challenges.id,
    modified: challenges.updated_at,
    where: visibleChallenges(ANONYMOUS, undefined),
    path: (id) => `/challenges/${id}`,
    pattern: UUID,
  },
  calls: {
    table: calls,
    key: calls.id,
    modified: calls.updated_at,
    where: visibleCalls(ANONYMOUS),
    path: (id) => `/calls/${id}`,
    pattern: UUID,
  },
  clusters: {
    table: clusters,
    key: clusters.slug,
    modified: null,
    where: undefined,
    path: (slug) => `/clusters/${slug}`,
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  },
  organizations: {
    table: organizations,
    key: organizations.id,
    modified: null,
    where: listedOrganizations(),
    path: (id) => `/organizations/${id}`,
    pattern: UUID,
  },
} satisfies Record<string, Source>;

export type SitemapKind = keyof typeof SITEMAP_SOURCES;
/** In the order of the index (and of `sitemapFiles`' batch). */
export const SITEMAP_KINDS: readonly SitemapKind[] = ['challenges', 'calls', 'clusters', 'organizations'];

/** One file of the index: its kind and the key it starts at. */
export interface SitemapFile {
  kind: SitemapKind;
  from: string;
}

/**
 * The files of the sitemap index, in one round trip: for each kind, the first key of every page of
 * `SITEMAP_PAGE` (a window over the kind's index, never its rows), so each file is a keyset read.
 */
export async function sitemapFiles(db: Database): Promise<SitemapFile[]> {
  const starts = (kind: SitemapKind) => {
    const { table, key, where } = SITEMAP_SOURCES[kind] as Source;
    const numbered = db
      .select({ key: sql<string>`${key}`.as('key'), n: sql<number>`row_number() OVER (ORDER BY ${key})`.as('n') })
      .from(table)
      .where(where)
      .as('numbered');
    return db
      .select({ key: numbered.key })
      .from(numbered)
      .where(sql`(${numbered.n} - 1) % ${SITEMAP_PAGE} = 0`)
      .orderBy(sql`key`);
  };
  const results = await db.batch([starts('challenges'), starts('calls'), starts('clusters'), starts('organizations')]);
  return SITEMAP_KINDS.flatMap((kind, i) => (results[i] ?? []).map(({ key }) => ({ kind, from: key })));
}

export interface SitemapEntry {
  path: string;
  modified: string | null;
}

export const validSitemapKey = (kind: SitemapKind, key: string) => (SITEMAP_SOURCES[kind] as Source).pattern.test(key);

/** One file: up to `SITEMAP_PAGE` of a kind's public pages from `from` on, in key order; one query. */
export async function sitemapEntries(db: Database, kind: SitemapKind, from: string): Promise<SitemapEntry[]> {
  const { table, key, modified, where, path } = SITEMAP_SOURCES[kind] as Source;
  const rows = await db
    .select({ key: sql<string>`${key}`, modified: modified ? sql<string>`${modified}` : sql<null>`NULL` })
    .from(table)
    .where(and(where, gte(key, from)))
    .orderBy(asc(key))
    .limit(SITEMAP_PAGE);
  return rows.map((row) => ({ path: path(row.key), modified: row.modified }));
}
