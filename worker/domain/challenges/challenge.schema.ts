import { z } from '@hono/zod-openapi';
import { createInsertSchema } from 'drizzle-zod';
import { challenges } from '../../db/schema';

/** ICD-10 code such as E11, E11.9 or C34.90. */
const ICD10 = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$/;
const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CRITERION_KEY = /^[a-z][a-z0-9_]{1,39}$/;

const trimmed = (min: number, max: number) => (s: z.ZodString) => s.trim().min(min).max(max);
const trl = (s: z.ZodNumber) => s.int().min(1).max(9);

/** The design's default evaluation criteria; weights are editable by the owner before approval. */
export const DEFAULT_CRITERIA = [
  { key: 'clinical_impact', label: 'Clinical impact', weight: 30 },
  { key: 'feasibility', label: 'Feasibility', weight: 20 },
  { key: 'innovation', label: 'Innovation', weight: 15 },
  { key: 'trl_fit', label: 'TRL fit', weight: 15 },
  { key: 'regulatory_data_readiness', label: 'Regulatory & data readiness', weight: 10 },
  { key: 'business_case', label: 'Business case', weight: 10 },
] as const;

export const CriterionSchema = z
  .object({
    key: z.string().regex(CRITERION_KEY, 'Use 2–40 lower-case letters, digits or underscores, starting with a letter.'),
    label: z.string().trim().min(2).max(80),
    weight: z.number().int().min(1).max(100),
  })
  .openapi('Criterion');

export const CriteriaSchema = z
  .array(CriterionSchema)
  .min(1)
  .max(12)
  .superRefine((criteria, ctx) => {
    const seen = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (seen.has(criterion.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `Criterion key '${criterion.key}' is used twice.`,
        });
      }
      seen.add(criterion.key);
    });
  });

export const TagsSchema = z
  .array(
    z.string().trim().toLowerCase().max(40).regex(TAG, 'Use lower-case words joined by hyphens, e.g. multi-omics.'),
  )
  .max(10)
  .transform((tags) => [...new Set(tags)]);

/** Columns a challenge owner writes, refined once; the API and the seed validate with it. */
const columns = createInsertSchema(challenges, {
  title: trimmed(8, 160),
  summary: trimmed(20, 600),
  problem_statement: trimmed(20, 8000),
  clinical_context: trimmed(0, 8000),
  indication: trimmed(3, 300),
  icd10_code: () =>
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(ICD10, 'Use an ICD-10 code such as E11.9, or leave it empty.')
      .nullable()
      .optional(),
  patient_population: trimmed(3, 1000),
  standard_of_care: trimmed(3, 4000),
  target_outcome: trimmed(3, 2000),
  outcome_kpi: trimmed(3, 500),
  integration_needs: trimmed(0, 2000),
  trl_min: trl,
  trl_max: trl,
  reward_details: trimmed(0, 2000),
  deadline: () => z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString()),
  evaluation_deadline: () =>
    z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value).toISOString())
      .nullable()
      .optional()
      .openapi({ description: "When the jury's scoring should be done; reminders go out before it." }),
});

export const ChallengeFieldsSchema = columns
  .pick({
    title: true,
    summary: true,
    problem_statement: true,
    clinical_context: true,
    indication: true,
    icd10_code: true,
    care_pathway_step: true,
    patient_population: true,
    standard_of_care: true,
    target_outcome: true,
    outcome_kpi: true,
    regulation: true,
    device_class: true,
    ce_marking_required: true,
    data_on_offer: true,
    involves_patient_data: true,
    integration_needs: true,
    trl_min: true,
    trl_max: true,
    reward_kind: true,
    reward_details: true,
    deadline: true,
    evaluation_deadline: true,
    language: true,
    visibility: true,
    share_feedback: true,
  })
  .extend({ tags: TagsSchema.optional(), criteria: CriteriaSchema.optional() })
  .strict();

const trlRange = (
  value: { trl_min?: number; trl_max?: number; deadline?: string; evaluation_deadline?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (value.trl_min !== undefined && value.trl_max !== undefined && value.trl_min > value.trl_max) {
    ctx.addIssue({ code: 'custom', path: ['trl_max'], message: 'trl_max must be at least trl_min.' });
  }
  if (value.deadline && value.evaluation_deadline && value.evaluation_deadline <= value.deadline) {
    ctx.addIssue({
      code: 'custom',
      path: ['evaluation_deadline'],
      message: 'The evaluation closes after submissions close: choose a later date than the submission deadline.',
    });
  }
};

/** Every required field of the clinical need (the seed validates demo challenges with it). */
export const ChallengeDraftSchema = ChallengeFieldsSchema.superRefine(trlRange);

/** POST /api/v1/challenges: a new draft in a cluster. */
export const ChallengeCreateSchema = ChallengeFieldsSchema.extend({
  cluster: z
    .string()
    .min(1)
    .max(60)
    .openapi({ description: 'Slug of the cluster the challenge belongs to.', example: 'biorn' }),
})
  .superRefine(trlRange)
  .openapi('ChallengeCreate');

/** PATCH: any subset of the fields, and the version they were based on (or If-Match). */
export const ChallengePatchSchema = ChallengeFieldsSchema.partial()
  .extend({
    version: z.number().int().min(1).optional().openapi({ description: 'The version you edited; or send If-Match.' }),
  })
  .superRefine(trlRange)
  .openapi('ChallengePatch');

export type ChallengeDraft = z.output<typeof ChallengeDraftSchema>;
export type ChallengeDraftInput = z.input<typeof ChallengeDraftSchema>;
