import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { expertProfiles, organizations, users } from '../../db/schema';
import { type ChallengeStatus, PUBLISHED } from '../challenges/lifecycle';

/** How many members of an organization a contact reaches: the earliest confirmed ones. */
export const ORGANIZATION_RECIPIENTS = 20;

/** Whom a contact reaches, once the access layer has checked the asker may see what they contact. */
export interface ContactTarget {
  kind: 'organization' | 'person' | 'challenge';
  id: string;
  /** What the contacted thing is called (an organization's or a person's name, a challenge's title). */
  title: string;
  recipients: string[];
}

/**
 * An organization and the members a contact reaches: confirmed, living accounts affiliated to it
 * (`users.organization_id`, the confirmed affiliation), the earliest first, at most 20, never the
 * asker. Undefined when there is no such organization.
 */
export async function findOrganizationTarget(db: Database, id: string, asker: string) {
  const [[organization], members] = await db.batch([
    db
      .select({ name: organizations.name, listed: sql<number>`${organizations.listed_at} IS NOT NULL` })
      .from(organizations)
      .where(eq(organizations.id, id)),
    db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.organization_id, id),
          isNull(users.deleted_at),
          isNotNull(users.email_confirmed_at),
          ne(users.id, asker),
        ),
      )
      .orderBy(asc(users.created_at), asc(users.id))
      .limit(ORGANIZATION_RECIPIENTS),
  ]);
  return (
    organization && {
      listed: Boolean(organization.listed),
      target: {
        kind: 'organization',
        id,
        title: organization.name,
        recipients: members.map((m) => m.id),
      } as ContactTarget,
    }
  );
}

/**
 * A person who may be contacted: their expert profile is public and their account confirmed and
 * living (the people directory's rule). Undefined otherwise.
 */
export async function findPersonTarget(db: Database, id: string): Promise<ContactTarget | undefined> {
  const row = await db
    .select({ name: users.name })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.user_id))
    .where(
      and(
        eq(expertProfiles.user_id, id),
        eq(expertProfiles.public, true),
        isNull(users.deleted_at),
        isNotNull(users.email_confirmed_at),
      ),
    )
    .get();
  return row && { kind: 'person', id, title: row.name, recipients: [id] };
}

/** A challenge may be contacted once it is published (open, in evaluation, decided or archived). */
export const contactable = (status: ChallengeStatus) => PUBLISHED.includes(status);
