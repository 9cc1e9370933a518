import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, adminOnly, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { OrganizationFacts, OrganizationGovernanceFacts } from '../resources';

/** Its confirmed administrators, the moderators of its home cluster, and admins. */
const governs = (actor: Actor, organization: OrganizationGovernanceFacts) =>
  isSignedIn(actor) &&
  (organization.org_admin ||
    actor.isAdmin ||
    (organization.cluster_id !== null && moderates(actor, organization.cluster_id)));

/**
 * Those who do not govern an organization are refused: 401 to sign in, 403 when its profile is
 * public anyway, otherwise 404 as if it did not exist.
 */
const governed = (what: string) => (actor: Actor, organization: OrganizationGovernanceFacts) =>
  governs(actor, organization)
    ? ALLOW
    : !isSignedIn(actor)
      ? signInFirst(`Sign in to ${what}.`)
      : organization.listed
        ? forbid(`Only the organization's administrators, the moderators of its cluster and admins may ${what}.`)
        : hide('organization');

export const organizationRules = {
  /**
   * The partner directory is public: a listed profile is read by everyone, signed in or not. An
   * organization that is only a name typed at registration is not in it (404, as if it did not
   * exist) for everyone; those who govern it read and edit it through `organization.manage`.
   */
  'organization.read': (_actor: Actor, organization: OrganizationFacts) =>
    organization.listed ? ALLOW : hide('organization'),
  /**
   * Claiming to belong to an organization needs a confirmed address: the claim may be confirmed
   * by that address's domain, and an unconfirmed one may be someone else's.
   */
  'organization.claim': (actor: Actor) =>
    isSignedIn(actor) ? whenConfirmed(actor) : signInFirst('Sign in to say which organization you belong to.'),
  /** Deciding claims (confirm, decline, the list of claims and members) and editing the profile. */
  'organization.manage': governed("decide its members' claims and edit its profile"),
  /**
   * Confirming a claim, on top of `organization.manage`: never one's own (a moderator of the home
   * cluster or an administrator who claims a place there waits for someone else). Admins vouch for
   * themselves anyway; declining one's own place is leaving, which anyone may do.
   */
  'organization.confirm': (actor: Actor, claim: { claimant: string }) =>
    isSignedIn(actor) && actor.id === claim.claimant && !actor.isAdmin
      ? forbid(
          'Nobody confirms their own claim: another administrator of the organization, a moderator of its cluster or an admin decides it.',
        )
      : ALLOW,
  /** Vouching that an organization is what it says: moderators of its home cluster, admins. */
  'organization.vouch': (actor: Actor, organization: OrganizationGovernanceFacts) =>
    isSignedIn(actor) && organization.cluster_id !== null && moderates(actor, organization.cluster_id)
      ? ALLOW
      : isSignedIn(actor) && actor.isAdmin
        ? ALLOW
        : forbid('Only the moderators of its home cluster and admins may verify an organization.'),
  /** Its home cluster and its verified email domains: admins (they check with the organization). */
  'organization.govern': adminOnly("set an organization's home cluster or verify its email domains"),
};
