import { z } from '@hono/zod-openapi';
import { STAGE_FIELDS, STAGE_KINDS } from '../../db/enums';
import { CriterionSchema } from '../challenges/challenge.schema';

/** One stage of a challenge as the API answers it (issue 15). */
export const StageSchema = z
  .object({
    stage: z.number().int().min(1).max(5),
    name: z.string().openapi({ description: 'Empty: the default name ("Solutions"), in the reader’s language.' }),
    kind: z.enum(STAGE_KINDS),
    deadline: z.string().openapi({ description: 'When submissions to this stage close.' }),
    evaluation_deadline: z.string().nullable(),
    min_evaluations: z.number().int(),
    share_feedback: z.boolean(),
    required_fields: z.array(z.enum(STAGE_FIELDS)).openapi({ description: 'What solvers fill in for this stage.' }),
    criteria: z
      .array(CriterionSchema)
      .openapi({ description: 'What this stage’s jury scores; keys are unique across stages.' }),
    opened_at: z.string().nullable(),
    closed_at: z.string().nullable(),
    advanced_at: z.string().nullable(),
  })
  .openapi('Stage');

export const StagesSchema = z
  .object({
    challenge_id: z.string(),
    current_stage: z.number().int().openapi({ description: 'The stage the challenge is in now.' }),
    data: z.array(StageSchema),
  })
  .openapi('Stages');
export type Stages = z.infer<typeof StagesSchema>;

/** `?stage=N` on the jury's reads: that stage instead of the current one. */
export const StageQuerySchema = z.object({
  stage: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .openapi({ description: 'A stage of the challenge (1–5); without it, the stage it is in now.' }),
});
