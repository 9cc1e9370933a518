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

describe('page forms: bad input is answered on the page, next to the field, and nothing is written', () => {
  it('a solution with a too-short summary', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(`/challenges/${challenge}/solutions/new`, world.users.solver.cookie, {
      title: 'A real title for a solution',
      summary: 'Too short.',
      approach: 'A long enough approach to the clinical need.',
      trl: '5',
      ip_status: 'none',
      intent: 'submit',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="summary-error"');
    expect(html).toContain('A real title for a solution');
    await expect(count('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?', challenge)).resolves.toBe(0);
  });

  it('a valid solution is submitted and the submitter lands on it', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(`/challenges/${challenge}/solutions/new`, world.users.solver.cookie, {
      title: 'Same-day MRD report',
      summary: 'A tumour-informed assay that reports minimal residual disease within a day.',
      approach: 'Targeted sequencing in the hospital lab with an automated report to the EHR.',
      trl: '6',
      ip_status: 'patent_filed',
      links: 'https://example.org/paper\nhttps://example.org/demo',
      summary_public: 'on',
      intent: 'submit',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/solutions\/[\w-]+\?done=submitted$/);
    const row = await env.DB.prepare('SELECT status, links, summary_public FROM solutions WHERE challenge_id = ?')
      .bind(challenge)
      .first<{ status: string; links: string; summary_public: number }>();
    expect(row).toEqual({
      status: 'submitted',
      links: JSON.stringify(['https://example.org/paper', 'https://example.org/demo']),
      summary_public: 1,
    });
  });
});
