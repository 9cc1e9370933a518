import { z } from '@hono/zod-openapi';
import { STAGE_FIELDS, STAGE_KINDS } from '../../db/enums';
import { CriteriaSchema } from '../challenges/challenge.schema';

const when = () => z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/** One stage as its owner writes it (issue 15). */
const StageInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .max(80)
      .default('')
      .openapi({ description: 'Left empty: the default name ("Solutions", "Stage 2"…), in the reader’s language.' }),
    kind: z.enum(STAGE_KINDS).default('submission'),
    deadline: when().openapi({ description: 'When submissions to this stage close.' }),
    evaluation_deadline: when()
      .nullable()
      .optional()
      .openapi({ description: "When this stage's jury should be done scoring." }),
    min_evaluations: z.number().int().min(1).max(20).default(3),
    share_feedback: z.boolean().default(false),
    required_fields: z
      .array(z.enum(STAGE_FIELDS))
      .min(1)
      .max(STAGE_FIELDS.length)
      .refine((fields) => new Set(fields).size === fields.length, 'Name each field once.')
      .openapi({ description: 'What solvers fill in for this stage.' }),
    criteria: CriteriaSchema,
  })
  .openapi('StageInput');

/** In a later stage k every criterion key starts with `s<k>_` (added when missing), so keys stay unique across stages. */
const keyedByStage = <T extends { criteria: { key: string }[] }>(stage: T, i: number): T =>
  i === 0
    ? stage
    : {
        ...stage,
        criteria: stage.criteria.map((c) =>
          c.key.startsWith(`s${i + 1}_`) ? c : { ...c, key: `s${i + 1}_${c.key}`.slice(0, 40) },
        ),
      };

export const StagesInputSchema = z
  .object({
    version: z.number().int().min(1).optional().openapi({ description: 'The version edited (or If-Match).' }),
    stages: z.array(StageInputSchema).min(1).max(5).openapi({
      description: 'Stage 1 first. In stage k > 1 every criterion key starts with s<k>_ (added when missing).',
    }),
  })
  .strict()
  .transform((input) => ({ ...input, stages: input.stages.map(keyedByStage) }))
  .superRefine(({ stages }, ctx) => {
    const seen = new Map<string, number>();
    stages.forEach((stage, i) => {
      stage.criteria.forEach((criterion, j) => {
        const first = seen.get(criterion.key);
        if (first !== undefined && first !== i) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'criteria', j, 'key'],
            message: `Criterion key '${criterion.key}' is used in stage ${first + 1} already: each stage's criteria need their own keys.`,
          });
        }
        seen.set(criterion.key, i);
      });
      if (stage.evaluation_deadline && stage.evaluation_deadline <= stage.deadline) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'evaluation_deadline'],
          message: 'The evaluation closes after submissions close: choose a later date than the stage’s deadline.',
        });
      }
      const before = stages[i - 1];
      const earliest = before ? (before.evaluation_deadline ?? before.deadline) : null;
      if (earliest && stage.deadline <= earliest) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'deadline'],
          message: `Stage ${i + 1} closes after stage ${i} has been evaluated: choose a date after ${earliest}.`,
        });
      }
    });
  })
  .openapi('StagesInput');
export type StagesInput = z.output<typeof StagesInputSchema>;
