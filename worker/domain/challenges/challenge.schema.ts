import { z } from '@hono/zod-openapi';
import { createInsertSchema } from 'drizzle-zod';
import type { DEVICE_CLASSES, REGULATIONS } from '../../db/enums';
import { challenges } from '../../db/schema';

/** ICD-10 code such as E11, E11.9 or C34.90. */
const ICD10 = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$/;
const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CRITERION_KEY = /^[a-z][a-z0-9_]{1,39}$/;

const trimmed = (min: number, max: number) => (s: z.ZodString) => s.trim().min(min).max(max);
const trl = (s: z.ZodNumber) => s.int().min(1).max(9);

/**
 * Checks across fields run even when other fields are invalid (zod skips them after a missing
 * field otherwise): one submit shows every problem, not one round per kind of problem.
 */
// Never on a non-object: the OpenAPI generator parses `null` to learn whether a schema is nullable.
const EVERY_TIME = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** Plain ASCII words: accents dropped ("Früherkennung" → "fruherkennung"), ß as ss, lower case. */
const ascii = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');

/** Words as a tag: "Remote monitoring" → "remote-monitoring". Empty when nothing of them is a letter or digit. */
export const tagFromWords = (words: string) =>
  ascii(words)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A tag as words to read: "remote-monitoring" → "remote monitoring". */
export const tagWords = (tag: string) => tag.replace(/-/g, ' ');

/** A criterion's key from its name: "Regulatory & data readiness" → "regulatory_data_readiness". */
export function criterionKey(label: string): string {
  const words = ascii(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = (/^[a-z]/.test(words) ? words : `c_${words}`).slice(0, 40).replace(/_+$/, '');
  return CRITERION_KEY.test(key) ? key : 'criterion';
}

type Regulation = (typeof REGULATIONS)[number];
type DeviceClass = (typeof DEVICE_CLASSES)[number];

/** Which device classes belong to which regulation; "none" and "unsure" have none. */
export const CLASSES_BY_REGULATION: Record<Regulation, readonly DeviceClass[]> = {
  mdr: ['I', 'IIa', 'IIb', 'III'],
  ivdr: ['A', 'B', 'C', 'D'],
  none: [],
  unsure: [],
};

/** No class, or one of the regulation's classes. */
export const classFits = (regulation: Regulation, deviceClass: DeviceClass | null | undefined) =>
  !deviceClass || CLASSES_BY_REGULATION[regulation].includes(deviceClass);

export const CLASS_MISMATCH =
  'A device class must belong to the regulation: MDR classes I, IIa, IIb, III; IVDR classes A, B, C, D; no class otherwise.';

/**
 * The design's default evaluation criteria, with what a good answer looks like (the jury reads
 * it while scoring); weights are editable by the owner before approval. The pages offer the same
 * criteria in the page's language.
 */
export const DEFAULT_CRITERIA = [
  {
    key: 'clinical_impact',
    label: 'Clinical impact',
    description:
      'How much better care would be: which outcome improves, for how many patients, and the evidence for it or a plausible way to get it.',
    weight: 30,
  },
  {
    key: 'feasibility',
    label: 'Feasibility',
    description: 'Whether the team can deliver it in our setting: a realistic plan, the people and the time it takes.',
    weight: 20,
  },
  {
    key: 'innovation',
    label: 'Innovation',
    description: "What is new compared with today's care and with products already on the market.",
    weight: 15,
  },
  {
    key: 'trl_fit',
    label: 'TRL fit',
    description: 'How well the maturity of the solution matches the TRL range sought, and how it would get to a pilot.',
    weight: 15,
  },
  {
    key: 'regulatory_data_readiness',
    label: 'Regulatory & data readiness',
    description: 'A credible path to CE marking where it is needed, and lawful, secure use of health data (GDPR).',
    weight: 10,
  },
  {
    key: 'business_case',
    label: 'Business case',
    description: 'Who pays, and why it pays off for the hospital: the cost of buying, running and training.',
    weight: 10,
  },
] as const;

const criterionFields = {
  label: z.string().trim().min(2).max(80),
  weight: z.number().int().min(1).max(100),
};

/** A criterion as stored and shown. */
export const CriterionSchema = z
  .object({
    key: z.string(),
    ...criterionFields,
    description: z.string().optional().openapi({ description: 'What a good answer looks like; the jury reads it.' }),
  })
  .openapi('Criterion');

/** A criterion as written: the key may be left out, and is then made from the label. */
const CriterionInputSchema = z
  .object({
    key: z
      .string()
      .regex(CRITERION_KEY, 'Use 2–40 lower-case letters, digits or underscores, starting with a letter.')
      .optional()
      .openapi({ description: 'Left out: made from the label ("Clinical impact" → clinical_impact).' }),
    ...criterionFields,
    description: z
      .string()
      .trim()
      .max(600)
      .nullable()
      .optional()
      .openapi({ description: 'What a good answer looks like, shown to the jury while they score.' }),
  })
  .openapi('CriterionInput');

export const CriteriaSchema = z
  .array(CriterionInputSchema)
  .min(1)
  .max(12)
  .superRefine((criteria, ctx) => {
    const keys = new Set<string>();
    const labels = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (criterion.key && keys.has(criterion.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `Criterion key '${criterion.key}' is used twice.`,
        });
      }
      if (criterion.key) keys.add(criterion.key);
      const label = criterion.label.toLowerCase();
      if (labels.has(label)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'label'],
          message: `Two criteria are named '${criterion.label}': give each its own name.`,
        });
      }
      labels.add(label);
    });
  })
  // Keys the client left out come from the labels, never clashing with a key already taken.
  .transform((criteria) => {
    const taken = new Set(criteria.flatMap((c) => (c.key ? [c.key] : [])));
    return criteria.map(({ key, description, ...criterion }) => {
      let own = key;
      if (!own) {
        const base = criterionKey(criterion.label);
        own = base;
        for (let n = 2; taken.has(own); n++) own = `${base.slice(0, 36)}_${n}`;
        taken.add(own);
      }
      return { key: own, ...criterion, description: description || null };
    });
  });

