import { createRoute, z } from '@hono/zod-openapi';
import { AcceptedSchema, TokenInputSchema } from '../../domain/accounts/account.schema';
import {
  AcceptedInvitationSchema,
  InvitationInputSchema,
  InvitationListQuerySchema,
  InvitationSchema,
  JuryInvitationInputSchema,
} from '../../domain/invitations/invitation.schema';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN, SlugParam } from '../../http/openapi';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Invitations'];
const list = z.object({ data: z.array(InvitationSchema) });

export const inviteJuror = createRoute({
  operationId: 'inviteJuror',
  method: 'post',
  path: '/api/v1/challenges/{id}/invitations',
  tags,
  summary:
    "Invite someone to the jury of a stage by email (owner, moderators): the current stage's unless `stage` names a later one; the same answer for any address",
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(JuryInvitationInputSchema) },
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'The invitation is on its way (inviting again resends it).'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_state', 'rate_limited'),
  },
});

export const listJuryInvitations = createRoute({
  operationId: 'listJuryInvitations',
  method: 'get',
  path: '/api/v1/challenges/{id}/invitations',
  tags,
  summary:
    "The jury's invitations: pending, accepted, revoked, expired, each with its stage; one stage's with ?stage= (owner, moderators)",
  security: SIGNED_IN,
  request: { params: IdParam, query: InvitationListQuerySchema },
  responses: {
    [OK]: jsonContent(list, 'Newest first.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const inviteModerator = createRoute({
  operationId: 'inviteModerator',
  method: 'post',
  path: '/api/v1/clusters/{slug}/invitations',
  tags,
  summary: 'Invite someone to moderate a cluster by email (admins): the same answer for any address',
  security: SIGNED_IN,
  request: { params: SlugParam, body: jsonBody(InvitationInputSchema) },
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'The invitation is on its way.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'rate_limited'),
  },
});

export const listModeratorInvitations = createRoute({
  operationId: 'listModeratorInvitations',
  method: 'get',
  path: '/api/v1/clusters/{slug}/invitations',
  tags,
  summary: "A cluster's moderator invitations (admins)",
  security: SIGNED_IN,
  request: { params: SlugParam },
  responses: {
    [OK]: jsonContent(list, 'Newest first.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const revokeInvitation = createRoute({
  operationId: 'revokeInvitation',
  method: 'delete',
  path: '/api/v1/invitations/{id}',
  tags,
  summary: 'Revoke a pending invitation: its link stops working (those who manage the seat)',
  security: SIGNED_IN,
  request: { params: z.object({ id: idParam('id') }) },
  responses: {
    [NO_CONTENT]: { description: 'Revoked.' },
    ...problemResponses('unauthorized', 'not_found', 'invalid_state'),
  },
});

export const acceptInvitation = createRoute({
  operationId: 'acceptInvitation',
  method: 'post',
  path: '/api/v1/invitations/accept',
  tags,
  summary: 'Accept an invitation with its link’s token, signed in to the confirmed account of the invited address',
  security: SIGNED_IN,
  request: { body: jsonBody(TokenInputSchema) },
  responses: {
    [OK]: jsonContent(AcceptedInvitationSchema, 'You hold the seat now.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'invalid_state', 'duplicate', 'rate_limited'),
  },
});
