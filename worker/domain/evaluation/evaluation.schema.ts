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
  })
  .strict()
  .superRefine((value, ctx) => {
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
