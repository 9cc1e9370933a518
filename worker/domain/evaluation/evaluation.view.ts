import { z } from '@hono/zod-openapi';
import { SOLUTION_STATUSES } from '../../db/enums';

const status = z.enum(SOLUTION_STATUSES);

export const FeedbackSchema = z
  .object({
    score: z.number().nullable(),
    evaluations: z.number().int(),
    criteria: z.record(z.string(), z.number()).openapi({ description: 'Mean score 1–5 per criterion.' }),
    comments: z.array(z.string()).openapi({ description: "Jury comments, without the evaluators' names." }),
  })
  .openapi('Feedback');

export const RankingEntrySchema = z
  .object({
    rank: z.number().int(),
    solution_id: z.string(),
    title: z.string(),
    organization: z.string().nullable(),
    status,
    score: z.number().nullable().openapi({ description: 'Weighted score 0–100; null without evaluations.' }),
    evaluations: z.number().int(),
    criteria: z.record(z.string(), z.number()).openapi({ description: 'Mean score 1–5 per criterion.' }),
    submitted_at: z.string().nullable(),
    summary: z.string().nullable().openapi({ description: 'In public results: the summary its solver made public.' }),
  })
  .openapi('RankingEntry');

/** A public result: only what the design publishes (title, organization, score) and the public summary. */
export const PublicResultSchema = RankingEntrySchema.pick({
  rank: true,
  solution_id: true,
  title: true,
  organization: true,
  status: true,
  score: true,
  summary: true,
}).openapi('PublicResult');

const criteriaList = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    weight: z.number().int(),
    description: z.string().nullable().openapi({ description: 'What a good answer looks like, for the jury.' }),
  }),
);

export const RankingSchema = z
  .discriminatedUnion('view', [
    z.object({
      challenge_id: z.string(),
      view: z.literal('full'),
      criteria: criteriaList,
      data: z.array(RankingEntrySchema),
    }),
    z.object({
      challenge_id: z.string(),
      view: z.literal('public').openapi({ description: 'After the decision: solutions whose summary is public.' }),
      criteria: criteriaList,
      data: z.array(PublicResultSchema),
    }),
  ])
  .openapi('Ranking');
export type Ranking = z.output<typeof RankingSchema>;

export const EvaluatorSchema = z
  .object({
    user_id: z.string(),
    name: z.string().openapi({ description: 'Empty when the account was deleted.' }),
    organization: z.string().nullable(),
    assigned_at: z.string(),
    declared: z
      .number()
      .int()
      .openapi({ description: 'Solutions in the running (ranked, not hidden) on which they declared, either way.' }),
    conflicts: z.number().int().openapi({ description: 'Of those, the ones they declared a conflict on.' }),
    scored: z
      .number()
      .int()
      .openapi({ description: 'Solutions in the running they scored and have no conflict on: scores that count.' }),
  })
  .openapi('Evaluator');
