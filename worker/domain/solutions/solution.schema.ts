import { z } from '@hono/zod-openapi';
import { createInsertSchema } from 'drizzle-zod';
import { solutions } from '../../db/schema';

const trimmed = (min: number, max: number) => (s: z.ZodString) => s.trim().min(min).max(max);

/**
 * No default here: a default inside `.partial()` would overwrite stored links on every edit. A bad
 * link's error carries its index in the path (`links.1`); pages say "Link 2 …" with it.
 */
const Links = z
  .array(
    z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: 'Not a web address: each link is one address starting with https://.',
      })
      .max(500),
  )
  .max(10);

const columns = createInsertSchema(solutions, {
  title: trimmed(5, 160),
  summary: trimmed(20, 1500),
  approach: trimmed(20, 8000),
  trl: (s) => s.int().min(1).max(9),
  team: trimmed(0, 2000),
  links: () => Links,
  budget_amount_minor: (s) => s.int().min(0).max(1_000_000_000_000),
  budget_currency: (s) => s.regex(/^[A-Z]{3}$/, 'A currency is three capital letters (ISO 4217), such as EUR.'),
  work_plan: trimmed(20, 8000),
});

/** What a solver writes; the API and the seed validate with it. */
export const SolutionFieldsSchema = columns
  .pick({
    title: true,
    summary: true,
    approach: true,
    trl: true,
    team: true,
    ip_status: true,
    links: true,
    summary_public: true,
    name_if_winner: true,
    budget_amount_minor: true,
    budget_currency: true,
    work_plan: true,
  })
  // Described here rather than refined above: a refinement would make these defaulted columns required in the types.
  .extend({
    // Later stages' fields (issue 15): what a stage's `required_fields` may ask for besides stage 1's.
    budget_amount_minor: columns.shape.budget_amount_minor
      .optional()
      .openapi({ description: 'The budget asked for, in minor units of budget_currency (cents for EUR).' }),
    budget_currency: columns.shape.budget_currency.optional(),
    work_plan: columns.shape.work_plan.optional(),
    summary_public: columns.shape.summary_public.openapi({
      description:
        'After the decision the public results show the title, organization, score and this summary. Default false.',
    }),
    name_if_winner: columns.shape.name_if_winner.openapi({
      description:
        'If it wins, the public results name it by title and organization even when the summary stays private. Default false.',
    }),
  })
  .strict()
  .openapi('SolutionFields');

export type SolutionFields = z.output<typeof SolutionFieldsSchema>;
export type SolutionFieldsInput = z.input<typeof SolutionFieldsSchema>;

/** POST /challenges/{id}/solutions: a draft, or submitted at once with `submit: true`. */
export const SolutionCreateSchema = SolutionFieldsSchema.extend({
  links: Links.default([]),
  submit: z.boolean().default(false).openapi({ description: 'Submit now instead of saving a draft.' }),
}).openapi('SolutionCreate');

/** PATCH /solutions/{id}: any fields, with the version they were based on (or If-Match). */
export const SolutionPatchSchema = SolutionFieldsSchema.partial()
  .extend({ version: z.number().int().min(1).optional() })
  .openapi('SolutionPatch');
