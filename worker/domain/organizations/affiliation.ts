import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { insertIf } from '../../db/guarded';
import { auditLog, organizationDomains, organizationMemberships, organizations, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit, auditIf } from '../audit';
import { leaveFormerOrganizations } from '../conversations/write';
import { DomainError, invalidState, notVisible } from '../errors';
import { juror, syncJurorRecusals } from '../evaluation/recusals';
import { notify, people, peopleWith } from '../notifications/notify';
import type { Membership, MembershipListItem, OrganizationRef } from './affiliation.view';
import { relist } from './manage';

// Issue 16, verified affiliation. `users.organization_id` is the one confirmed affiliation the rest
// of Bedside reads (display, conflicts of interest, eligibility, impact); it changes only here and
// at registration, in the batch of the membership row that explains it, with its audit entry.

const m = organizationMemberships;

/** Claims confirmed in the batch that verifies a domain; any beyond are confirmed when claimed again. */
const WAITING_CONFIRMED_AT_ONCE = 100;

/** The part of an address after its last `@`, lower case: what an organization may have verified. */
export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** How a decider's confirmation is recorded: as one of its administrators, a moderator, or an admin. */
export type DeciderVia = 'admin' | 'moderator';

/**
 * Statements that confirm, via `domain`, the waiting claim of `userId` if it is to an organization
 * that verified `domain`, and make that organization their affiliation (leaving the one they had),
 * with its audit entry, while `guard` holds. In the batch of a claim and of an address confirmed;
 * `syncJurorRecusals` follows it there, once for everyone the batch may confirm.
 */
export function confirmByDomain(db: Database, userId: string, domain: string, now: string, guard: SQL) {
  const verified = sql`${m.organization_id} IN (SELECT ${organizationDomains.organization_id} FROM ${organizationDomains}
    WHERE ${organizationDomains.domain} = ${domain})`;
  const confirmedNow = sql`(SELECT mm.organization_id FROM organization_memberships mm WHERE mm.user_id = ${userId}
    AND mm.status = 'confirmed' AND mm.via = 'domain' AND mm.decided_at = ${now})`;
  return [
    db
      .update(m)
      .set({ status: 'confirmed', via: 'domain', decided_at: now, decided_by: null })
      .where(and(eq(m.user_id, userId), eq(m.status, 'claimed'), verified, guard)),
    db.delete(m).where(
      and(
        eq(m.user_id, userId),
        eq(m.status, 'confirmed'),
        // Only when a claim was confirmed here: otherwise their membership stays as it is.
        sql`${confirmedNow} IS NOT NULL AND ${m.organization_id} <> ${confirmedNow}`,
      ),
    ),
    db
      .update(users)
      .set({ organization_id: confirmedNow })
      .where(and(eq(users.id, userId), sql`${confirmedNow} IS NOT NULL`)),
    leaveFormerOrganizations(db, userId),
    insertIf(
      db,
      auditLog,
      {
        actor_id: userId,
        action: 'membership.confirm',
        entity_type: 'organization',
        entity_id: confirmedNow,
        cluster_id: sql`(SELECT ${organizations.cluster_id} FROM ${organizations} WHERE ${organizations.id} = ${confirmedNow})`,
        after: { user_id: userId, status: 'confirmed', via: 'domain' },
      } as unknown as typeof auditLog.$inferInsert,
      sql`${confirmedNow} IS NOT NULL`,
    ),
  ];
}

const membershipColumns = {
  organization_id: m.organization_id,
  user_id: m.user_id,
  role: m.role,
  status: m.status,
  via: m.via,
  claimed_at: m.claimed_at,
  decided_at: m.decided_at,
};

/** One person's membership of one organization, if any. */
export const readMembership = (db: Database, organizationId: string, userId: string): Promise<Membership | undefined> =>
  db
    .select(membershipColumns)
    .from(m)
    .where(and(eq(m.organization_id, organizationId), eq(m.user_id, userId)))
    .get();

/**
 * A signed-in person with a confirmed address claims to belong to `organization`. A claim waiting
 * elsewhere is replaced (one at a time), a declined one to this organization is made again. If
 * their address is on a domain it verified, the claim is confirmed at once (via `domain`).
 */
