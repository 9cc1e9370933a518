import { AccountDeletionSchema } from '../../worker/domain/accounts/deletion.schema';
import { defineForm } from '../pipeline/forms';

/** Deleting one's account: the password again (the API's body). */
export const deleteAccountForm = defineForm({
  schema: AccountDeletionSchema,
  decode: (values) => ({ password: values.password }),
  labels: ({ t }) => ({ password: t('deletion.password') }),
});
