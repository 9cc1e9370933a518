import { z } from '@hono/zod-openapi';

/** A shortlist advanced from a stage to the next (issue 15). */
export const AdvanceInputSchema = z
  .object({
    solution_ids: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Name each solution once.' })
      .openapi({
        description: 'The solutions shortlisted into the next stage; every other one of the stage is not advanced.',
      }),
    share_feedback: z.boolean().optional().openapi({
      description:
        "Whether those not advanced read the jury's feedback on their solution; without it, the next stage's setting.",
    }),
  })
  .strict()
  .openapi('AdvanceInput');

/** `/stages/{stage}`: a stage of the challenge. */
export const StageParam = z.object({
  stage: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .openapi({ param: { name: 'stage', in: 'path' }, example: 1 }),
});
