import { z } from '@hono/zod-openapi';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, MEMBERSHIP_VIA, ORGANIZATION_KINDS } from '../../db/enums';
import { FacetsSchema } from './organization.schema';
import { OrganizationSummarySchema } from './organization.view';

/** A person's place in an organization (issue 16, verified affiliation). */
export const MembershipSchema = z
  .object({
    organization_id: z.string(),
    user_id: z.string(),
    role: z.enum(MEMBERSHIP_ROLES),
    status: z.enum(MEMBERSHIP_STATUSES).openapi({
      description: 'claimed: waiting for a decision; confirmed: their affiliation; declined.',
    }),
    via: z
      .enum(MEMBERSHIP_VIA)
      .nullable()
      .openapi({
        description:
          'How it was confirmed or declined: created (they registered the organization), domain (their confirmed ' +
          'address is on a domain the organization verified), admin (an administrator of it, or a platform admin), moderator.',
      }),
    claimed_at: z.string(),
    decided_at: z.string().nullable(),
  })
  .openapi('Membership');
export type Membership = z.output<typeof MembershipSchema>;

/** A row of the deciders' list: who claims, never their full address (its domain helps decide). */
export const MembershipListItemSchema = MembershipSchema.extend({
  name: z.string().openapi({ description: "The person's name; empty for a deleted account." }),
  email_domain: z
    .string()
    .openapi({ description: 'The domain of their address, e.g. charite.de.', example: 'charite.de' }),
  email_confirmed: z.boolean(),
}).openapi('MembershipListItem');
export type MembershipListItem = z.output<typeof MembershipListItemSchema>;

export const MembershipListSchema = z
  .object({
    data: z.array(MembershipListItemSchema).openapi({
      description: 'Waiting claims first (oldest first), then members, then declined; at most 500.',
    }),
  })
  .openapi('MembershipList');

export const DecisionSchema = z
  .object({
    role: z
      .enum(MEMBERSHIP_ROLES)
      .default('member')
      .openapi({ description: 'Confirm as a member (the default) or as an administrator of the organization.' }),
  })
  .strict();

/** An email domain as it is written after the `@`: lower case, at least one dot. */
export const DomainNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'Use a domain such as charite.de (no @, no https://).',
  );

export const OrganizationDomainSchema = z
  .object({ organization_id: z.string(), domain: z.string(), verified_at: z.string() })
  .openapi('OrganizationDomain');

/** What its administrators, the moderators of its cluster and admins read and edit. */
export const ManagedOrganizationSchema = OrganizationSummarySchema.extend({
  listed_at: z.string().nullable().openapi({ description: 'When it went into the directory; null = not listed.' }),
  verified_at: z.string().nullable().openapi({
    description: 'When a moderator of its cluster or an admin vouched for it; only a verified organization is listed.',
  }),
  cluster_id: z.string().nullable().openapi({ description: 'Its home cluster: its moderators decide claims.' }),
  version: z.number().openapi({
    description:
      'Bumped by every edit: send it back as `version` (or If-Match) so a concurrent edit is not overwritten.',
  }),
}).openapi('ManagedOrganization');
export type ManagedOrganization = z.output<typeof ManagedOrganizationSchema>;

const trl = z.number().int().min(1).max(9);

/**
 * A change to an organization's profile: only what it gives changes (a facet given replaces that
 * facet's values). Saved complete (a description and at least one capability) and verified, it is
 * listed in the directory, unless `listed: false`. `verified` is for moderators of its home cluster
 * and admins, `cluster_id` for admins. The name and country are who it is: not changed here.
 */
export const OrganizationPatchSchema = z
  .object({
    kind: z.enum(ORGANIZATION_KINDS),
    region: z.string().trim().max(120).nullable(),
    website: z
      .string()
      .trim()
      .max(300)
      .url()
      .regex(/^https:\/\//, 'Use an https:// address.')
      .nullable(),
    description: z.string().trim().max(2000).nullable(),
    trl_min: trl.nullable(),
    trl_max: trl.nullable(),
    facets: FacetsSchema.partial(),
    listed: z.boolean().openapi({
      description: 'false takes it out of the directory; true (or leaving it out) lists it once complete and verified.',
    }),
    verified: z.literal(true).openapi({ description: 'Vouch for it (moderators of its home cluster, admins).' }),
    cluster_id: z.string().uuid().nullable().openapi({ description: 'Its home cluster (admins only).' }),
    version: z.number().int().min(1).openapi({
      description:
        'The version this edit was made on (or send If-Match): 412 if someone saved in between. Left out, the edit is saved whatever was saved meanwhile.',
    }),
  })
  .partial()
  .strict()
  .refine((p) => (p.trl_min === undefined) === (p.trl_max === undefined), {
    message: 'Give both ends of the TRL range, or neither.',
    path: ['trl_max'],
  })
  .refine((p) => p.trl_min == null || p.trl_max == null || p.trl_min <= p.trl_max, {
    message: 'The TRL range ends before it starts.',
    path: ['trl_max'],
  })
  .refine((p) => (p.trl_min === null) === (p.trl_max === null), {
    message: 'Clear both ends of the TRL range, or neither.',
    path: ['trl_max'],
  })
  .openapi('OrganizationPatch');
export type OrganizationPatch = z.output<typeof OrganizationPatchSchema>;

/** A person's own affiliation claim waiting for a decision (on their account). */
export const PendingAffiliationSchema = z
  .object({ organization_id: z.string(), organization_name: z.string(), claimed_at: z.string() })
  .openapi('PendingAffiliation');

/** The organization a decision or an edit is about, as the access layer loaded it. */
export interface OrganizationRef {
  id: string;
  name: string;
  cluster_id: string | null;
}
