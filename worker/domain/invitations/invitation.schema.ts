import { z } from '@hono/zod-openapi';
import { INVITATION_KINDS } from '../../db/enums';
import { EmailSchema } from '../accounts/account.schema';

export const InvitationInputSchema = z
  .object({
    email: EmailSchema,
    language: z
      .enum(['en', 'de', 'it', 'ro'])
      .optional()
      .openapi({ description: 'Language of the email if no account uses the address yet; yours otherwise.' }),
  })
  .strict()
  .openapi('InvitationInput');

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    sent_count: z.number().int(),
    last_sent_at: z.string(),
    expires_at: z.string(),
    accepted_at: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('Invitation');

export const AcceptedInvitationSchema = z
  .object({
    seat: z.enum(INVITATION_KINDS),
    challenge_id: z.string().nullable(),
    cluster_id: z.string().nullable(),
    /** A team invitation: the solution joined (absent for other seats). */
    solution_id: z.string().optional(),
  })
  .openapi('AcceptedInvitation');