export async function claimMembership(
  db: Database,
  actor: SignedIn,
  organization: OrganizationRef,
  current: Membership['status'] | null,
): Promise<Membership> {
  if (current === 'confirmed') {
    throw invalidState(`You already belong to ${organization.name}.`, 'confirmed');
  }
  const now = new Date().toISOString();
  await runBatch(db, [
    db.delete(m).where(and(eq(m.user_id, actor.id), eq(m.status, 'claimed'), ne(m.organization_id, organization.id))),
    db
      .insert(m)
      .values({
        organization_id: organization.id,
        user_id: actor.id,
        role: 'member',
        status: 'claimed',
        claimed_at: now,
      })
      .onConflictDoUpdate({
        target: [m.organization_id, m.user_id],
        set: { role: 'member', status: 'claimed', via: null, decided_by: null, claimed_at: now, decided_at: null },
        setWhere: sql`${m.status} <> 'confirmed'`,
      }),
    audit(db, {
      actorId: actor.id,
      action: 'membership.claim',
      entityType: 'organization',
      entityId: organization.id,
      clusterId: organization.cluster_id,
      after: { user_id: actor.id, status: 'claimed' },
    }),
    ...confirmByDomain(db, actor.id, emailDomain(actor.email), now, sql`1`),
    ...syncJurorRecusals(db, juror(actor.id)),
    ...claimNews(db, actor.id, now, sql`1`),
  ]);
  const row = await readMembership(db, organization.id, actor.id);
  if (!row) throw notVisible('organization');
  return row;
}

/**
 * Those who decide a claim (the organization's confirmed administrators and the moderators of its
 * home cluster) hear that `claimantId`'s claim waits, while it still does after the domain step:
 * in the batch of a claim and of the address confirmation that makes a registration's claim
 * count (an unconfirmed address is not worth anyone's time yet). The organization and the
 * claimant's name come with each recipient, so the caller needs to read nothing first.
 */
export const claimNews = (db: Database, claimantId: string, now: string, guard: SQL) => {
  const waiting = (recipient: SQL) => sql`SELECT ${recipient} AS user_id,
      json_object('organization_id', o.id, 'organization', o.name, 'claimant', cu.name) AS extra
    FROM organization_memberships mc
    JOIN ${organizations} o ON o.id = mc.organization_id
    JOIN ${users} cu ON cu.id = mc.user_id`;
  return notify(db, {
    eventId: uuidv7(),
    kind: 'affiliation_claimed',
    key: `affiliation_claimed:${claimantId}:${now}`,
    recipients: peopleWith(
      sql`${waiting(sql`d.user_id`)}
          JOIN organization_memberships d ON d.organization_id = mc.organization_id AND d.role = 'admin' AND d.status = 'confirmed'
        WHERE mc.user_id = ${claimantId} AND mc.status = 'claimed' AND d.user_id <> ${claimantId}
        UNION
        ${waiting(sql`cm.user_id`)}
          JOIN cluster_memberships cm ON cm.cluster_id = o.cluster_id AND cm.role = 'moderator'
        WHERE mc.user_id = ${claimantId} AND mc.status = 'claimed' AND cm.user_id <> ${claimantId}`,
    ),
    challengeId: null,
    params: {},
    actorId: claimantId,
    guard,
  });
};

/** The claimant hears of the decision (inbox, and email by their preference), in its batch. */
const decisionNews = (
  db: Database,
  organization: OrganizationRef,
  userId: string,
  actorId: string,
  kind: 'affiliation_confirmed' | 'affiliation_declined',
  now: string,
  guard: SQL,
) =>
  notify(db, {
    eventId: uuidv7(),
    kind,
    key: `${kind}:${organization.id}:${userId}:${now}`,
    recipients: people(sql`SELECT ${userId} AS user_id`),
    challengeId: null,
    params: { organization_id: organization.id, organization: organization.name },
    actorId,
    guard,
  });

/**
 * Confirms a waiting claim (as `role`): it becomes the person's affiliation, replacing the one
 * they had; the claimant is told. 409 when the claim is no longer waiting.
 */
