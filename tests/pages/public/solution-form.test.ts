import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { solutionBody } from '../../helpers/solutions';

// The solution form as Marco, a founder protecting his IP, fills it in (issue 12).

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const fields = (overrides: Record<string, string> = {}) => ({
  title: 'Same-day MRD report for colorectal cancer',
  summary: 'A tumour-informed assay that reports minimal residual disease within a day.',
  approach: 'Targeted sequencing in the hospital lab with an automated report to the EHR.',
  trl: '6',
  ip_status: 'patent_filed',
  intent: 'submit',
  ...overrides,
});

/** The message shown next to the links field. */
const linksError = (html: string) => /<p class="field-error" id="links-error">([^<]*)<\/p>/.exec(html)?.[1];

describe('a wrong link is named by its place in the list', () => {
  it('"Link 2 is not a web address (https://…)", next to the links field, in the page language', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const path = `/challenges/${challenge}/solutions/new`;
    const links = 'https://example.org/paper\nexample.org/demo\nhttps://example.org/data\nftp://example.org/x';

    const en = await postForm(path, world.users.solver.cookie, fields({ links }));
    expect(en.status).toBe(400);
    const html = await en.text();
    expect(linksError(html)).toBe('Link 2 is not a web address (https://…). Link 4 is not a web address (https://…).');
    // The summary at the top links to the field that holds the message; no "Invalid URL".
    expect(html).toContain('<a href="#links">Link 2 is not a web address (https://…).');
    expect(html).not.toContain('links.1');
    expect(html).not.toMatch(/Invalid URL/i);

    const de = await postForm(`${path}?lang=de`, world.users.solver.cookie, fields({ links }));
    expect(linksError(await de.text())).toBe(
      'Link 2 ist keine Webadresse (https://…). Link 4 ist keine Webadresse (https://…).',
    );
    const ro = await postForm(`${path}?lang=ro`, world.users.solver.cookie, fields({ links: 'nope' }));
    expect(linksError(await ro.text())).toBe('Linkul 1 nu este o adresă web (https://…).');
    await expect(count('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?', challenge)).resolves.toBe(0);
  });

  it('the API names the link by its path with a sentence', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await api(`/api/v1/challenges/${challenge}/solutions`, {
      token: world.users.solver.token,
      body: solutionBody({ links: ['https://example.org/ok', 'not a url'] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      path: 'links.1',
      message: 'Not a web address: each link is one address starting with https://.',
    });
  });
});

describe('"Name us if we win" is asked at submission, next to "Make the summary public"', () => {
  it('is explained in plain words on the form', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const html = await (await page(`/challenges/${challenge}/solutions/new`, world.users.solver.cookie)).text();
    const start = html.indexOf('<legend>What the public results may show</legend>');
    expect(start).toBeGreaterThan(0);
    const fieldset = html.slice(start, html.indexOf('</fieldset>', start));
    expect(fieldset).toContain('Make the summary public');
    expect(fieldset).toContain('name="name_if_winner"');
    expect(fieldset).toContain('Name us if we win');
    expect(fieldset).toContain(
      'If this solution wins, the public results show its title and your organization, even if the summary stays private.',
    );
  });

  it('is stored from the form, shown on the solution, and can be changed in an edit', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(
      `/challenges/${challenge}/solutions/new`,
      world.users.solver.cookie,
      fields({ name_if_winner: 'on' }),
    );
    expect(res.status).toBe(303);
    const id = (res.headers.get('location') ?? '').split('/')[2]?.split('?')[0] ?? '';
    const row = await env.DB.prepare('SELECT summary_public, name_if_winner FROM solutions WHERE id = ?')
      .bind(id)
      .first();
    expect(row).toEqual({ summary_public: 0, name_if_winner: 1 });
    const shown = await (await page(`/solutions/${id}`, world.users.solver.cookie)).text();
    expect(shown).toContain('<dt>Name us if we win</dt><dd>Yes</dd>');

    const edit = await (await page(`/solutions/${id}/edit`, world.users.solver.cookie)).text();
    expect(edit).toMatch(/id="name_if_winner" name="name_if_winner" type="checkbox" checked/);
    const saved = await postForm(`/solutions/${id}/edit`, world.users.solver.cookie, {
      ...fields(),
      version: '1',
    });
    expect(saved.status).toBe(303);
    const after = await env.DB.prepare('SELECT name_if_winner FROM solutions WHERE id = ?').bind(id).first();
    expect(after).toEqual({ name_if_winner: 0 });
  });

  it('is part of the API: created, read and patched; false unless asked for', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const created = await must(
      api(`/api/v1/challenges/${challenge}/solutions`, {
        token: world.users.solver.token,
        body: solutionBody({ summary_public: false, name_if_winner: true }),
      }),
      201,
    );
    expect(created.body).toMatchObject({ summary_public: false, name_if_winner: true });
    const plain = await must(
      api(`/api/v1/challenges/${challenge}/solutions`, {
        token: (await registerUser('solver')).token,
        body: solutionBody(),
      }),
      201,
    );
    expect(plain.body.name_if_winner).toBe(false);
    const patched = await must(
      api(`/api/v1/solutions/${created.body.id}`, {
        method: 'PATCH',
        token: world.users.solver.token,
        body: { version: created.body.version, name_if_winner: false },
      }),
    );
    expect(patched.body.name_if_winner).toBe(false);
    const doc = await must(api('/api/v1/openapi.json'));
    expect(doc.body.components.schemas.SolutionFields.properties.name_if_winner.description).toContain(
      'title and organization',
    );
  });
});

describe('the solution page', () => {
  it('shows "Withdraw the solution" as a dangerous step', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const created = await must(
      api(`/api/v1/challenges/${challenge}/solutions`, {
        token: world.users.solver.token,
        body: { ...solutionBody(), submit: true },
      }),
      201,
    );
    const html = await (await page(`/solutions/${created.body.id}`, world.users.solver.cookie)).text();
    expect(html).toContain('<button type="submit" class="danger">Withdraw the solution</button>');
  });
});
