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

/** `{ scores: { criterionKey: 1..5 }, comment? }`; keys are checked against the challenge's criteria. */
export const EvaluationInputSchema = z
  .object({
    scores: z.record(z.string(), z.number().int().min(1).max(5)),
    comment: z.string().trim().max(4000).optional(),
  })
  .strict()
  .openapi('EvaluationInput');

export type EvaluationInput = z.output<typeof EvaluationInputSchema>;