export const TagsSchema = z
  .array(
    z.string().trim().toLowerCase().max(40).regex(TAG, 'Use lower-case words joined by hyphens, e.g. multi-omics.'),
  )
  .max(10)
  .transform((tags) => [...new Set(tags)])
  .openapi({
    description:
      'Lower-case words joined by hyphens (remote-monitoring). The pages turn typed words into these: "Remote monitoring" is stored as remote-monitoring.',
  });

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
  device_class: (s) =>
    s.openapi({
      description:
        'Must belong to the regulation: MDR classes I, IIa, IIb, III; IVDR classes A, B, C, D; null otherwise.',
    }),
  integration_needs: trimmed(0, 2000),
  trl_min: trl,
  trl_max: trl,
  reward_details: trimmed(0, 2000),
  deadline: () =>
    z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value).toISOString())
      .openapi({
        description:
          'When submissions close. Must be in the future when a challenge is created, and when its owner changes it.',
      }),
  evaluation_deadline: () =>
    z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value).toISOString())
      .nullable()
      .optional()
      .openapi({ description: "When the jury's scoring should be done; reminders go out before it." }),
  min_evaluations: (s) =>
    s.int().min(1).max(20).optional().openapi({
      description:
        'How many jurors must have scored a solution before it may win without an override with a note (1–20, default 3).',
    }),
  call_id: () =>
    z.string().min(1).max(64).nullable().optional().openapi({
      description:
        'The call it belongs to, at most one (issue 15): an open (published) call; its rules then decide who may submit. Set before approval; null takes it out.',
    }),
  blind_review: (s) =>
    s.optional().openapi({
      description:
        'Blind review: jury members see no submitter, team, organization or links of a solution; solvers are told not to name themselves in their text. Set before approval (default false).',
    }),
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
    min_evaluations: true,
    blind_review: true,
    call_id: true,
  })
  .extend({
    tags: TagsSchema.optional(),
    criteria: CriteriaSchema.optional().openapi({
      description: 'Left out when creating: the default criteria, with their descriptions.',
    }),
  })
  .strict();

