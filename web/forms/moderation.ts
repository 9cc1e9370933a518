import { PurgeInputSchema } from '../../worker/domain/moderation/audit-purge';
import { ResolutionInputSchema } from '../../worker/domain/moderation/report.schema';
import { lines, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** Dismiss a report, or hide what it is about. */
export const resolveForm = defineForm({
  schema: ResolutionInputSchema,
  decode: (values) => ({ action: values.action, note: text(values.note) }),
  labels: ({ t }) => ({ action: t('moderation.reports') }),
});

/** Remove text posted by mistake from an audit entry: the fields ticked and why (admins). */
export const purgeForm = defineForm({
  schema: PurgeInputSchema,
  decode: (values) => ({ reason: text(values.reason), fields: lines(values.fields) }),
  labels: ({ t }) => ({ fields: t('moderation.purge.fields'), reason: t('moderation.purge.reason') }),
  collapse: ['fields'],
  messages: ({ t }) => ({ fields: t('moderation.purge.fields_none') }),
});
