import { createRoute } from '@hono/zod-openapi';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import { SolutionCreateSchema, SolutionPatchSchema } from '../../domain/solutions/solution.schema';
import { SolutionListItemSchema, SolutionSchema } from '../../domain/solutions/solution.view';
import {
  IfMatchHeader,
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Solutions'];

export const listSolutions = createRoute({
  operationId: 'listSolutions',
  method: 'get',
  path: '/api/v1/challenges/{id}/solutions',
  tags,
  summary: 'The solutions you may know about: your own; for the owner, moderators and jury, the submitted ones',
  security: SIGNED_IN,
  request: { params: IdParam, query: PageQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(SolutionListItemSchema), 'A page of solutions.'),
    ...problemResponses('not_found'),
  },
});

export const createSolution = createRoute({
  operationId: 'createSolution',
  method: 'post',
  path: '/api/v1/challenges/{id}/solutions',
  tags,
  summary: 'Submit a solution to an open challenge (solvers); confidential to owner, moderators and cleared jury',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(SolutionCreateSchema) },
  responses: {
    [CREATED]: jsonContent(SolutionSchema, 'The solution.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('deadline_passed'),
  },
});

export const getSolution = createRoute({
  operationId: 'getSolution',
  method: 'get',
  path: '/api/v1/solutions/{id}',
  tags,
  summary: 'A solution (submitter, challenge owner, moderators, jury members who declared no conflict)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(SolutionSchema, 'The solution.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const patchSolution = createRoute({
  operationId: 'patchSolution',
  method: 'patch',
  path: '/api/v1/solutions/{id}',
  tags,
  summary: 'Edit your solution while the challenge is open (with its version)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(SolutionPatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(SolutionSchema, 'The solution.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version', 'deadline_passed'),
  },
});

export const submitSolution = createRoute({
  operationId: 'submitSolution',
  method: 'post',
  path: '/api/v1/solutions/{id}/submit',
  tags,
  summary:
    "Submit your draft; in a challenge's later stage, submit your shortlisted solution to that stage (its required fields, snapshotted for its jury)",
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(SolutionSchema, 'The submitted solution.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('deadline_passed', 'stage_incomplete'),
  },
});

export const withdrawSolution = createRoute({
  operationId: 'withdrawSolution',
  method: 'post',
  path: '/api/v1/solutions/{id}/withdraw',
  tags,
  summary: 'Withdraw your solution (until the decision)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: { [OK]: jsonContent(SolutionSchema, 'The withdrawn solution.'), ...WRITE_PROBLEMS },
});
