import { z } from '@hono/zod-openapi';

export const QuestionInputSchema = z
  .object({ body: z.string().trim().min(10).max(2000) })
  .strict()
  .openapi('QuestionInput');

export const AnswerInputSchema = z
  .object({ answer: z.string().trim().min(2).max(4000) })
  .strict()
  .openapi('AnswerInput');
