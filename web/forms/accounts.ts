import { LoginInputSchema, RegisterInputSchema } from '../../worker/domain/accounts/account.schema';
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
  const hasOrg = org.name !== '' || org.kind !== '' || org.country !== '';
  return {
    name: values.name,
    email: values.email,
    password: values.password,
    kind: values.kind,
    ...(hasOrg ? { organization: org } : {}),
  };
}

export const registerForm = defineForm({
  schema: RegisterInputSchema,
  decode: registerInput,
  labels: (tr) => ({
    ...accountLabels(tr),
    name: tr.t('account.name'),
    kind: tr.t('register.kind'),
    'organization.name': tr.t('register.org_name'),
    'organization.kind': tr.t('register.org_kind'),
    'organization.country': tr.t('register.org_country'),
  }),
});
