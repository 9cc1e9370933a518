import type { Actor } from '../../domain/actor';
import { ALLOW, hide } from '../decisions';
import type { OrganizationFacts } from '../resources';

export const organizationRules = {
  /**
   * The partner directory is public: a listed profile is read by everyone, signed in or not. An
   * organization that is only a name typed at registration is not in it (404, as if it did not
   * exist), for everyone: who may list or edit a profile is a later issue.
   */
  'organization.read': (_actor: Actor, organization: OrganizationFacts) =>
    organization.listed ? ALLOW : hide('organization'),
};
