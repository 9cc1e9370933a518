import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api } from '../../helpers/http';
import { page } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('server-rendered pages', () => {
  it('render a challenge with its organization, owner, criteria, tags and Q&A (the batched detail read)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: 'A challenge rendered as a page',
    });
    await api(`/api/v1/challenges/${id}/questions`, {
      token: solver.token,
      body: { body: 'Which sequencer do you use today?' },
    });
    const res = await page(`/challenges/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('A challenge rendered as a page');
    expect(html).toContain('Which sequencer do you use today?');
    expect(html).toContain('Clinical impact');
    expect(html).toContain('companion-diagnostics');
  });

  it('answer an invisible challenge with the HTML 404 page', async () => {
    const res = await page('/challenges/no-such-challenge');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('escape user text on output', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: 'Script <script>alert(1)</script> in a title',
    });
    const html = await (await page(`/challenges/${id}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
