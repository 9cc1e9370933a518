import { z } from '@hono/zod-openapi';
import { SOLUTION_STATUSES } from '../../db/enums';
import { StageQuerySchema } from '../stages/stages.view';

const status = z.enum(SOLUTION_STATUSES);
export const RANKING_METHODS = ['weighted', 'normalised'] as const;
/** How many entries a page of the ranking holds unless `?limit=` says otherwise (issue 17). */
export const RANKING_PAGE = 50;
/** A ranking cursor: `w50` continues the weighted ranking after rank 50, `n50` the normalised one. */
export const CURSOR_PATTERN = /^[wn]\d{1,6}$/;

export const RankingQuerySchema = z
  .object({
    method: z.enum(RANKING_METHODS).default('weighted').openapi({
      description: "weighted (the criteria's weighted mean) or normalised (each juror's scores standardised first).",
    }),
    cursor: z
      .string()
      .regex(CURSOR_PATTERN)
      .optional()
      .openapi({ description: 'Where the page starts: the `next` of the page before (with the same method).' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .default(RANKING_PAGE)
      .openapi({ description: 'Entries per page, 1–200 (default 50).' }),
  })
  .extend(StageQuerySchema.shape);

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
    normalised_score: z.number().nullable().openapi({
      description:
        "Mean of the jurors' z-scores (each juror's weighted scores standardised); null without evaluations.",
    }),
    weighted_rank: z.number().int().openapi({ description: 'Place by the weighted score.' }),
    normalised_rank: z.number().int().openapi({ description: 'Place by the normalised score.' }),
    evaluations: z.number().int(),
    under_minimum: z.boolean().openapi({
      description: "Scored by fewer jurors than the challenge's min_evaluations: it may win only with an override.",
    }),
    override: z
      .object({ note: z.string(), created_at: z.string() })
      .nullable()
      .openapi({ description: 'Why it was named a winner although under the minimum of evaluations.' }),
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
      method: z.enum(RANKING_METHODS).openapi({ description: 'The order of `data` and its `rank`.' }),
      method_note: z.string().openapi({ description: 'How the method computes the score, in one paragraph.' }),
      min_evaluations: z.number().int(),
      top_disagreement: z
        .object({
          disagree: z.boolean(),
          places: z
            .number()
            .int()
            .openapi({ description: 'How many top places were compared: max(3, winners + shortlist).' }),
          sentence: z.string(),
          solutions: z.array(
            z.object({ solution_id: z.string(), weighted_rank: z.number().int(), normalised_rank: z.number().int() }),
          ),
        })
        .openapi({ description: 'Whether the weighted and the normalised ranking differ in the top places.' }),
      criteria: criteriaList,
      data: z.array(RankingEntrySchema),
      total: z.number().int().optional().openapi({
        description: 'How many solutions the whole ranking holds for this viewer (all pages).',
      }),
      next: z.string().nullable().optional().openapi({
        description:
          'Issue 17: the ranking comes in pages of `limit` (default 50) in the order of `method`; the cursor of the next page for `?cursor=` (same method), or null on the last.',
      }),
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

const alphaFigure = z.object({
  alpha: z.number().nullable().openapi({
    description: "Krippendorff's alpha (interval); null when there is no variation or no solution scored twice.",
  }),
  reading: z.enum(['good', 'tentative', 'low']).nullable().openapi({
    description: "Krippendorff's convention: good ≥ 0.8, tentative 0.667–0.8, low below.",
  }),
});

export const AgreementSchema = z
  .object({
    challenge_id: z.string(),
    metric: z.literal('interval'),
    method_note: z.string(),
    jurors: z.number().int(),
    overall: alphaFigure.openapi({
      description: 'Over all criterion scores pooled (each solution and criterion one unit).',
    }),
    criteria: z.array(alphaFigure.extend({ key: z.string(), label: z.string() })),
    disputed: z
      .array(
        z.object({
          solution_id: z.string(),
          title: z.string(),
          evaluations: z.number().int(),
          spread: z
            .number()
            .openapi({ description: "Sample standard deviation of the jurors' weighted scores (0–100)." }),
          criteria: z.array(z.string()).openapi({ description: 'Criteria on which the scores lie 3 or more apart.' }),
        }),
      )
      .openapi({
        description: 'To discuss before deciding: spread ≥ 20 or 3 points apart on a criterion; at most 10.',
      }),
  })
  .openapi('Agreement');
export type Agreement = z.output<typeof AgreementSchema>;

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
