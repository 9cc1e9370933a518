import { createRoute } from '@hono/zod-openapi';
import { ClusterInputSchema, ClusterSchema, ModeratorSchema } from '../../domain/clusters/cluster.schema';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import {
  idParam,
  jsonBody,
  jsonContent,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  SlugParam,
} from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Clusters'];
const ModeratorParams = SlugParam.extend({ userId: idParam('userId') });

export const listClusters = createRoute({
  operationId: 'listClusters',
  method: 'get',
  path: '/api/v1/clusters',
  tags,
  summary: 'Clusters with their public challenge counts',
  security: OPTIONAL_SIGN_IN,
  request: { query: PageQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(ClusterSchema), 'A page of clusters, by slug.'),
    ...problemResponses('validation_failed'),
  },
});

export const getCluster = createRoute({
  operationId: 'getCluster',
  method: 'get',
  path: '/api/v1/clusters/{slug}',
  tags,
  summary: 'One cluster',
  security: OPTIONAL_SIGN_IN,
  request: { params: SlugParam },
  responses: { [OK]: jsonContent(ClusterSchema, 'The cluster.'), ...problemResponses('not_found') },
});

export const createCluster = createRoute({
  operationId: 'createCluster',
  method: 'post',
  path: '/api/v1/clusters',
  tags,
  summary: 'Create a cluster (admin)',
  security: SIGNED_IN,
  request: { body: jsonBody(ClusterInputSchema) },
  responses: {
    [CREATED]: jsonContent(ClusterSchema, 'The new cluster.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'duplicate'),
  },
});

export const appointModerator = createRoute({
  operationId: 'appointModerator',
  method: 'put',
  path: '/api/v1/clusters/{slug}/moderators/{userId}',
  tags,
  summary: 'Make a user a moderator of the cluster (admin; idempotent)',
  security: SIGNED_IN,
  request: { params: ModeratorParams },
  responses: {
    [OK]: jsonContent(ModeratorSchema, 'The user moderates the cluster.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const removeModerator = createRoute({
  operationId: 'removeModerator',
  method: 'delete',
  path: '/api/v1/clusters/{slug}/moderators/{userId}',
  tags,
  summary: 'Remove a moderator from the cluster (admin)',
  security: SIGNED_IN,
  request: { params: ModeratorParams },
  responses: {
    [NO_CONTENT]: { description: 'Removed.' },
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});
