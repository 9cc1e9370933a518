import { z } from '@hono/zod-openapi';
import { TEAM_ROLES } from '../../db/enums';
import { InvitationInputSchema, InvitationSchema } from '../invitations/invitation.schema';

export const TeamRoleSchema = z.enum(TEAM_ROLES).openapi({ description: "The member's role on the team." });

/** Inviting a co-applicant: their address and the role offered. */
export const TeamInvitationInputSchema = InvitationInputSchema.extend({ role: TeamRoleSchema })
  .strict()
  .openapi('TeamInvitationInput');

/** Handing the submitter's role to a member: the only change of a member there is. */
export const TeamMemberPatchSchema = z
  .object({
    submitter: z.literal(true).openapi({ description: 'Make this member the submitter; you stay on the team.' }),
  })
  .strict()
  .openapi('TeamMemberPatch');

export const TeamMemberSchema = z
  .object({
    user_id: z.string(),
    name: z.string(),
    role: TeamRoleSchema,
    organization: z.string().openapi({ description: 'As given when they joined; empty when none.' }),
    submitter: z.boolean(),
    added_at: z.string(),
  })
  .openapi('TeamMember');

export const RecusalSchema = z
  .object({
    solution_id: z.string(),
    solution_title: z.string(),
    juror_id: z.string(),
    juror_name: z.string(),
    organization: z.string(),
    member: z.string(),
    reason: z.string(),
    recused_at: z.string(),
  })
  .openapi('Recusal');

export const TeamSchema = z
  .object({
    solution_id: z.string(),
    submitter_id: z.string(),
    members: z.array(TeamMemberSchema),
    invitations: z
      .array(InvitationSchema.extend({ role: TeamRoleSchema.nullable() }))
      .nullable()
      .openapi({ description: 'For the submitter: the invitations to the team. Null for everyone else.' }),
    recusals: z.array(RecusalSchema).nullable().openapi({
      description:
        "For the challenge's owner and moderators: jurors recused automatically because their organization is a team member's. Null for everyone else.",
    }),
  })
  .openapi('Team');