const isTrl = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Fields that must agree with each other. Values may be invalid here (see EVERY_TIME), so each
 * check looks only at values of the right kind. A whole challenge without a regulation has the
 * column's default ("unsure"); a patch without one is checked by the domain against the stored one.
 */
const coherent =
  (whole: boolean) =>
  (
    value: {
      trl_min?: unknown;
      trl_max?: unknown;
      deadline?: unknown;
      evaluation_deadline?: unknown;
      regulation?: unknown;
      device_class?: unknown;
    },
    ctx: z.RefinementCtx,
  ) => {
    if (isTrl(value.trl_min) && isTrl(value.trl_max) && value.trl_min > value.trl_max) {
      ctx.addIssue({ code: 'custom', path: ['trl_max'], message: 'trl_max must be at least trl_min.' });
    }
    if (isDate(value.deadline) && isDate(value.evaluation_deadline) && value.evaluation_deadline <= value.deadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['evaluation_deadline'],
        message: 'The evaluation closes after submissions close: choose a later date than the submission deadline.',
      });
    }
    const regulation = value.regulation ?? (whole ? 'unsure' : undefined);
    if (
      typeof regulation === 'string' &&
      regulation in CLASSES_BY_REGULATION &&
      typeof value.device_class === 'string' &&
      !classFits(regulation as Regulation, value.device_class as DeviceClass)
    ) {
      ctx.addIssue({ code: 'custom', path: ['device_class'], message: CLASS_MISMATCH });
    }
  };

/** A deadline that is set now must lie ahead: a past one could never be submitted or approved. */
export const deadlinePassed = (deadline: string, now = Date.now()) => Date.parse(deadline) <= now;
export const DEADLINE_PASSED = 'The deadline has passed: choose a date in the future.';

const deadlineAhead = (value: { deadline?: unknown }, ctx: z.RefinementCtx) => {
  if (isDate(value.deadline) && deadlinePassed(value.deadline)) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: DEADLINE_PASSED });
  }
};

/** Every required field of the clinical need (the seed validates demo challenges with it, past deadlines too). */
export const ChallengeDraftSchema = ChallengeFieldsSchema.superRefine(coherent(true), EVERY_TIME);

/** POST /api/v1/challenges: a new draft in a cluster, its deadline ahead. */
export const ChallengeCreateSchema = ChallengeFieldsSchema.extend({
  cluster: z
    .string()
    .min(1)
    .max(60)
    .openapi({ description: 'Slug of the cluster the challenge belongs to.', example: 'biorn' }),
})
  .superRefine(coherent(true), EVERY_TIME)
  .superRefine(deadlineAhead, EVERY_TIME)
  .openapi('ChallengeCreate');

/** PATCH: any subset of the fields, and the version they were based on (or If-Match). */
export const ChallengePatchSchema = ChallengeFieldsSchema.partial()
  .extend({
    version: z.number().int().min(1).optional().openapi({ description: 'The version you edited; or send If-Match.' }),
  })
  .superRefine(coherent(false), EVERY_TIME)
  .openapi('ChallengePatch');

/** An owner's edit before approval: a deadline sent must lie ahead (the domain checks the same). */
export const ChallengeOwnerEditSchema = ChallengePatchSchema.superRefine(deadlineAhead, EVERY_TIME);

export type ChallengeDraft = z.output<typeof ChallengeDraftSchema>;
export type ChallengeDraftInput = z.input<typeof ChallengeDraftSchema>;
