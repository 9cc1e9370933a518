import { createRoute, z } from '@hono/zod-openapi';
import { ConflictInputSchema, EvaluationInputSchema } from '../../domain/evaluation/evaluation.schema';
import { jsonBody, jsonContent, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Jury'];

export const declareConflict = createRoute({
  operationId: 'declareConflict',
  method: 'put',
  path: '/api/v1/solutions/{id}/conflict',
  tags,
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
    ...WRITE_PROBLEMS,
  },
});

export const evaluate = createRoute({
  operationId: 'evaluateSolution',
  method: 'put',
  path: '/api/v1/solutions/{id}/evaluation',
  tags,
  summary:
    'Score a solution 1–5 on every criterion (jury, in evaluation); a second PUT replaces the first. With `draft: true`, save part of it to finish later (never counted)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(EvaluationInputSchema) },
  responses: {
    [OK]: jsonContent(
      z.object({
        solution_id: z.string(),
        scores: z.record(z.string(), z.number()),
        comment: z.string().nullable(),
        updated_at: z.string(),
        draft: z.boolean().openapi({ description: 'true: saved to finish later; it does not count yet.' }),
      }),
      'Your evaluation, or your draft.',
    ),
    ...WRITE_PROBLEMS,
  },
});
