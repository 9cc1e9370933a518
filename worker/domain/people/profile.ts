import { and, eq, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { expertFacets, expertProfiles } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import type { ProfilePatch } from './profile.schema';

export interface Profile {
  public: boolean;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  juror: boolean;
  mentor: boolean;
  updated_at: string | null;
}

/** Someone who never saved a profile has this one: private and empty. */
const EMPTY: Profile = {
  public: false,
  headline: '',
  bio: '',
  expertise: [],
  languages: [],
  juror: false,
  mentor: false,
  updated_at: null,
};

/** One's own profile (the empty one until first saved). */
export async function readProfile(db: Database, userId: string): Promise<Profile> {
  const [rows, facets] = await db.batch([
    db.select().from(expertProfiles).where(eq(expertProfiles.user_id, userId)),
    db
      .select({ facet: expertFacets.facet, value: expertFacets.value })
      .from(expertFacets)
      .where(eq(expertFacets.user_id, userId))
      .orderBy(expertFacets.facet, expertFacets.value),
  ]);
  const row = rows[0];
  if (!row) return EMPTY;
  const of = (facet: string) => facets.filter((f) => f.facet === facet).map((f) => f.value);
  return {
    public: row.public,
    headline: row.headline,
    bio: row.bio,
    expertise: of('expertise'),
    languages: of('language'),
    juror: row.juror,
    mentor: row.mentor,
    updated_at: row.updated_at,
  };
}

/** Replaces the rows of one facet with `values`, when the patch gives them. */
const replaceFacet = (db: Database, userId: string, facet: 'expertise' | 'language', values: string[] | undefined) =>
  values === undefined
    ? []
    : [
        db.delete(expertFacets).where(and(eq(expertFacets.user_id, userId), eq(expertFacets.facet, facet))),
        ...(values.length
          ? [db.insert(expertFacets).values(values.map((value) => ({ user_id: userId, facet, value })))]
          : []),
      ];

/**
 * Saves what the patch gives (the rest stays), its facets and an audit entry in one batch. The
 * entry says which fields changed and whether the profile is public, not what it says.
 */
export async function saveProfile(db: Database, actor: SignedIn, patch: ProfilePatch): Promise<void> {
  const { expertise, languages, ...columns } = patch;
  const now = new Date().toISOString();
  await runBatch(db, [
    db
      .insert(expertProfiles)
      .values({ user_id: actor.id, ...columns, updated_at: now })
      .onConflictDoUpdate({ target: expertProfiles.user_id, set: { ...columns, updated_at: now } }),
    ...replaceFacet(db, actor.id, 'expertise', expertise),
    ...replaceFacet(db, actor.id, 'language', languages),
    audit(db, {
      actorId: actor.id,
      action: 'profile.update',
      entityType: 'user',
      entityId: actor.id,
      after: { fields: Object.keys(patch).sort(), ...(patch.public === undefined ? {} : { public: patch.public }) },
    }),
  ]);
}

/** `?expertise=`/`?language=` as an index seek on the facets. */
export const withFacet = (facet: 'expertise' | 'language', value: string) =>
  sql`${expertProfiles.user_id} IN (SELECT ${expertFacets.user_id} FROM ${expertFacets}
    WHERE ${expertFacets.facet} = ${facet} AND ${expertFacets.value} = ${value})`;
