import { ResolutionInputSchema } from '../../worker/domain/moderation/report.schema';
import { text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** Dismiss a report, or hide what it is about. */
export const resolveForm = defineForm({
  schema: ResolutionInputSchema,
  decode: (values) => ({ action: values.action, note: text(values.note) }),
  labels: ({ t }) => ({ action: t('moderation.reports') }),
});
