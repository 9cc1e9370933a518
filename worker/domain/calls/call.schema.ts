import { z } from '@hono/zod-openapi';
import { CALL_BENEFIT_KINDS, CALL_STATUSES, LANGUAGES, ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../../db/enums';

const COUNTRY = /^[A-Z]{2}$/;
const date = (description: string) =>
  z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value).toISOString())
    .openapi({ description });

export const CallRuleSchema = z
  .discriminatedUnion('rule', [
    z
      .object({
        rule: z.literal('trl'),
        params: z
          .object({ min: z.number().int().min(1).max(9), max: z.number().int().min(1).max(9) })
          .strict()
          .refine((p) => p.min <= p.max, { message: 'min must not be above max.', path: ['max'] }),
      })
      .strict(),
    z
      .object({
        rule: z.literal('organization_kinds'),
        params: z.object({ kinds: z.array(z.enum(ORGANIZATION_KINDS)).min(1).max(8) }).strict(),
      })
      .strict(),
    z
      .object({
        rule: z.literal('countries'),
        params: z
          .object({
            countries: z
              .array(z.string().trim().toUpperCase().regex(COUNTRY, 'Use ISO 3166-1 alpha-2 codes such as DE or AT.'))
              .min(1)
              .max(60),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        rule: z.literal('company_sizes'),
        params: z.object({ sizes: z.array(z.enum(ORGANIZATION_SIZES)).min(1).max(4) }).strict(),
      })
      .strict(),
  ])
  .openapi('CallRule', {
    description:
      "Who may submit to the call's challenges: the solution's TRL range, or the submitter's organization's kinds, countries or company sizes.",
  });

export const CallBenefitSchema = z
  .object({
    kind: z.enum(CALL_BENEFIT_KINDS),
    amount_minor: z
      .number()
      .int()
      .min(0)
      .nullable()
      .optional()
      .openapi({ description: 'Money in minor units (cents); never converted.' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as EUR.')
      .nullable()
      .optional(),
    details: z.string().trim().max(1000).default(''),
  })
  .strict()
  .openapi('CallBenefit');

const fields = {
  title: z.string().trim().min(8).max(160),
  description: z.string().trim().min(20).max(8000),
  language: z.enum(LANGUAGES).optional(),
  opens_at: date('When challenges in the call start taking solutions.'),
  closes_at: date('When the call closes (the cron closes it then).'),
  rules: z
    .array(CallRuleSchema)
    .max(4)
    .refine((rules) => new Set(rules.map((r) => r.rule)).size === rules.length, {
      message: 'Each kind of rule at most once.',
    }),
  benefits: z.array(CallBenefitSchema).max(10),
};

const datesInOrder = (value: { opens_at?: unknown; closes_at?: unknown }, ctx: z.RefinementCtx) => {
  if (typeof value.opens_at === 'string' && typeof value.closes_at === 'string' && value.closes_at <= value.opens_at)
    ctx.addIssue({ code: 'custom', path: ['closes_at'], message: 'closes_at must be after opens_at.' });
};

export const CallCreateSchema = z
  .object({
    ...fields,
    rules: fields.rules.default([]),
    benefits: fields.benefits.default([]),
    clusters: z
      .array(z.string().min(1).max(60))
      .min(1)
      .max(10)
      .refine((slugs) => new Set(slugs).size === slugs.length, { message: 'Name each cluster once.' })
      .openapi({ description: 'Slugs of the clusters running the call; the first leads, and you moderate it.' }),
  })
  .strict()
  .superRefine(datesInOrder)
  .openapi('CallCreate');
export type CallCreate = z.infer<typeof CallCreateSchema>;

export const CallPatchSchema = z
  .object({
    ...fields,
    version: z.number().int().min(1).optional().openapi({ description: 'Or send the ETag as If-Match.' }),
  })
  .partial()
  .strict()
  .superRefine(datesInOrder)
  .openapi('CallPatch');
export type CallPatch = z.infer<typeof CallPatchSchema>;

const CallClusterSchema = z.object({ id: z.string(), slug: z.string(), name: z.string(), lead: z.boolean() });

export const CallSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(CALL_STATUSES),
    version: z.number().int(),
    title: z.string(),
    language: z.enum(LANGUAGES),
    opens_at: z.string(),
    closes_at: z.string(),
    published_at: z.string().nullable(),
    clusters: z.array(CallClusterSchema),
  })
  .openapi('CallSummary');

export const CallSchema = CallSummarySchema.extend({
  description: z.string(),
  moderator_note: z
    .string()
    .nullable()
    .openapi({ description: 'The last request for changes; shown to those who manage the call only.' }),
  created_at: z.string(),
  updated_at: z.string(),
  rules: z.array(CallRuleSchema),
  benefits: z.array(CallBenefitSchema),
}).openapi('Call');

export const CallListSchema = z.object({ items: z.array(CallSummarySchema) }).openapi('CallList');

export const CallListQuerySchema = z.object({
  cluster: z.string().min(1).max(60).optional().openapi({ description: "A cluster's slug: only the calls it runs." }),
});
