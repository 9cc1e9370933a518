import { beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../web/routes/index';
import { createWorld, ROLES, type World } from '../helpers/actors';
import { page, routeTemplate } from '../helpers/pages';

import { accountCases } from './matrix/accounts';
import { callCases } from './matrix/calls';
import { conversationCases } from './matrix/conversations';
import { cooperationCases } from './matrix/cooperations';
import { coreCases } from './matrix/core';
import { dashboardCases } from './matrix/dashboard';
import { devCases } from './matrix/dev';
import { discoveryCases } from './matrix/discovery';
import { evaluationCases } from './matrix/evaluation';
import { eventCases } from './matrix/events';
import { impactCases } from './matrix/impact';
import { legalCases } from './matrix/legal';
import { matchCases } from './matrix/matches';
import { notificationCases } from './matrix/notifications';
import { openDataCases } from './matrix/open-data';
import { affiliationPageCases, organizationCases } from './matrix/organizations';
import { peopleCases } from './matrix/people';
import { stageCases } from './matrix/stages';
import type { PageCase } from './matrix/types';

/**
 * The signed-in pages × every role, with the exact status: anonymous visitors are sent to sign
 * in (303), the policy's 403 and 404 come through as HTML error pages. The pages ask the same
 * policy module as the API; this checks they ask it for the right thing.
 */
const CASES: PageCase[] = [
  ...coreCases,
  ...accountCases,
  ...notificationCases,
  ...dashboardCases,
  ...devCases,
  ...legalCases,
  ...evaluationCases,
  ...impactCases,
  ...openDataCases,
  ...peopleCases,
  ...callCases,
  ...cooperationCases,
  ...stageCases,
  ...organizationCases,
  ...matchCases,
  ...affiliationPageCases,
  ...eventCases,
  ...conversationCases,
  ...discoveryCases,
];

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('page matrix', () => {
  it('covers every page a browser can open (every GET route of the page app)', () => {
    const registered = new Set(pages.routes.filter((r) => r.method === 'GET').map((r) => routeTemplate(r.path)));
    expect([...new Set(CASES.map((c) => c.page))].sort()).toEqual([...registered].sort());
  });

  for (const testCase of CASES) {
    // Opening a page changes nothing, so the roles of a case share its fixture, made once (as the
    // API matrices share theirs: tests/api/matrix/fixture-sharing.ts).
    let path: Promise<string> | undefined;
    for (const role of ROLES) {
      const name = `${testCase.page}${testCase.variant ? ` (${testCase.variant})` : ''}`;
      it(`GET ${name} as ${role} → ${testCase.expect[role]}`, async () => {
        const cookie = role === 'anonymous' ? undefined : world.users[role].cookie;
        path ??= testCase.path(world);
        const res = await page(await path, cookie, { redirect: 'manual' });
        expect(res.status).toBe(testCase.expect[role]);
        if (res.status === 303) expect(res.headers.get('location')).toMatch(/^\/signin\?next=/);
        else if (res.status !== 302)
          expect(res.headers.get('content-type')).toContain(testCase.contentType ?? 'text/html');
      });
    }
  }
});
