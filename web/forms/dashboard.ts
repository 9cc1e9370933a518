import { z } from 'zod';
import type { EMAIL_STATUSES } from '../../worker/db/enums';
import { EmailSchema } from '../../worker/domain/accounts/account.schema';
import { defineForm } from '../pipeline/forms';

/** A button and nothing else: send the confirmation link again, accept an invitation, revoke one. */
export const buttonForm = defineForm({ schema: z.object({}), decode: () => ({}), labels: () => ({}) });

/** Invite a moderator of a cluster by email (the same answer whether or not an account uses the address). */
export const moderatorInviteForm = defineForm({
  schema: z.object({ email: EmailSchema }),
  decode: (values) => ({ email: values.email }),
  labels: ({ t }) => ({ email: t('dashboard.moderators.email') }),
});

/** The delivery states an admin filters the outbox by; failed first, what needs looking into. */
export const EMAIL_STATES = [
  'failed',
  'pending',
  'sending',
  'sent',
] as const satisfies readonly (typeof EMAIL_STATUSES)[number][];
export type EmailState = (typeof EMAIL_STATES)[number];

/** The outbox filter (a GET form): a state, failed when none is given. */
export const emailFilter = z.object({
  status: z.enum(EMAIL_STATES).default('failed'),
  cursor: z.string().max(500).optional(),
});
