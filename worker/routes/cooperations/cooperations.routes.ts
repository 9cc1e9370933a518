import { createRoute, z } from '@hono/zod-openapi';
import {
  CooperationListQuerySchema,
  CooperationPageSchema,
  CooperationPatchSchema,
  CooperationSchema,
  MilestoneInputSchema,
  MilestonePatchSchema,
} from '../../domain/cooperations/cooperation.schema';
import {
  IfMatchHeader,
  idParam,
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Cooperations'];
const MilestoneParams = z.object({ id: idParam('id'), mid: idParam('mid') });

export const listCooperations = createRoute({
  operationId: 'listCooperations',
  method: 'get',
  path: '/api/v1/cooperations',
  tags,
  summary: 'Cooperations you may see, newest first: public ones for everyone, and those you take part in or moderate',
  security: OPTIONAL_SIGN_IN,
  request: { query: CooperationListQuerySchema },
  responses: {
    [OK]: jsonContent(CooperationPageSchema, 'A page of cooperations.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('validation_failed'),
  },
});

export const getCooperation = createRoute({
  operationId: 'getCooperation',
  method: 'get',
  path: '/api/v1/cooperations/{id}',
  tags,
  summary:
    'A cooperation and its milestones (both sides and moderators see all; others only a public one, with its public milestones)',
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(CooperationSchema, 'The cooperation; its ETag goes back as If-Match.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const patchCooperation = createRoute({
  operationId: 'patchCooperation',
  method: 'patch',
  path: '/api/v1/cooperations/{id}',
  tags,
  summary:
    "Change a cooperation's status (both sides, moderators) or one side's consent to publish (that side only), with its version",
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(CooperationPatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(CooperationSchema, 'The cooperation now.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});

export const addMilestone = createRoute({
  operationId: 'addMilestone',
  method: 'post',
  path: '/api/v1/cooperations/{id}/milestones',
  tags,
  summary: 'Record a milestone (both sides, moderators); whether a KPI was met is the clinic side’s word',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(MilestoneInputSchema) },
  responses: {
    [CREATED]: jsonContent(CooperationSchema, 'The cooperation with the new milestone.'),
    ...WRITE_PROBLEMS,
  },
});

export const patchMilestone = createRoute({
  operationId: 'patchMilestone',
  method: 'patch',
  path: '/api/v1/cooperations/{id}/milestones/{mid}',
  tags,
  summary: "Update a milestone (its status, dates, figures, publicity), with the milestone's version",
  security: SIGNED_IN,
  request: { params: MilestoneParams, body: jsonBody(MilestonePatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(CooperationSchema, 'The cooperation now.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});
