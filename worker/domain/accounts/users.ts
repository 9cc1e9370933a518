import { eq, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { organizations, users } from '../../db/schema';
import type { User } from './account.schema';

/** Columns of a user and their organization; extend with more when a query needs them. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  kind: users.kind,
  is_admin: users.is_admin,
  created_at: users.created_at,
  time_zone: users.time_zone,
  email_confirmed_at: users.email_confirmed_at,
  locale: users.locale,
  password_hash: users.password_hash,
  org_id: organizations.id,
  org_name: organizations.name,
  org_kind: organizations.kind,
  org_country: organizations.country,
  org_size: organizations.size,
};

/** A user with their organization (and password hash, for sign-in only), in one query. */
export const selectUser = (db: Database, where: SQL | undefined) =>
  db
    .select(userColumns)
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organization_id))
    .where(where)
    .limit(1);

type UserRow = Awaited<ReturnType<typeof selectUser>>[number];

export type { UserRow };

/** The public shape: never the password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    kind: row.kind,
    is_admin: row.is_admin,
    created_at: row.created_at,
    time_zone: row.time_zone,
    email_confirmed: row.email_confirmed_at !== null,
    language: row.locale,
    organization:
      row.org_id && row.org_name && row.org_kind
        ? {
            id: row.org_id,
            name: row.org_name,
            kind: row.org_kind,
            country: row.org_country ?? '',
            size: row.org_size ?? null,
          }
        : null,
  };
}
