import { and, eq, type SQL, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { expertFacets, expertProfiles, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
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

/** Replaces the rows of one facet with `values`, when the patch gives them, if `guard` holds. */
const replaceFacet = (
  db: Database,
  userId: string,
  facet: 'expertise' | 'language',
  values: string[] | undefined,
  guard: SQL,
) =>
  values === undefined
    ? []
    : [
        db.delete(expertFacets).where(and(eq(expertFacets.user_id, userId), eq(expertFacets.facet, facet), guard)),
        ...(values.length
          ? [
              db
                .insert(expertFacets)
                .select(
                  sql`SELECT ${userId}, ${facet}, j.value FROM json_each(${JSON.stringify(values)}) j WHERE ${guard}`,
                ),
            ]
          : []),
      ];

/**
 * Saves what the patch gives (the rest stays), its facets and an audit entry in one batch, while
 * the account still exists: a save racing the account's deletion leaves nothing behind. The entry
 * says which fields changed and whether the profile is public, not what it says.
 */
export async function saveProfile(db: Database, actor: SignedIn, patch: ProfilePatch): Promise<void> {
  const { expertise, languages, ...columns } = patch;
  const now = new Date().toISOString();
  const living = sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${actor.id} AND ${users.deleted_at} IS NULL)`;
  await runBatch(db, [
    insertIf(db, expertProfiles, { user_id: actor.id, ...columns, updated_at: now }, living).onConflictDoUpdate({
      target: expertProfiles.user_id,
      set: { ...columns, updated_at: now },
    }),
    ...replaceFacet(db, actor.id, 'expertise', expertise, living),
    ...replaceFacet(db, actor.id, 'language', languages, living),
    auditIf(
      db,
      {
        actorId: actor.id,
        action: 'profile.update',
        entityType: 'user',
        entityId: actor.id,
        after: { fields: Object.keys(patch).sort(), ...(patch.public === undefined ? {} : { public: patch.public }) },
      },
      living,
    ),
  ]);
}

/** `?expertise=`/`?language=` as an index seek on the facets. */
export const withFacet = (facet: 'expertise' | 'language', value: string) =>
  sql`${expertProfiles.user_id} IN (SELECT ${expertFacets.user_id} FROM ${expertFacets}
    WHERE ${expertFacets.facet} = ${facet} AND ${expertFacets.value} = ${value})`;
