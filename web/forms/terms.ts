import { z } from 'zod';
import { ChallengeTermsInputSchema, TermsTemplateInputSchema } from '../../worker/domain/terms/terms.schema';
import { checkbox, number, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** A team member accepts the version in force: the checkbox must be ticked. */
export const acceptTermsForm = defineForm({
  schema: z.object({ version: z.number().int().min(1), accept: z.literal(true) }),
  decode: (values) => ({ version: number(values.version), accept: checkbox(values.accept) }),
  labels: ({ t }) => ({ version: t('terms.accept.version'), accept: t('terms.accept.checkbox_plain') }),
  messages: ({ t }) => ({ accept: t('terms.accept.required') }),
});

/** A moderator writes a template, or the next version of one. */
export const templateForm = defineForm({
  schema: TermsTemplateInputSchema,
  decode: (values) => ({
    key: values.key?.trim() ?? '',
    language: values.language || undefined,
    title: values.title?.trim() ?? '',
    body_md: values.body_md?.trim() ?? '',
    confidentiality: values.confidentiality || undefined,
    ip_option: values.ip_option || undefined,
    clinic_use: values.clinic_use?.trim() ?? '',
    data_access: text(values.data_access) ?? null,
  }),
  labels: ({ t }) => ({
    key: t('terms.templates.key'),
    language: t('terms.templates.language'),
    title: t('terms.templates.name'),
    body_md: t('terms.templates.body'),
    confidentiality: t('terms.templates.confidentiality'),
    ip_option: t('terms.templates.ip_option'),
    clinic_use: t('terms.templates.clinic_use'),
    data_access: t('terms.templates.data_access'),
  }),
  // The key's pattern, said in the page's language (the schema says it in English for the API).
  messages: ({ t }) => ({ key: t('terms.templates.key_invalid') }),
});

/** The owner (or a moderator) chooses a challenge's terms from a template of its cluster. */
export const chooseTermsForm = defineForm({
  schema: ChallengeTermsInputSchema,
  decode: (values) => ({
    template_key: values.template_key ?? '',
    // Unticked: as the template says; ticked: the challenge declares submissions not confidential.
    submissions_confidential: checkbox(values.not_confidential) ? false : undefined,
  }),
  labels: ({ t }) => ({
    template_key: t('terms.choose.template'),
    submissions_confidential: t('terms.choose.not_confidential'),
  }),
});
