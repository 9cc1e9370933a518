import { and, asc, eq, gt, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { expertFacets, expertProfiles, organizations, users } from '../../db/schema';
import { idAfter, toPage } from '../paging';
import { withFacet } from './profile';
import type { PeopleQuery, Person } from './profile.schema';

/** A facet's values of the row's person, as a JSON array (an index seek per row, in the same query). */
const facetValues = (facet: 'expertise' | 'language') =>
  sql<string>`(SELECT json_group_array(${expertFacets.value}) FROM ${expertFacets}
    WHERE ${expertFacets.user_id} = ${expertProfiles.user_id} AND ${expertFacets.facet} = ${facet})`;

/**
 * The people directory: public profiles of confirmed, not deleted accounts, in account order, a
 * keyset page at a time, narrowed by expertise, language and availability; never their address.
 * Their organization only when it confirmed them and is itself verified (see PersonSchema).
 */
export async function listPeople(db: Database, query: PeopleQuery) {
  const after = idAfter(query.cursor);
  const where: (SQL | undefined)[] = [
    eq(expertProfiles.public, true),
    isNull(users.deleted_at),
    isNotNull(users.email_confirmed_at),
    after === undefined ? undefined : gt(expertProfiles.user_id, after),
    query.expertise === undefined ? undefined : withFacet('expertise', query.expertise),
    query.language === undefined ? undefined : withFacet('language', query.language),
    query.juror ? eq(expertProfiles.juror, true) : undefined,
    query.mentor ? eq(expertProfiles.mentor, true) : undefined,
  ];
  const rows = await db
    .select({
      id: expertProfiles.user_id,
      name: users.name,
      headline: expertProfiles.headline,
      bio: expertProfiles.bio,
      juror: expertProfiles.juror,
      mentor: expertProfiles.mentor,
      expertise: facetValues('expertise'),
      languages: facetValues('language'),
      organization_id: organizations.id,
      organization_name: organizations.name,
      organization_listed: sql<number>`${organizations.listed_at} IS NOT NULL`,
    })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.user_id))
    .leftJoin(organizations, and(eq(organizations.id, users.organization_id), isNotNull(organizations.verified_at)))
    .where(and(...where))
    .orderBy(asc(expertProfiles.user_id))
    .limit(query.limit + 1);
  const sorted = (json: string) => (JSON.parse(json) as string[]).sort();
  return toPage(
    rows,
    query.limit,
    (r) => [r.id],
    (r): Person => ({
      id: r.id,
      name: r.name,
      headline: r.headline,
      bio: r.bio,
      expertise: sorted(r.expertise),
      languages: sorted(r.languages),
      juror: r.juror,
      mentor: r.mentor,
      organization:
        r.organization_id === null
          ? null
          : { id: r.organization_id, name: r.organization_name ?? '', listed: Boolean(r.organization_listed) },
    }),
  );
}
