import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type World } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { accountCases } from './accounts';
import { attachmentCases } from './attachments';
import { callCases } from './calls';
import { challengeCases } from './challenges';
import { clusterCases } from './clusters';
import { conversationCases } from './conversations';
import { cooperationCases } from './cooperations';
import { eventCases } from './events';
import { impactCases } from './impact';
import { invitationCases } from './invitations';
import { matchCases } from './matches';
import { notificationCases } from './notifications';
import { openDataCases } from './open-data';
import { affiliationCases, organizationCases } from './organizations';
import { peopleCases } from './people';
import { solutionCases } from './solutions';
import { stageCases } from './stages';
import { teamCases } from './teams';
import { termsCases } from './terms';
import type { MatrixCase } from './types';

/** Every route × every role, with the exact status. Later areas add their cases here. */
const CASES: MatrixCase[] = [
  ...accountCases,
  ...clusterCases,
  ...challengeCases,
  ...solutionCases,
  ...teamCases,
  ...termsCases,
  ...callCases,
  ...invitationCases,
  ...notificationCases,
  ...attachmentCases,
  ...impactCases,
  ...openDataCases,
  ...peopleCases,
  ...stageCases,
  ...cooperationCases,
  ...organizationCases,
  ...matchCases,
  ...affiliationCases,
  ...eventCases,
  ...conversationCases,
];

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('policy matrix', () => {
  it('covers every route of the OpenAPI document', async () => {
    const doc = (await api('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...new Set(CASES.map((c) => c.route))].sort()).toEqual(documented.sort());
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const name = `${testCase.route}${testCase.variant ? ` (${testCase.variant})` : ''}`;
      it(`${name} as ${role} → ${testCase.expect[role]}`, async () => {
        const request = await testCase.request(world, role);
        const res = await api(request.path, {
          method: request.method ?? 'GET',
          body: request.body,
          token: request.token ?? world.token(role),
          headers: request.headers,
        });
        expect(res.status, JSON.stringify(res.body)).toBe(testCase.expect[role]);
      });
    }
  }
});
