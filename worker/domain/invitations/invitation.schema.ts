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

/** A jury invitation (issue 15): to the jury of one stage, the current one unless `stage` names a later one. */
export const JuryInvitationInputSchema = InvitationInputSchema.extend({
  stage: z.number().int().min(1).max(5).optional().openapi({
    description:
      'The stage whose jury the seat is on (1–5): the current one by default, or a later one the challenge has. A stage already advanced is closed (409).',
  }),
})
  .strict()
  .openapi('JuryInvitationInput');

/** `?stage=N` on a jury's invitations: those to that stage's jury only. */
export const InvitationListQuerySchema = z.object({
  stage: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .openapi({ description: "Only the invitations to this stage's jury (1–5); without it, every stage's." }),
});

export const InvitationSchema = z
  .object({
    id: z.string(),
    stage: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'A jury invitation: the stage whose jury the seat is on (issue 15).' }),
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
