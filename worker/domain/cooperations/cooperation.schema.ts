import { z } from '@hono/zod-openapi';
import { COOPERATION_STATUSES, DEVICE_CLASSES, MILESTONE_KINDS, MILESTONE_STATUSES, REGULATIONS } from '../../db/enums';
import { PageQuerySchema, pageOf } from '../paging';

const DAY = z.iso.date().openapi({ description: 'A date, YYYY-MM-DD.', example: '2027-03-01' });
const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields a milestone of any kind may carry; which kind takes which is checked by `kindFields`. */
const milestoneFields = {
  status: z.enum(MILESTONE_STATUSES).openapi({ description: 'planned, in_progress, done or cancelled.' }),
  planned_on: DAY.nullable(),
  achieved_on: DAY.nullable().openapi({ description: 'When it was achieved; set to today when done without one.' }),
  public: z.boolean().openapi({
    description:
      'Shown on the public page once both sides agreed to publish the cooperation; set by the side that recorded the milestone.',
  }),
  kpi_value: z.number().finite().nullable().openapi({ description: 'kpi_result only: the measured value.' }),
  kpi_unit: text(40).nullable().openapi({ description: 'kpi_result only, e.g. "%" or "minutes".' }),
  kpi_method: text(1000).nullable().openapi({ description: 'kpi_result only: how it was measured.' }),
  kpi_met: z
    .boolean()
    .nullable()
    .openapi({ description: 'kpi_result only, the clinic side only: the target was met.' }),
  regulation: z.enum(REGULATIONS).nullable().openapi({ description: 'regulatory only: MDR or IVDR.' }),
  device_class: z.enum(DEVICE_CLASSES).nullable().openapi({ description: 'regulatory only: MDR I–III, IVDR A–D.' }),
  notified_body: text(200).nullable().openapi({ description: 'regulatory only.' }),
  funding_programme: text(200).nullable().openapi({ description: 'follow_on_funding only.' }),
  funding_amount_minor: z
    .number()
    .int()
    .min(0)
    .max(1e13)
    .nullable()
    .openapi({ description: 'follow_on_funding only: in minor units (cents), never converted.' }),
  funding_currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code in capitals, e.g. EUR.')
    .nullable()
    .openapi({ description: 'follow_on_funding only: ISO 4217, e.g. EUR.' }),
  note: z.string().trim().max(2000),
};

/** The fields only one kind of milestone takes. */
export const KIND_FIELDS = {
  kpi_result: ['kpi_value', 'kpi_unit', 'kpi_method', 'kpi_met'],
  regulatory: ['regulation', 'device_class', 'notified_body'],
  follow_on_funding: ['funding_programme', 'funding_amount_minor', 'funding_currency'],
} as const;

export const MilestoneInputSchema = z
  .object({ kind: z.enum(MILESTONE_KINDS), ...milestoneFields })
  .partial()
  .required({ kind: true })
  .strict()
  .openapi('MilestoneInput');
export type MilestoneInput = z.output<typeof MilestoneInputSchema>;

export const MilestonePatchSchema = z
  .object({ ...milestoneFields, version: z.number().int().min(1) })
  .partial()
  .strict()
  .openapi('MilestonePatch');
export type MilestonePatch = z.output<typeof MilestonePatchSchema>;

export const CooperationPatchSchema = z
  .object({
    status: z.enum(COOPERATION_STATUSES).openapi({ description: 'active, completed or ended.' }),
    public_clinic: z.boolean().openapi({ description: "The clinic side's consent to publish (the clinic side only)." }),
    public_solver: z.boolean().openapi({ description: "The solution team's consent to publish (the team only)." }),
    version: z.number().int().min(1),
  })
  .partial()
  .strict()
  .openapi('CooperationPatch');
export type CooperationPatch = z.output<typeof CooperationPatchSchema>;

/** A milestone is a statement of the side that recorded it, which alone decides whether it is public. */
export const MILESTONE_RECORDERS = ['clinic', 'solver', 'moderator'] as const;
export type MilestoneRecorder = (typeof MILESTONE_RECORDERS)[number];

export const MilestoneSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MILESTONE_KINDS),
    ...milestoneFields,
    recorded_by: z.enum(MILESTONE_RECORDERS).openapi({
      description:
        "Who recorded it: the clinic side, the solution's team or a moderator. Only that side sets `public`; the other side's edits to a met KPI's measurement withdraw the verdict.",
    }),
    version: z.number().int(),
    updated_at: z.string(),
  })
  .openapi('Milestone');
export type Milestone = z.output<typeof MilestoneSchema>;

const CooperationBase = z.object({
  id: z.string(),
  status: z.enum(COOPERATION_STATUSES),
  public: z
    .boolean()
    .openapi({ description: 'Both sides agreed to publish: anyone may read it and its public milestones.' }),
  public_clinic: z.boolean(),
  public_solver: z.boolean(),
  version: z.number().int(),
  started_at: z.string(),
  cluster: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  challenge: z.object({ id: z.string(), title: z.string() }),
  solution: z.object({ id: z.string(), title: z.string() }),
  clinic_organization: z.string().nullable(),
  solver_organization: z.string().nullable(),
});

export const CooperationListItemSchema = CooperationBase.openapi('CooperationListItem');
export type CooperationListItem = z.output<typeof CooperationListItemSchema>;

export const CooperationSchema = CooperationBase.extend({
  your_side: z
    .enum(['clinic', 'solver'])
    .nullable()
    .openapi({ description: 'Which side the reader is on; null for moderators and the public.' }),
  milestones: z
    .array(MilestoneSchema)
    .openapi({ description: 'All of them for both sides and moderators; the public ones for others.' }),
}).openapi('Cooperation');
export type Cooperation = z.output<typeof CooperationSchema>;

export const CooperationPageSchema = pageOf(CooperationListItemSchema).openapi('CooperationPage');

export const CooperationListQuerySchema = PageQuerySchema.extend({
  cluster: z.string().max(100).optional().openapi({ description: "A cluster's slug." }),
  status: z.enum(COOPERATION_STATUSES).optional(),
});
export type CooperationListQuery = z.output<typeof CooperationListQuerySchema>;
