import { z } from 'zod';
import { TEAM_ROLES } from '../../worker/db/enums';
import { EmailSchema } from '../../worker/domain/accounts/account.schema';
import { defineForm } from '../pipeline/forms';

/** Invite a co-applicant by email with their role (the same answer whether or not an account uses the address). */
export const teamInviteForm = defineForm({
  schema: z.object({ email: EmailSchema, role: z.enum(TEAM_ROLES) }),
  decode: (values) => ({ email: values.email, role: values.role || undefined }),
  labels: ({ t }) => ({ email: t('team.invite.email'), role: t('team.invite.role') }),
});
