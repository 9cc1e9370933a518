import { z } from '@hono/zod-openapi';
import { CHALLENGE_STATUSES, SOLUTION_STATUSES } from '../../db/enums';
import { StageQuerySchema } from '../stages/stages.view';
import { AgreementSchema, RANKING_PAGE, RankingSchema } from './evaluation.view';

/** A page of the report's ranking continues the weighted order: `w50` after rank 50. */
export const REPORT_CURSOR = /^w\d{1,6}$/;

/** Rows of the ranking per read of its CSV (issue 17): a chunk of the kept places, streamed. */
export const REPORT_CSV_CHUNK = 500;
/** Entries per page of the report's JSON at most. */
export const REPORT_PAGE_MAX = 200;

export const REPORT_TABLES = ['ranking', 'jurors', 'conflicts', 'comments', 'agreement'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const ReportQuerySchema = z
  .object({
    format: z
      .enum(['json', 'csv'])
      .optional()
      .openapi({ description: 'csv for one table as CSV; the same as sending `Accept: text/csv`. JSON by default.' }),
    table: z
      .enum(REPORT_TABLES)
      .default('ranking')
      .openapi({ description: 'With CSV: which table of the report (one CSV file each).' }),
    cursor: z.string().regex(REPORT_CURSOR).optional().openapi({
      description: 'Where the page of the ranking starts: the `ranking_next` of the page before. JSON only.',
    }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(REPORT_CSV_CHUNK)
      .optional()
      .openapi({
        description: `Entries of the ranking per page of JSON, 1–200 (default ${RANKING_PAGE}). The CSV of the ranking holds them all, read ${REPORT_CSV_CHUNK} at a time unless this says fewer.`,
      }),
  })
  .extend(StageQuerySchema.shape);

const solutionRef = z.object({ solution_id: z.string(), title: z.string() });
const fullRanking = RankingSchema.options[0].shape;
const agreementShape = AgreementSchema.shape;

export const EvaluationReportSchema = z
  .object({
    challenge: z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(CHALLENGE_STATUSES),
      decided_at: z.string().nullable(),
      decision_note: z.string().nullable().openapi({ description: 'The note of the decision, once decided.' }),
      min_evaluations: z.number().int(),
      criteria: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number().int() })),
      method_notes: z.object({ weighted: z.string(), normalised: z.string() }),
      agreement_note: z.string(),
    }),
    mean_score: z
      .number()
      .nullable()
      .openapi({ description: 'Mean weighted score (0–100) of all evaluations that count: the base of leniency.' }),
    top_disagreement: fullRanking.top_disagreement,
    ranking_total: z.number().int().openapi({ description: 'Solutions in the ranking, over all its pages.' }),
    ranking_next: z.string().nullable().openapi({
      description:
        "The `cursor` of the ranking's next page; null on the last. Issue 17: the ranking and its criteria come a page at a time, every other part whole.",
    }),
    ranking: z.array(
      z.object({
        weighted_rank: z.number().int(),
        normalised_rank: z.number().int(),
        solution_id: z.string(),
        title: z.string(),
        organization: z.string().nullable(),
        status: z.enum(SOLUTION_STATUSES),
        score: z.number().nullable().openapi({ description: 'Weighted score 0–100.' }),
        normalised_score: z.number().nullable(),
        evaluations: z.number().int(),
        under_minimum: z.boolean(),
        override_note: z.string().nullable(),
        spread: z.number().nullable().openapi({
          description: "Sample standard deviation of the jurors' weighted scores (0–100); null with fewer than 2.",
        }),
        criteria: z.array(
          z.object({
            key: z.string(),
            mean: z.number().nullable().openapi({ description: 'Mean score 1–5.' }),
            spread: z.number().nullable().openapi({ description: 'Sample standard deviation of the scores 1–5.' }),
          }),
        ),
      }),
    ),
    agreement: z.object({
      jurors: agreementShape.jurors,
      overall: agreementShape.overall,
      criteria: agreementShape.criteria,
      disputed: agreementShape.disputed,
    }),
    distribution: z
      .array(
        z.object({
          key: z.string(),
          label: z.string(),
          counts: z.array(z.number().int()).length(5).openapi({ description: 'How many scores of 1, 2, 3, 4 and 5.' }),
        }),
      )
      .openapi({ description: 'Per criterion, the scores that count by value.' }),
    jurors: z.array(
      z.object({
        user_id: z.string(),
        name: z.string().openapi({ description: 'Empty when the account was deleted.' }),
        evaluations: z.number().int().openapi({ description: 'Evaluations that count.' }),
        mean_score: z.number().nullable().openapi({ description: 'Mean of their weighted scores (0–100).' }),
        leniency: z.number().nullable().openapi({
          description: 'Their mean minus the mean of all evaluations that count: above 0 lenient, below 0 harsh.',
        }),
        conflicts: z.number().int().openapi({ description: 'Conflicts declared on solutions in the running.' }),
      }),
    ),
    conflicts: z.array(
      solutionRef.extend({
        evaluator_id: z.string(),
        juror: z.string(),
        declared_at: z.string(),
        reason: z.string().nullable(),
      }),
    ),
    comments: z.array(
      solutionRef.extend({
        comments: z.array(
          z.object({ evaluator_id: z.string(), juror: z.string(), comment: z.string(), evaluated_at: z.string() }),
        ),
      }),
    ),
    overrides: z.array(solutionRef.extend({ note: z.string(), created_at: z.string() })),
    decision: z.object({
      decided_at: z.string().nullable(),
      note: z.string().nullable(),
      winners: z.array(solutionRef),
      shortlisted: z.array(solutionRef),
    }),
  })
  .openapi('EvaluationReport');
export type EvaluationReport = z.output<typeof EvaluationReportSchema>;
