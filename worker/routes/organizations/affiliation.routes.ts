import { createRoute, z } from '@hono/zod-openapi';
import {
  DomainNameSchema,
  ManagedOrganizationSchema,
  MembershipListSchema,
  MembershipSchema,
  OrganizationDomainSchema,
  OrganizationPatchSchema,
} from '../../domain/organizations/affiliation.view';
import {
  IfMatchHeader,
  idParam,
  jsonBody,
  jsonContent,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Verified affiliation'];
const IdParam = z.object({ id: idParam('id') });
const ClaimParams = z.object({ id: idParam('id'), userId: idParam('userId') });
const DomainParams = z.object({
  id: idParam('id'),
  domain: DomainNameSchema.openapi({ param: { name: 'domain', in: 'path' }, example: 'charite.de' }),
});
const RoleQuery = z.object({
  role: z
    .enum(['member', 'admin'])
    .default('member')
    .openapi({ description: 'Confirm as a member (the default) or as an administrator of the organization.' }),
});

export const claimMembership = createRoute({
  operationId: 'claimMembership',
  method: 'post',
  path: '/api/v1/organizations/{id}/memberships',
  tags,
  summary:
    'Claim to belong to an organization (a confirmed address first): its administrators, the moderators of its cluster or admins confirm; ' +
    'at once when your address is on a domain it verified. A claim waiting elsewhere is replaced.',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [CREATED]: jsonContent(MembershipSchema, 'Your claim (confirmed already when your domain was verified).'),
    ...WRITE_PROBLEMS,
  },
});

export const listMemberships = createRoute({
  operationId: 'listMemberships',
  method: 'get',
  path: '/api/v1/organizations/{id}/memberships',
  tags,
  summary:
    "An organization's claims and members, waiting claims first (its administrators, moderators of its cluster, admins)",
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(MembershipListSchema, 'Claims and members; of each address only its domain.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const confirmMembership = createRoute({
  operationId: 'confirmMembership',
  method: 'post',
  path: '/api/v1/organizations/{id}/memberships/{userId}/confirm',
  tags,
  summary:
    "Confirm a waiting claim: the organization becomes the person's affiliation (replacing the one they had); they are told",
  security: SIGNED_IN,
  request: { params: ClaimParams, query: RoleQuery },
  responses: {
    [OK]: jsonContent(MembershipSchema, 'The confirmed membership.'),
    ...WRITE_PROBLEMS,
  },
});

export const declineMembership = createRoute({
  operationId: 'declineMembership',
  method: 'post',
  path: '/api/v1/organizations/{id}/memberships/{userId}/decline',
  tags,
  summary: 'Decline a waiting claim, or end a membership: the person is shown without the organization; they are told',
  security: SIGNED_IN,
  request: { params: ClaimParams },
  responses: {
    [OK]: jsonContent(MembershipSchema, 'The declined membership.'),
    ...WRITE_PROBLEMS,
  },
});

export const verifyDomain = createRoute({
  operationId: 'verifyDomain',
  method: 'put',
  path: '/api/v1/organizations/{id}/domains/{domain}',
  tags,
  summary:
    "Verify an email domain as the organization's (admins): claims from confirmed addresses on it, waiting now or made later, are confirmed at once (each claimant is told); the organization counts as verified",
  security: SIGNED_IN,
  request: { params: DomainParams },
  responses: {
    [OK]: jsonContent(OrganizationDomainSchema, 'The verified domain.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('duplicate'),
  },
});

export const removeDomain = createRoute({
  operationId: 'removeDomain',
  method: 'delete',
  path: '/api/v1/organizations/{id}/domains/{domain}',
  tags,
  summary:
    'Remove a verified email domain (admins): claims from it are no longer confirmed by it; memberships it confirmed, and the organization’s verification, stay',
  security: SIGNED_IN,
  request: { params: DomainParams },
  responses: {
    [NO_CONTENT]: { description: 'The domain is no longer verified for this organization.' },
    ...WRITE_PROBLEMS,
  },
});

export const patchOrganization = createRoute({
  operationId: 'patchOrganization',
  method: 'patch',
  path: '/api/v1/organizations/{id}',
  tags: ['Partner directory'],
  summary:
    "Edit an organization's profile (its administrators, moderators of its cluster, admins): saved complete (a description and a capability) " +
    'and verified, it is listed in the directory unless `listed: false`',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(OrganizationPatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(ManagedOrganizationSchema, 'The organization now, listed or not.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});
