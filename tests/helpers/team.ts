import type { TestUser } from './actors';
import { invitationToken } from './evaluation';
import { api } from './http';

/** The raw calls of a solution's team, for tests that check how they are answered. */
export const getTeam = (user: TestUser | undefined, solutionId: string) =>
  api(`/api/v1/solutions/${solutionId}/team`, { token: user?.token });
export const inviteMember = (user: TestUser | undefined, solutionId: string, email: string, role = 'technical_lead') =>
  api(`/api/v1/solutions/${solutionId}/team/invitations`, { token: user?.token, body: { email, role } });
export const removeMember = (user: TestUser | undefined, solutionId: string, userId: string) =>
  api(`/api/v1/solutions/${solutionId}/team/${userId}`, { method: 'DELETE', token: user?.token });
export const handOver = (user: TestUser | undefined, solutionId: string, userId: string) =>
  api(`/api/v1/solutions/${solutionId}/team/${userId}`, {
    method: 'PATCH',
    token: user?.token,
    body: { submitter: true },
  });

/**
 * Puts `member` on the team the way people do it: the submitter invites their address with a role,
 * and they accept with the link's token (signed here as the email would).
 */
export async function joinTeam(submitter: TestUser, solutionId: string, member: TestUser, role = 'technical_lead') {
  const invited = await inviteMember(submitter, solutionId, member.email, role);
  if (invited.status !== 202) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = await invitationToken(solutionId, member.email);
  const accepted = await api('/api/v1/invitations/accept', { token: member.token, body: { token } });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return accepted.body;
}
