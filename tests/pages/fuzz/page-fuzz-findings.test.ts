import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type World } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { freshReport } from '../../helpers/fixtures';
import { BASE } from '../../helpers/http';

// What the page-form fuzzing suite found, pinned as plain regression tests.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('page fuzz findings', () => {
  // The report's loader read whether the moderator competes with a subquery that joined `solutions`
  // to itself without aliases: "ambiguous column name", a 500 for every signed-in role, on any body.
  it('a report form answers every role with a page, never a 500; its moderator dismisses it', async () => {
    const report = await freshReport(world);
    for (const role of ROLES) {
      const res = await SELF.fetch(`${BASE}/moderation/reports/${report}?lang=de`, {
        method: 'POST',
        headers: {
          accept: 'text/html',
          origin: BASE,
          'content-type': 'application/x-www-form-urlencoded',
          ...(role === 'anonymous' ? {} : { cookie: world.users[role].cookie }),
        },
        body: '%ZZ=1',
        redirect: 'manual',
      });
      expect(res.status, role).toBeLessThan(500);
      if (res.status < 300 || res.status >= 400) expect(res.headers.get('content-type'), role).toContain('text/html');
    }
    await expect(count("SELECT count(*) AS n FROM reports WHERE id = ? AND status = 'open'", report)).resolves.toBe(1);

    const dismissed = await SELF.fetch(`${BASE}/moderation/reports/${report}`, {
      method: 'POST',
      headers: {
        accept: 'text/html',
        origin: BASE,
        'content-type': 'application/x-www-form-urlencoded',
        cookie: world.users.moderator.cookie,
      },
      body: 'action=dismiss',
      redirect: 'manual',
    });
    expect(dismissed.status).toBe(303);
    await expect(
      count("SELECT count(*) AS n FROM reports WHERE id = ? AND status = 'dismissed'", report),
    ).resolves.toBe(1);
  });
});
