import { adminOnly, registerUser, signedIn } from '../../helpers/actors';
import { sharedOpen } from '../../helpers/fixtures';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

/** The owner and the cluster's moderators (and admins) manage the jury; other signed-in users may not. */
const juryManagers = (status: number) => ({ ...signedIn(403), clinician: status, moderator: status, admin: status });

export const invitationCases: MatrixCase[] = [
  {
    route: 'POST /api/v1/challenges/{id}/invitations',
    request: async (world) => ({
      path: `/api/v1/challenges/${await sharedOpen(world)}/invitations`,
      method: 'POST',
      body: { email: `juror-${unique()}@test.example` },
    }),
    expect: juryManagers(202),
  },
  {
    route: 'GET /api/v1/challenges/{id}/invitations',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/invitations` }),
    expect: juryManagers(200),
  },
  {
    route: 'POST /api/v1/clusters/{slug}/invitations',
    request: (world) => ({
      path: `/api/v1/clusters/${world.cluster.slug}/invitations`,
      method: 'POST',
      body: { email: `moderator-${unique()}@test.example` },
    }),
    expect: adminOnly(202),
  },
  {
    route: 'GET /api/v1/clusters/{slug}/invitations',
    request: (world) => ({ path: `/api/v1/clusters/${world.cluster.slug}/invitations` }),
    expect: adminOnly(200),
  },
  {
    route: 'DELETE /api/v1/invitations/{id}',
    // A fresh invitation per call, sent by the owner.
    request: async (world) => {
      const challenge = await sharedOpen(world);
      const email = `revoke-${unique()}@test.example`;
      await api(`/api/v1/challenges/${challenge}/invitations`, { token: world.users.clinician.token, body: { email } });
      const list = await api(`/api/v1/challenges/${challenge}/invitations`, { token: world.users.clinician.token });
      const invitation = (list.body.data as { id: string; email: string }[]).find((i) => i.email === email);
      return { path: `/api/v1/invitations/${invitation?.id}`, method: 'DELETE' };
    },
    expect: juryManagers(204),
  },
  {
    route: 'POST /api/v1/invitations/accept',
    request: () => ({ path: '/api/v1/invitations/accept', method: 'POST', body: { token: 'not-a-link-token' } }),
    // Signed-in confirmed accounts get as far as the token, which is no invitation link.
    expect: signedIn(400),
  },
  {
    route: 'POST /api/v1/invitations/accept',
    variant: 'unconfirmed account',
    request: async (_world, role) => {
      if (role === 'anonymous')
        return { path: '/api/v1/invitations/accept', method: 'POST', body: { token: 'x'.repeat(20) } };
      const fresh = await registerUser('clinician', {}, { confirmed: false });
      return {
        path: '/api/v1/invitations/accept',
        method: 'POST',
        body: { token: 'x'.repeat(20) },
        token: fresh.token,
      };
    },
    expect: signedIn(403),
  },
];
