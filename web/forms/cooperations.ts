import { z } from 'zod';
import {
  CooperationPatchSchema,
  MilestoneInputSchema,
  MilestonePatchSchema,
} from '../../worker/domain/cooperations/cooperation.schema';
import type { Translator } from '../i18n';
import { checkbox, number, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';

/** An amount typed in major units ("250000.00") as minor units (cents); anything else is left for the schema. */
export const minorUnits = (value: string | undefined) => {
  const amount = number(value?.replace(',', '.'));
  return amount === undefined ? undefined : Number.isFinite(amount) ? Math.round(amount * 100) : amount;
};

/** A select of "not said", yes and no. */
const verdict = (value: string | undefined) => (value === 'yes' ? true : value === 'no' ? false : null);

const milestoneLabels = ({ t }: Translator) => ({
  kind: t('coop.field.kind'),
  status: t('coop.field.status'),
  planned_on: t('coop.field.planned_on'),
  achieved_on: t('coop.field.achieved_on'),
  public: t('coop.field.public'),
  kpi_value: t('coop.field.kpi_value'),
  kpi_unit: t('coop.field.kpi_unit'),
  kpi_method: t('coop.field.kpi_method'),
  kpi_met: t('coop.field.kpi_met'),
  regulation: t('coop.field.regulation'),
  device_class: t('coop.field.device_class'),
  notified_body: t('coop.field.notified_body'),
  funding_programme: t('coop.field.funding_programme'),
  funding_amount_minor: t('coop.field.funding_amount'),
  funding_currency: t('coop.field.funding_currency'),
  note: t('coop.field.note'),
});

/** Figures of one kind; a field the page did not show is left out (not cleared). */
const figures = (values: FormValues) => {
  const shown = (name: string) => name in values;
  return {
    ...(shown('kpi_value') ? { kpi_value: number(values.kpi_value) ?? null } : {}),
    ...(shown('kpi_unit') ? { kpi_unit: text(values.kpi_unit) ?? null } : {}),
    ...(shown('kpi_method') ? { kpi_method: text(values.kpi_method) ?? null } : {}),
    ...(shown('kpi_met') ? { kpi_met: verdict(values.kpi_met) } : {}),
    ...(shown('regulation') ? { regulation: text(values.regulation) ?? null } : {}),
    ...(shown('device_class') ? { device_class: text(values.device_class) ?? null } : {}),
    ...(shown('notified_body') ? { notified_body: text(values.notified_body) ?? null } : {}),
    ...(shown('funding_programme') ? { funding_programme: text(values.funding_programme) ?? null } : {}),
    ...(shown('funding_amount_minor') ? { funding_amount_minor: minorUnits(values.funding_amount_minor) ?? null } : {}),
    ...(shown('funding_currency') ? { funding_currency: text(values.funding_currency)?.toUpperCase() ?? null } : {}),
  };
};

/** Either side (or a moderator) records a milestone; empty figure fields are not given. */
export const addMilestoneForm = defineForm({
  schema: MilestoneInputSchema,
  decode: (values) =>
    Object.fromEntries(
      Object.entries({
        kind: values.kind || undefined,
        status: values.status || undefined,
        planned_on: text(values.planned_on),
        achieved_on: text(values.achieved_on),
        public: checkbox(values.public),
        note: text(values.note),
        ...figures(values),
      }).filter(([, v]) => v !== undefined && v !== null),
    ),
  labels: milestoneLabels,
});

/** A milestone changed at the version read; an emptied date or note is cleared. */
export const editMilestoneForm = defineForm({
  schema: MilestonePatchSchema.required({ version: true }),
  decode: (values) => ({
    status: values.status || undefined,
    planned_on: text(values.planned_on) ?? null,
    achieved_on: text(values.achieved_on) ?? null,
    public: checkbox(values.public),
    note: values.note?.trim() ?? '',
    ...figures(values),
    version: number(values.version),
  }),
  labels: milestoneLabels,
});

export const cooperationStatusForm = defineForm({
  schema: CooperationPatchSchema.pick({ status: true, version: true }).required(),
  decode: (values) => ({ status: values.status || undefined, version: number(values.version) }),
  labels: ({ t }) => ({ status: t('coop.status') }),
});

/** One side's consent; which side is the signed-in person's (the page offers only theirs). */
export const publishForm = defineForm({
  schema: z.object({ public: z.boolean(), version: z.number().int().min(1) }),
  decode: (values) => ({ public: checkbox(values.public), version: number(values.version) }),
  labels: ({ t }) => ({ public: t('coop.publish.title') }),
});
