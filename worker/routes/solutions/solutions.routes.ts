import { createRoute, z } from '@hono/zod-openapi';
import { ChallengeSchema } from '../../domain/challenges/challenge.view';
import {
  ConflictInputSchema,
  DecisionInputSchema,
  EvaluationInputSchema,
  SolutionCreateSchema,
  SolutionPatchSchema,
} from '../../domain/solutions/solution.schema';
import {
  EvaluatorSchema,
  RankingSchema,
  SolutionListItemSchema,
  SolutionSchema,
} from '../../domain/solutions/solution.view';
import { jsonBody, jsonContent, NOT_MODIFIED_RESPONSE, problemResponses, SIGNED_IN } from '../../http/openapi';
import { PageQuerySchema, pageOf } from '../../http/pagination';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Solutions'];
const juryTags = ['Jury'];
const JuryParams = IdParam.extend({
  userId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'userId', in: 'path' } }),
});
const writeProblems = problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_state');

export const listSolutions = createRoute({
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
  method: 'post',
  path: '/api/v1/challenges/{id}/solutions',
  tags,
  summary: 'Submit a solution to an open challenge (solvers); confidential to owner, moderators and cleared jury',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(SolutionCreateSchema) },
  responses: { [CREATED]: jsonContent(SolutionSchema, 'The solution.'), ...writeProblems },
});

export const getSolution = createRoute({
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
  method: 'patch',
  path: '/api/v1/solutions/{id}',
  tags,
  summary: 'Edit your solution while the challenge is open (with its version)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(SolutionPatchSchema) },
  responses: {
    [OK]: jsonContent(SolutionSchema, 'The solution.'),
    ...writeProblems,
    ...problemResponses('stale_version'),
  },
});

export const submitSolution = createRoute({
  method: 'post',
  path: '/api/v1/solutions/{id}/submit',
  tags,
  summary: 'Submit your draft',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: { [OK]: jsonContent(SolutionSchema, 'The submitted solution.'), ...writeProblems },
});

export const withdrawSolution = createRoute({
  method: 'post',
  path: '/api/v1/solutions/{id}/withdraw',
  tags,
  summary: 'Withdraw your solution (until the decision)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: { [OK]: jsonContent(SolutionSchema, 'The withdrawn solution.'), ...writeProblems },
});

export const declareConflict = createRoute({
  method: 'put',
  path: '/api/v1/solutions/{id}/conflict',
  tags: juryTags,
  summary: 'Declare, before seeing it, whether you have a conflict of interest with this solution (jury)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(ConflictInputSchema) },
  responses: {
    [OK]: jsonContent(
      z.object({
        solution_id: z.string(),
        conflict: z.boolean(),
        note: z.string().nullable(),
        declared_at: z.string(),
      }),
      'Your declaration.',
    ),
    ...writeProblems,
  },
});

export const evaluate = createRoute({
  method: 'put',
  path: '/api/v1/solutions/{id}/evaluation',
  tags: juryTags,
  summary: 'Score a solution 1–5 on every criterion (jury, in evaluation); a second PUT replaces the first',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(EvaluationInputSchema) },
  responses: {
    [OK]: jsonContent(
      z.object({
        solution_id: z.string(),
        scores: z.record(z.string(), z.number()),
        comment: z.string().nullable(),
        updated_at: z.string(),
      }),
      'Your evaluation.',
    ),
    ...writeProblems,
  },
});

export const listJury = createRoute({
  method: 'get',
  path: '/api/v1/challenges/{id}/evaluators',
  tags: juryTags,
  summary: 'The jury and its progress (owner, moderators)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(z.object({ data: z.array(EvaluatorSchema) }), 'The jury.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const getEvaluator = createRoute({
  method: 'get',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags: juryTags,
  summary: 'One jury member and their progress (owner, moderators)',
  security: SIGNED_IN,
  request: { params: JuryParams },
  responses: {
    [OK]: jsonContent(EvaluatorSchema, 'The jury member.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const assignEvaluator = createRoute({
  method: 'put',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags: juryTags,
  summary: 'Put a user on the jury (owner, moderators; idempotent)',
  security: SIGNED_IN,
  request: { params: JuryParams },
  responses: {
    [OK]: jsonContent(EvaluatorSchema, 'The jury member.'),
    ...writeProblems,
    ...problemResponses('duplicate'),
  },
});

export const removeEvaluator = createRoute({
  method: 'delete',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags: juryTags,
  summary: 'Take a user off the jury (their scores stop counting)',
  security: SIGNED_IN,
  request: { params: JuryParams },
  responses: { [NO_CONTENT]: { description: 'Removed.' }, ...writeProblems },
});

export const ranking = createRoute({
  method: 'get',
  path: '/api/v1/challenges/{id}/ranking',
  tags: juryTags,
  summary: 'Weighted ranking (owner, moderators, jury members who finished); after the decision, public results',
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(RankingSchema, 'The ranking.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const decide = createRoute({
  method: 'post',
  path: '/api/v1/challenges/{id}/decision',
  tags: juryTags,
  summary: 'Name the winners and an optional shortlist; the challenge is decided and results published',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(DecisionInputSchema) },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The decided challenge.'),
    ...writeProblems,
    ...problemResponses('stale_version'),
  },
});
