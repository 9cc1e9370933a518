import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type World } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { CASES } from './cases';
import { fixtureSharing } from './fixture-sharing';

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
    const sharing = fixtureSharing(testCase, ROLES, (role) => testCase.expect[role]);
    // A case whose request depends on the role (it takes `role`: a session or key of one's own) builds it per role.
    const perRole = testCase.request.length > 1;
    for (const role of sharing.order) {
      const name = `${testCase.route}${testCase.variant ? ` (${testCase.variant})` : ''}`;
      it(`${name} as ${role} → ${testCase.expect[role]}`, async () => {
        const build = () => testCase.request(world, role);
        const request = await (perRole ? build() : sharing.request(role, build));
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