export async function confirmMembership(
  db: Database,
  actor: SignedIn,
  organization: OrganizationRef,
  userId: string,
  role: Membership['role'],
  via: DeciderVia,
): Promise<Membership> {
  const now = new Date().toISOString();
  const waiting = sql`EXISTS (SELECT 1 FROM organization_memberships w WHERE w.organization_id = ${organization.id}
    AND w.user_id = ${userId} AND w.status = 'claimed')`;
  const living = sql`EXISTS (SELECT 1 FROM users l WHERE l.id = ${userId} AND l.deleted_at IS NULL)`;
  const guard = sql`${waiting} AND ${living}`;
  const landed = await batchEndingWith(
    db,
    [
      db
        .delete(m)
        .where(and(eq(m.user_id, userId), eq(m.status, 'confirmed'), ne(m.organization_id, organization.id), guard)),
      db
        .update(users)
        .set({ organization_id: organization.id })
        .where(and(eq(users.id, userId), guard)),
      leaveFormerOrganizations(db, userId),
      ...syncJurorRecusals(db, juror(userId)),
      ...decisionNews(db, organization, userId, actor.id, 'affiliation_confirmed', now, guard),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'membership.confirm',
          entityType: 'organization',
          entityId: organization.id,
          clusterId: organization.cluster_id,
          after: { user_id: userId, status: 'confirmed', role, via },
        },
        guard,
      ),
    ],
    db
      .update(m)
      .set({ status: 'confirmed', role, via, decided_by: actor.id, decided_at: now })
      .where(and(eq(m.organization_id, organization.id), eq(m.user_id, userId), eq(m.status, 'claimed'), living))
      .returning(membershipColumns),
  );
  return landed[0] ?? (await notWaiting(db, organization.id, userId, 'confirm'));
}

/**
 * Declines a waiting claim, or ends a confirmed membership (the person leaves, or is removed):
 * their affiliation with this organization is cleared; they are told unless they did it.
 */
export async function declineMembership(
  db: Database,
  actor: SignedIn,
  organization: OrganizationRef,
  userId: string,
  via: DeciderVia,
): Promise<Membership> {
  const now = new Date().toISOString();
  const open = sql`EXISTS (SELECT 1 FROM organization_memberships w WHERE w.organization_id = ${organization.id}
    AND w.user_id = ${userId} AND w.status IN ('claimed', 'confirmed'))`;
  const landed = await batchEndingWith(
    db,
    [
      db
        .update(users)
        .set({ organization_id: null })
        .where(and(eq(users.id, userId), eq(users.organization_id, organization.id), open)),
      leaveFormerOrganizations(db, userId),
      ...syncJurorRecusals(db, juror(userId)),
      ...decisionNews(db, organization, userId, actor.id, 'affiliation_declined', now, open),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'membership.decline',
          entityType: 'organization',
          entityId: organization.id,
          clusterId: organization.cluster_id,
          after: { user_id: userId, status: 'declined', via },
        },
        open,
      ),
    ],
    db
      .update(m)
      .set({ status: 'declined', role: 'member', via, decided_by: actor.id, decided_at: now })
      .where(
        and(eq(m.organization_id, organization.id), eq(m.user_id, userId), inArray(m.status, ['claimed', 'confirmed'])),
      )
      .returning(membershipColumns),
  );
  return landed[0] ?? (await notWaiting(db, organization.id, userId, 'decline'));
}

/** Why a decision did not land: no such claim (404), or it is decided already (409). */
async function notWaiting(
  db: Database,
  organizationId: string,
  userId: string,
  step: 'confirm' | 'decline',
): Promise<never> {
  const row = await readMembership(db, organizationId, userId);
  if (!row) throw notVisible('claim');
  throw invalidState(
    step === 'confirm'
      ? `This claim is ${row.status} already: only a waiting claim can be confirmed. Reload the list of members.`
      : 'This claim is declined already. Reload the list of members.',
    row.status,
  );
}

/**
 * Waiting claims first (oldest first), then members, then declined; at most 500, one query (not
 * awaited: the members page batches it with the access check, `access/organizations.ts`).
 */
export const membershipsQuery = (db: Database, organizationId: string) =>
  db
    .select({
      ...membershipColumns,
      name: users.name,
      email_domain: sql<string>`lower(substr(${users.email}, instr(${users.email}, '@') + 1))`,
      email_confirmed: sql<number>`${users.email_confirmed_at} IS NOT NULL`,
    })
    .from(m)
    .innerJoin(users, eq(users.id, m.user_id))
    .where(and(eq(m.organization_id, organizationId), sql`${users.deleted_at} IS NULL`))
    .orderBy(
      sql`CASE ${m.status} WHEN 'claimed' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END`,
      asc(m.claimed_at),
      asc(m.user_id),
    )
    .limit(500);

export const toMemberships = (rows: Awaited<ReturnType<typeof membershipsQuery>>): MembershipListItem[] =>
  rows.map((r) => ({ ...r, email_confirmed: Boolean(r.email_confirmed) }));

