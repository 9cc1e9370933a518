import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organizationMemberships, organizations } from '../db/schema';
import { type Actor, ANONYMOUS, isSignedIn, type SignedIn } from '../domain/actor';
import { notVisible } from '../domain/errors';
import { type DeciderVia, membershipsQuery, toMemberships } from '../domain/organizations/affiliation';
import type { Membership, OrganizationPatch, OrganizationRef } from '../domain/organizations/affiliation.view';
import type { OrganizationListQuery } from '../domain/organizations/list.query';
import type { Organization } from '../domain/organizations/organization.view';
import { readOrganization } from '../domain/organizations/read';
import { searchOrganizations } from '../domain/organizations/search';
import { authorize, authorizeUser, can } from '../policy/policy';
import type { OrganizationGovernanceFacts } from '../policy/resources';
import { listedOrganizations, visibleChallenges, visibleCooperations } from './scopes';

/** A page of the partner directory: listed organizations, the same for everyone. */
export const listOrganizationsFor = (db: Database, _actor: Actor, query: OrganizationListQuery) =>
  searchOrganizations(db, query, listedOrganizations());

/**
 * An organization's public profile, or the policy's 404 (not listed, or no such organization).
 * Its lists are what an anonymous visitor may see whoever asks: a profile is a public page, and a
 * signed-in reader's own confidential cooperations do not belong on it.
 */
export async function loadOrganization(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ profile: Organization; version: number }> {
  const found = await readOrganization(db, id, {
    challenges: visibleChallenges(ANONYMOUS, undefined),
    cooperations: visibleCooperations(ANONYMOUS),
  });
  if (!found) throw notVisible('organization');
  authorize(actor, 'organization.read', { listed: found.listed });
  return { profile: found.profile, version: found.version };
}

/** An organization as those who claim, decide or edit it see it, with the asker's place in it. */
export interface OrganizationAccess {
  organization: OrganizationRef;
  facts: OrganizationGovernanceFacts;
  /** The asker's own membership status, if any. */
  membership: Membership['status'] | null;
  /** How a decision of theirs is recorded: as an administrator (of it, or of Bedside) or as a moderator. */
  via: DeciderVia;
  actor: SignedIn;
}

/** The organization `id` (listed or not) with the asker's membership: not awaited, so it can be batched. */
const accessQuery = (db: Database, actor: Actor, id: string) =>
  db
    .select({
      id: organizations.id,
      name: organizations.name,
      cluster_id: organizations.cluster_id,
      listed_at: organizations.listed_at,
      role: organizationMemberships.role,
      status: organizationMemberships.status,
    })
    .from(organizations)
    .leftJoin(
      organizationMemberships,
      and(
        eq(organizationMemberships.organization_id, organizations.id),
        eq(organizationMemberships.user_id, isSignedIn(actor) ? actor.id : ''),
      ),
    )
    .where(eq(organizations.id, id))
    .limit(1);

/** The row of `accessQuery` and the facts the policy needs, or the 404 for no such organization. */
function toAccess(rows: Awaited<ReturnType<typeof accessQuery>>) {
  const [row] = rows;
  if (!row) throw notVisible('organization');
  const facts: OrganizationGovernanceFacts = {
    listed: row.listed_at !== null,
    cluster_id: row.cluster_id,
    org_admin: row.role === 'admin' && row.status === 'confirmed',
  };
  return { row, facts };
}

const readAccess = async (db: Database, actor: Actor, id: string) => toAccess(await accessQuery(db, actor, id));

/**
 * The organization `id` (listed or not) for `action`, or the policy's refusal: 404 when there is
 * no such organization. One query, with the asker's membership.
 */
export async function loadOrganizationFor(
  db: Database,
  actor: Actor,
  id: string,
  action: 'organization.claim' | 'organization.manage' | 'organization.govern',
): Promise<OrganizationAccess> {
  return accessFor(actor, action, await readAccess(db, actor, id));
}

function accessFor(
  actor: Actor,
  action: 'organization.claim' | 'organization.manage' | 'organization.govern',
  { row, facts }: ReturnType<typeof toAccess>,
): OrganizationAccess {
  const signedIn = authorizeUser(actor, action, facts);
  const viaModerator = !facts.org_admin && !signedIn.isAdmin;
  return {
    organization: { id: row.id, name: row.name, cluster_id: row.cluster_id },
    facts,
    membership: row.status ?? null,
    via: viaModerator ? 'moderator' : 'admin',
    actor: signedIn,
  };
}

/**
 * The organization's claims and members for those who manage it, in one round trip: the list is
 * read in the batch of the access check and handed out only once the policy allowed
 * `organization.manage` (otherwise the same 404 or 403 as `loadOrganizationFor`, the rows unused).
 */
export async function loadMemberships(db: Database, actor: Actor, id: string) {
  const [access, members] = await db.batch([accessQuery(db, actor, id), membershipsQuery(db, id)]);
  return { access: accessFor(actor, 'organization.manage', toAccess(access)), members: toMemberships(members) };
}

/** What a signed-in reader of a profile may do there: manage it, claim it, or wait for their claim. */
export interface OrganizationAffordances {
  manage: boolean;
  claim: boolean;
  membership: Membership['status'] | null;
}

export async function organizationAffordances(
  db: Database,
  actor: Actor,
  id: string,
): Promise<OrganizationAffordances> {
  if (!isSignedIn(actor)) return { manage: false, claim: false, membership: null };
  const { row, facts } = await readAccess(db, actor, id);
  const membership = row.status ?? null;
  return {
    manage: can(actor, 'organization.manage', facts),
    claim: can(actor, 'organization.claim') && membership !== 'confirmed' && membership !== 'claimed',
    membership,
  };
}

/** Confirming `claimant`'s claim, once `organization.manage` allowed the asker in: not their own. */
export function authorizeConfirm(access: OrganizationAccess, claimant: string) {
  authorize(access.actor, 'organization.confirm', { claimant });
}

/** `verified` needs a moderator of its home cluster or an admin, `cluster_id` an admin. */
export function authorizePatch(access: OrganizationAccess, patch: OrganizationPatch) {
  if (patch.verified !== undefined) authorize(access.actor, 'organization.vouch', access.facts);
  if (patch.cluster_id !== undefined) authorize(access.actor, 'organization.govern');
}
