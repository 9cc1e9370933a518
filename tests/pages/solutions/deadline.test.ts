import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the solution form after the deadline, before the cron has closed the challenge', () => {
  it('refuses the solution on the page, saying the deadline has passed (also in German), and writes nothing', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    await env.DB.prepare('UPDATE challenges SET deadline = ? WHERE id = ?')
      .bind(new Date(Date.now() - 60_000).toISOString(), challenge)
      .run();
    const fields = {
      title: 'Same-day MRD report',
      summary: 'A tumour-informed assay that reports minimal residual disease within a day.',
      approach: 'Targeted sequencing in the hospital lab with an automated report to the EHR.',
      trl: '6',
      ip_status: 'patent_filed',
      intent: 'submit',
    };
    const res = await postForm(`/challenges/${challenge}/solutions/new`, world.users.solver.cookie, fields);
    const html = await res.text();
    // The form again, with what was typed and why not (the page pipeline answers a refused form with 400).
    expect(res.status).toBe(400);
    expect(html).toContain('Submissions to this challenge closed at');
    expect(html).toContain('Same-day MRD report');
    const de = await postForm(`/challenges/${challenge}/solutions/new?lang=de`, world.users.solver.cookie, fields);
    expect(de.status).toBe(400);
    expect(await de.text()).toContain('Die Frist für Lösungen ist abgelaufen.');
    await expect(count('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?', challenge)).resolves.toBe(0);
  });
});