/**
 * An admin verifies that addresses on `domain` belong to the organization: claims from confirmed
 * addresses there are confirmed from now on, and so are those waiting already (each claimant is
 * told). The organization counts as verified too.
 */
export async function verifyDomain(db: Database, actor: SignedIn, organization: OrganizationRef, domain: string) {
  const now = new Date().toISOString();
  // The claims waiting from confirmed addresses on the domain: a handful at most (one indexed read);
  // each is confirmed in the batch by the same statements as at address confirmation.
  const waiting = await db
    .select({ user_id: m.user_id })
    .from(m)
    .innerJoin(users, eq(users.id, m.user_id))
    .where(
      and(
        eq(m.organization_id, organization.id),
        eq(m.status, 'claimed'),
        sql`${users.email_confirmed_at} IS NOT NULL AND ${users.deleted_at} IS NULL`,
        sql`lower(substr(${users.email}, -${domain.length + 1})) = ${`@${domain}`}`,
      ),
    )
    .limit(WAITING_CONFIRMED_AT_ONCE);
  const stillWaiting = (userId: string) => sql`EXISTS (SELECT 1 FROM organization_memberships w
    WHERE w.organization_id = ${organization.id} AND w.user_id = ${userId} AND w.status = 'claimed')`;
  try {
    await runBatch(db, [
      db
        .insert(organizationDomains)
        .values({ organization_id: organization.id, domain, verified_by: actor.id, verified_at: now }),
      db
        .update(organizations)
        .set({ verified_at: sql`coalesce(${organizations.verified_at}, ${now})` })
        .where(eq(organizations.id, organization.id)),
      relist(db, organization.id, undefined, now),
      audit(db, {
        actorId: actor.id,
        action: 'organization.verify_domain',
        entityType: 'organization',
        entityId: organization.id,
        clusterId: organization.cluster_id,
        after: { domain },
      }),
      // The news first, while each claim still waits; then the confirmation (it checks the domain row above).
      ...waiting.flatMap(({ user_id }) => [
        ...decisionNews(db, organization, user_id, actor.id, 'affiliation_confirmed', now, stillWaiting(user_id)),
        ...confirmByDomain(db, user_id, domain, now, sql`1`),
      ]),
      // Once for everyone the batch confirmed by this domain, picked by a subquery (not a list
      // of ids: D1 binds at most 100 parameters to a statement).
      ...syncJurorRecusals(
        db,
        sql`SELECT cm.user_id FROM organization_memberships cm WHERE cm.organization_id = ${organization.id}
          AND cm.status = 'confirmed' AND cm.via = 'domain' AND cm.decided_at = ${now}`,
      ),
    ]);
  } catch (err) {
    if (isUniqueViolation(err, 'organization_domains.domain')) {
      throw new DomainError(
        'duplicate',
        `The domain ${domain} is verified already, for this or another organization. Check the organization, or remove it there first.`,
        { errors: [{ path: 'domain', message: 'This domain is verified already.' }] },
      );
    }
    throw err;
  }
  const row = await db
    .select({
      organization_id: organizationDomains.organization_id,
      domain: organizationDomains.domain,
      verified_at: organizationDomains.verified_at,
    })
    .from(organizationDomains)
    .where(eq(organizationDomains.domain, domain))
    .get();
  if (!row) throw new Error('The verified domain was not found right after it was written.');
  return row;
}

/**
 * An admin removes a verified domain (it was verified for the wrong organization, or the
 * organization gave it up): claims from it are no longer confirmed by it. Memberships confirmed
 * through it stay, as do the organization's verification and listing: those were decided.
 */
export async function removeDomain(db: Database, actor: SignedIn, organization: OrganizationRef, domain: string) {
  const mine = and(eq(organizationDomains.organization_id, organization.id), eq(organizationDomains.domain, domain));
  const held = sql`EXISTS (SELECT 1 FROM ${organizationDomains} WHERE ${mine})`;
  const removed = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'organization.remove_domain',
          entityType: 'organization',
          entityId: organization.id,
          clusterId: organization.cluster_id,
          before: { domain },
        },
        held,
      ),
    ],
    db.delete(organizationDomains).where(mine).returning({ domain: organizationDomains.domain }),
  );
  if (removed.length === 0) {
    throw new DomainError(
      'not_found',
      `${organization.name} has no verified domain ${domain}. Its verified domains are listed with its claims and members.`,
    );
  }
}
