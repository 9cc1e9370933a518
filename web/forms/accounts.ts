import {
  EmailChangeSchema,
  LoginInputSchema,
  PasswordChangeSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  RegisterInputSchema,
  TokenInputSchema,
} from '../../worker/domain/accounts/account.schema';
import type { Translator } from '../i18n';
import { defineForm, type FormValues } from '../pipeline/forms';

const accountLabels = ({ t }: Translator) => ({ email: t('account.email'), password: t('account.password') });

export const signInForm = defineForm({
  schema: LoginInputSchema,
  decode: (values) => ({ email: values.email, password: values.password }),
  labels: accountLabels,
});

/** The register form's flat fields as the API's nested input (an empty organization is none). */
function registerInput(values: FormValues) {
  const org = {
    name: values['organization.name']?.trim() ?? '',
    kind: values['organization.kind'] ?? '',
    country: values['organization.country'] ?? '',
  };
  // Self-declared company size (issue 15): calls may admit only some sizes. Not stated: left out.
  const size = values['organization.size'] || undefined;
  const hasOrg = org.name !== '' || org.kind !== '' || org.country !== '';
  return {
    name: values.name,
    email: values.email,
    password: values.password,
    kind: values.kind,
    // The page's language: their emails come in it.
    ...(values.language ? { language: values.language } : {}),
    ...(hasOrg ? { organization: { ...org, ...(size ? { size } : {}) } } : {}),
  };
}

export const registerForm = defineForm({
  schema: RegisterInputSchema,
  decode: registerInput,
  // In the order the page shows the fields: the summary of mistakes follows it.
  labels: (tr) => ({
    name: tr.t('account.name'),
    ...accountLabels(tr),
    kind: tr.t('register.kind'),
    'organization.name': tr.t('register.org_name'),
    'organization.kind': tr.t('register.org_kind'),
    'organization.country': tr.t('register.org_country'),
    'organization.size': tr.t('organizations.size'),
  }),
});

/** A link's token, carried from the emailed link into the page's form. */
export const tokenForm = defineForm({
  schema: TokenInputSchema,
  decode: (values) => ({ token: values.token }),
  labels: () => ({}),
});

export const forgotForm = defineForm({
  schema: PasswordResetRequestSchema,
  decode: (values) => ({ email: values.email }),
  labels: ({ t }) => ({ email: t('account.email') }),
});

export const resetForm = defineForm({
  schema: PasswordResetSchema,
  decode: (values) => ({ token: values.token, password: values.password }),
  labels: ({ t }) => ({ password: t('reset.password'), token: t('reset.title') }),
});

export const changePasswordForm = defineForm({
  schema: PasswordChangeSchema,
  decode: (values) => ({ current_password: values.current_password, password: values.password }),
  labels: ({ t }) => ({ current_password: t('settings.current_password'), password: t('settings.new_password') }),
});

export const changeEmailForm = defineForm({
  schema: EmailChangeSchema,
  decode: (values) => ({ email: values.email, current_password: values.current_password }),
  labels: ({ t }) => ({ email: t('settings.new_email'), current_password: t('settings.current_password') }),
});
