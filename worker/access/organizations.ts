import type { Database } from '../db/client';
import { type Actor, ANONYMOUS } from '../domain/actor';
import { notVisible } from '../domain/errors';
import type { OrganizationListQuery } from '../domain/organizations/list.query';
import type { Organization } from '../domain/organizations/organization.view';
import { readOrganization } from '../domain/organizations/read';
import { searchOrganizations } from '../domain/organizations/search';
import { authorize } from '../policy/policy';
import { listedOrganizations, visibleChallenges, visibleCooperations } from './scopes';

/** A page of the partner directory: listed organizations, the same for everyone. */
export const listOrganizationsFor = (db: Database, _actor: Actor, query: OrganizationListQuery) =>
  searchOrganizations(db, query, listedOrganizations());

/**
 * An organization's public profile, or the policy's 404 (not listed, or no such organization).
 * Its lists are what an anonymous visitor may see whoever asks: a profile is a public page, and a
 * signed-in reader's own confidential cooperations do not belong on it.
 */
export async function loadOrganization(db: Database, actor: Actor, id: string): Promise<Organization> {
  const found = await readOrganization(db, id, {
    challenges: visibleChallenges(ANONYMOUS, undefined),
    cooperations: visibleCooperations(ANONYMOUS),
  });
  if (!found) throw notVisible('organization');
  authorize(actor, 'organization.read', { listed: found.listed });
  return found.profile;
}
