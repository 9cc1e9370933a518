import { createRoute, z } from '@hono/zod-openapi';
import { OrganizationListQuerySchema } from '../../domain/organizations/list.query';
import { OrganizationSchema, OrganizationSummarySchema } from '../../domain/organizations/organization.view';
import { pageOf } from '../../domain/paging';
import { idParam, jsonContent, NOT_MODIFIED_RESPONSE, OPTIONAL_SIGN_IN, problemResponses } from '../../http/openapi';
import { OK } from '../../http/status';

const tags = ['Partner directory'];
export const IdParam = z.object({ id: idParam('id') });

export const listOrganizations = createRoute({
  operationId: 'listOrganizations',
  method: 'get',
  path: '/api/v1/organizations',
  tags,
  summary: 'Partner search: listed organizations by words, kind, country, capability, offers, seeks and TRL',
  security: OPTIONAL_SIGN_IN,
  description:
    'Facets are repeatable or comma lists: any value of one facet matches (OR), every facet given must match (AND). ' +
    'Without `q` ordered by name, with it by relevance; cursor pages either way.',
  request: { query: OrganizationListQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(OrganizationSummarySchema), 'A page of organizations.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('validation_failed', 'rate_limited'),
  },
});

export const getOrganization = createRoute({
  operationId: 'getOrganization',
  method: 'get',
  path: '/api/v1/organizations/{id}',
  tags,
  summary: "A listed organization's profile with its public challenges, results and cooperations",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(OrganizationSchema, 'The profile.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});
