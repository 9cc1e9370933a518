import { z } from '@hono/zod-openapi';

export const ConflictInputSchema = z
  .object({
    conflict: z
      .boolean()
      .openapi({ description: 'true: you have a conflict of interest and will not see or score it.' }),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .openapi('ConflictDeclaration');

export const DecisionInputSchema = z
  .object({
    winners: z.array(z.string().min(1).max(64)).min(1).max(20),
    shortlist: z.array(z.string().min(1).max(64)).max(50).default([]),
    note: z.string().trim().max(4000).optional(),
    overrides: z
      .array(
        z
          .object({
            solution_id: z.string().min(1).max(64),
            note: z.string().trim().min(10).max(1000).openapi({
              description:
                'Why this winner may win although fewer jurors than the minimum scored it (10–1000 characters).',
            }),
          })
          .strict(),
      )
      .max(20)
      .default([])
      .openapi({
        description:
          "For each winner scored by fewer jurors than the challenge's min_evaluations: a note saying why it may win anyway.",
      }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const winners = new Set(value.winners);
    const overridden = new Set<string>();
    value.overrides.forEach((o, i) => {
      if (!winners.has(o.solution_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', i, 'solution_id'],
          message: `Solution ${o.solution_id} is not among the winners: an override is only for a winner.`,
        });
      }
      if (overridden.has(o.solution_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', i, 'solution_id'],
          message: `Solution ${o.solution_id} has two overrides; give one note.`,
        });
      }
      overridden.add(o.solution_id);
    });
    const seen = new Set<string>();
    [
      ...value.winners.map((id, i) => ['winners', i, id] as const),
      ...value.shortlist.map((id, i) => ['shortlist', i, id] as const),
    ].forEach(([list, index, id]) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [list, index], message: `Solution ${id} is named twice.` });
      seen.add(id);
    });
  })
  .openapi('Decision');

/**
 * `{ scores: { criterionKey: 1..5 }, comment?, draft? }`; keys are checked against the challenge's
 * criteria. A draft may leave criteria out; it is kept to finish later and never counts.
 */
export const EvaluationInputSchema = z
  .object({
    scores: z.record(z.string(), z.number().int().min(1).max(5)),
    comment: z.string().trim().max(4000).optional(),
    draft: z.boolean().optional().openapi({
      description:
        'true: save what you have so far (any criteria) to finish later. A draft never counts in the ranking or in your progress; send every criterion without `draft` to finish. Not possible once you have sent a complete score.',
    }),
  })
  .strict()
  .openapi('EvaluationInput');

export type EvaluationInput = z.output<typeof EvaluationInputSchema>;

/**
 * A jury member's answers for several solutions of one challenge at once (the declaration page):
 * `conflicts.<solutionId>` true or false, and an optional note per solution. Solutions left out
 * are not declared; at least one answer is needed.
 */
export const ConflictAnswersSchema = z
  .object({
    conflicts: z
      .record(z.string().min(1).max(64), z.boolean())
      .refine((answers) => Object.keys(answers).length > 0, { message: 'Answer for at least one solution.' }),
    notes: z.record(z.string().min(1).max(64), z.string().trim().max(1000)).default({}),
  })
  .strict();

export type ConflictAnswers = z.output<typeof ConflictAnswersSchema>;
