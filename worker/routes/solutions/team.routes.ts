import { createRoute, z } from '@hono/zod-openapi';
import { AcceptedSchema } from '../../domain/accounts/account.schema';
import { TeamInvitationInputSchema, TeamMemberPatchSchema, TeamSchema } from '../../domain/solutions/team.schema';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Teams'];
const MemberParams = IdParam.extend({ userId: idParam('userId') });

export const getTeam = createRoute({
  operationId: 'getTeam',
  method: 'get',
  path: '/api/v1/solutions/{id}/team',
  tags,
  summary:
    "A solution's team (whoever may read the solution); invitations for the submitter, recusals for owner and moderators",
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(TeamSchema, 'The team.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const inviteMember = createRoute({
  operationId: 'inviteTeamMember',
  method: 'post',
  path: '/api/v1/solutions/{id}/team/invitations',
  tags,
  summary: 'Invite a co-applicant by email with their role (the submitter, while the solution may be changed)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(TeamInvitationInputSchema) },
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'The invitation is on its way (inviting again resends it).'),
    ...WRITE_PROBLEMS,
    ...problemResponses('duplicate', 'deadline_passed', 'rate_limited'),
  },
});

export const removeMember = createRoute({
  operationId: 'removeTeamMember',
  method: 'delete',
  path: '/api/v1/solutions/{id}/team/{userId}',
  tags,
  summary: 'Take a member off the team (the submitter), or leave it (a member); access ends at once',
  security: SIGNED_IN,
  request: { params: MemberParams },
  responses: { [NO_CONTENT]: { description: 'Off the team.' }, ...WRITE_PROBLEMS },
});

export const patchMember = createRoute({
  operationId: 'patchTeamMember',
  method: 'patch',
  path: '/api/v1/solutions/{id}/team/{userId}',
  tags,
  summary: "Hand the submitter's role to this member (the submitter; they stay on the team)",
  security: SIGNED_IN,
  request: { params: MemberParams, body: jsonBody(TeamMemberPatchSchema) },
  responses: {
    [OK]: jsonContent(z.object({ submitter_id: z.string() }), 'The new submitter.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});
