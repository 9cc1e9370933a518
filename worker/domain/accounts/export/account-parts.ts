import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  clusterMemberships,
  clusters,
  emailTokens,
  organizationFacets,
  organizations,
  sessions,
  users,
} from '../../../db/schema';
import { jsonArrayOf, jsonObject, jsonRow, listPart, onePart, type Parts } from './json-rows';

const PASSWORD = 'Stored only as a salted hash (PBKDF2-SHA256); neither the password nor the hash is included.';

/** The account, their organization with its directory profile (issue 16), clusters, sessions and emailed links. */
export const accountParts = (db: Database, me: string): Parts => ({
  account: onePart(
    db
      .select({
        part: jsonObject({
          id: users.id,
          email: users.email,
          name: users.name,
          kind: users.kind,
          is_admin: users.is_admin,
          language: users.locale,
          time_zone: users.time_zone,
          created_at: users.created_at,
          updated_at: users.updated_at,
          email_confirmed_at: users.email_confirmed_at,
          password_changed_at: users.password_changed_at,
          password: sql`${PASSWORD}`,
        }),
      })
      .from(users)
      .where(eq(users.id, me)),
  ),
  organization: onePart(
    db
      .select({
        part: jsonObject({
          id: organizations.id,
          name: organizations.name,
          kind: organizations.kind,
          country: organizations.country,
          size: organizations.size,
          profile: jsonObject({
            region: organizations.region,
            website: organizations.website,
            description: organizations.description,
            trl_min: organizations.trl_min,
            trl_max: organizations.trl_max,
            listed_at: organizations.listed_at,
            facets: jsonArrayOf(sql`SELECT json_group_array(json_object('facet', ${organizationFacets.facet},
              'value', ${organizationFacets.value}) ORDER BY ${organizationFacets.facet}, ${organizationFacets.value})
              FROM ${organizationFacets} WHERE ${organizationFacets.organization_id} = ${organizations.id}`),
          }),
        }),
      })
      .from(organizations)
      .where(eq(organizations.id, sql`(SELECT "users"."organization_id" FROM "users" WHERE "users"."id" = ${me})`)),
  ),
  clusters: listPart(
    db,
    'clusters',
    db
      .select(
        jsonRow(
          {
            cluster: clusters.slug,
            cluster_name: clusters.name,
            role: clusterMemberships.role,
            created_at: clusterMemberships.created_at,
          },
          asc(clusters.slug),
        ),
      )
      .from(clusterMemberships)
      .innerJoin(clusters, eq(clusters.id, clusterMemberships.cluster_id))
      .where(eq(clusterMemberships.user_id, me)),
  ),
  sessions: listPart(
    db,
    'sessions',
    db
      .select(
        jsonRow(
          {
            user_agent: sessions.user_agent,
            created_at: sessions.created_at,
            last_seen_at: sessions.last_seen_at,
            expires_at: sessions.expires_at,
            revoked_at: sessions.revoked_at,
          },
          asc(sessions.created_at),
        ),
      )
      .from(sessions)
      .where(eq(sessions.user_id, me)),
  ),
  email_links: listPart(
    db,
    'email_links',
    db
      .select(
        jsonRow(
          {
            purpose: emailTokens.purpose,
            email: emailTokens.email,
            created_at: emailTokens.created_at,
            expires_at: emailTokens.expires_at,
            used_at: emailTokens.used_at,
          },
          asc(emailTokens.created_at),
        ),
      )
      .from(emailTokens)
      .where(eq(emailTokens.user_id, me)),
  ),
});
