import { z } from '@hono/zod-openapi';
import { createInsertSchema } from 'drizzle-zod';
import { IP_OPTIONS, LANGUAGES, TERMS_CONFIDENTIALITY } from '../../db/enums';
import { termsTemplates } from '../../db/schema';

const trimmed = (min: number, max: number) => (s: z.ZodString) => s.trim().min(min).max(max);

export const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const columns = createInsertSchema(termsTemplates, {
  key: () =>
    z
      .string()
      .trim()
      .min(2)
      .max(60)
      .regex(KEY, 'Use lower-case words joined by hyphens, e.g. standard-confidential.')
      .openapi({ description: "The template's stable name in the cluster; sending it again makes a new version." }),
  title: trimmed(3, 160),
  body_md: (s) => s.trim().min(20).max(20000).openapi({ description: 'Markdown; raw HTML is shown as text.' }),
  clinic_use: (s) => s.trim().min(10).max(4000).openapi({ description: 'What the clinic may do with what it learns.' }),
  data_access: () =>
    z.string().trim().max(4000).nullable().optional().openapi({ description: 'Terms for data on offer, if any.' }),
});

/** A moderator writes a template (a new key, or the next version of one). */
export const TermsTemplateInputSchema = columns
  .pick({
    key: true,
    language: true,
    title: true,
    body_md: true,
    confidentiality: true,
    ip_option: true,
    clinic_use: true,
    data_access: true,
  })
  .strict()
  .openapi('TermsTemplateInput');
export type TermsTemplateInput = z.output<typeof TermsTemplateInputSchema>;

export const IpOptionSchema = z.enum(IP_OPTIONS).openapi({
  description:
    'solver_keeps: the solver keeps all IP; licence_after_decision: a licence is negotiated after the decision; open_source.',
});

export const TermsTemplateSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    language: z.enum(LANGUAGES),
    title: z.string(),
    body_md: z.string(),
    confidentiality: z.enum(TERMS_CONFIDENTIALITY),
    ip_option: IpOptionSchema,
    clinic_use: z.string(),
    data_access: z.string().nullable(),
    created_at: z.string(),
    latest: z.boolean().openapi({ description: 'The newest version of its key: the one challenges can choose.' }),
  })
  .openapi('TermsTemplate');
export type TermsTemplate = z.output<typeof TermsTemplateSchema>;

export const TermsTemplateListSchema = z
  .object({ cluster: z.string(), templates: z.array(TermsTemplateSchema) })
  .openapi('TermsTemplateList');

/** The owner (or, once approved, a moderator) sets a challenge's terms from a template. */
export const ChallengeTermsInputSchema = z
  .object({
    template_key: z.string().trim().min(2).max(60).openapi({
      description: "A template of the challenge's cluster; its latest version is taken, as it is now.",
    }),
    submissions_confidential: z.boolean().optional().openapi({
      description:
        'false: the challenge declares that submissions are not confidential. Default: as the template says.',
    }),
  })
  .strict()
  .openapi('ChallengeTermsInput');
export type ChallengeTermsInput = z.output<typeof ChallengeTermsInputSchema>;

export const ChallengeTermsVersionSchema = z
  .object({
    version: z.number().int(),
    template_key: z.string(),
    template_version: z.number().int(),
    language: z.enum(LANGUAGES),
    title: z.string(),
    body_md: z.string(),
    submissions_confidential: z.boolean(),
    ip_option: IpOptionSchema,
    clinic_use: z.string(),
    data_access: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('ChallengeTermsVersion');
export type ChallengeTermsVersion = z.output<typeof ChallengeTermsVersionSchema>;

export const ChallengeTermsSchema = z
  .object({
    challenge_id: z.string(),
    current: ChallengeTermsVersionSchema.nullable().openapi({
      description:
        'The version in force (null: the challenge states no terms). Every team member accepts it before submitting.',
    }),
    versions: z
      .array(z.object({ version: z.number().int(), created_at: z.string() }))
      .openapi({ description: 'Every version, newest first.' }),
  })
  .openapi('ChallengeTerms');
export type ChallengeTerms = z.output<typeof ChallengeTermsSchema>;

export const TermsAcceptanceInputSchema = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'The version of the terms you read and accept: the current one.' }),
  })
  .strict()
  .openapi('TermsAcceptanceInput');

export const TermsAcceptanceSchema = z
  .object({
    user_id: z.string(),
    name: z.string(),
    version: z.number().int(),
    accepted_at: z.string(),
  })
  .openapi('TermsAcceptance');
export type TermsAcceptance = z.output<typeof TermsAcceptanceSchema>;

/** A solution's side of the terms: the version in force, who accepted which, who has not accepted it yet. */
export const SolutionTermsSchema = z
  .object({
    current_version: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "The challenge's terms in force (null: none)." }),
    acceptances: z.array(TermsAcceptanceSchema).openapi({ description: 'Every acceptance, newest version first.' }),
    not_accepted: z.array(z.object({ user_id: z.string(), name: z.string() })).openapi({
      description:
        'Team members who have not accepted the version in force: the solution cannot be submitted until this is empty.',
    }),
  })
  .openapi('SolutionTerms');
export type SolutionTerms = z.output<typeof SolutionTermsSchema>;
