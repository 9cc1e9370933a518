import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { api } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';
import { challengeFields, dateIn, fieldError, fieldValue, joinCluster } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** The id of the challenge a successful post redirected to. */
const createdId = (res: Response) => res.headers.get('location')?.match(/\/challenges\/([0-9a-f-]{36})/)?.[1];

describe('Dr. Anna opens "Post a challenge": the cluster is hers to choose', () => {
  it('starts at "Choose…", suggests the one cluster she is a member of, and posts nowhere until she chooses', async () => {
    const anna = await registerUser('clinician');
    await joinCluster(anna, world.otherCluster.id);
    const html = await (await page('/challenges/new', anna.cookie)).text();
    expect(fieldValue(html, 'cluster')).toBe('');
    expect(html).toContain('<option value="" selected="">Choose…</option>');
    // Her cluster first, under "Suggested for you", and named in the hint.
    const suggested = html.match(/<optgroup label="Suggested for you">([\s\S]*?)<\/optgroup>/)?.[1] ?? '';
    expect(suggested).toContain(`value="${world.otherCluster.slug}"`);
    expect(suggested).not.toContain(`value="${world.cluster.slug}"`);
    expect(html).toMatch(/Suggested: Cluster [^,]+, the cluster you are a member of\./);

    // Saving without choosing: the cluster is asked for by its label, and nothing is written.
    const res = await postForm('/challenges/new', anna.cookie, challengeFields(''));
    expect(res.status).toBe(400);
    expect(fieldError(await res.text(), 'cluster')).toBe('Choose the cluster your challenge belongs to in “Cluster”.');
    await expect(count('SELECT count(*) AS n FROM challenges WHERE owner_id = ?', anna.id)).resolves.toBe(0);
  });

  it("suggests the only cluster in her organization's country when she is a member of none", async () => {
    const admin = world.users.admin;
    const slug = `malta-${unique()}`;
    const created = await api('/api/v1/clusters', {
      token: admin.token,
      body: { slug, name: `Malta Health ${slug}`, region: 'Malta', country: 'MT', description: 'For tests.' },
    });
    expect(created.status).toBe(201);
    const anna = await registerUser('clinician', {
      organization: { name: `Mater Dei ${unique()}`, kind: 'hospital', country: 'MT' },
    });
    const html = await (await page('/challenges/new', anna.cookie)).text();
    expect(fieldValue(html, 'cluster')).toBe('');
    expect(html).toContain(`Suggested: Malta Health ${slug}, the only cluster in the country of your organization.`);
  });
});

describe('one submit shows every problem', () => {
  it('fields, TRL range, device class, tags, criteria and a past deadline are all named at once; nothing is written', async () => {
    const anna = await registerUser('clinician');
    const res = await postForm(
      '/challenges/new',
      anna.cookie,
      challengeFields('', {
        title: 'Short',
        indication: '',
        trl_min: '7',
        trl_max: '3',
        regulation: 'mdr',
        device_class: 'C',
        deadline: dateIn(-3),
        tags: 'oncology, !!!',
        'criteria.1.label': 'clinical IMPACT',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    const summary = html.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0] ?? '';
    const linked = [...summary.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
    // In the order of the form, top to bottom.
    expect(linked).toEqual([
      'cluster',
      'title',
      'indication',
      'device_class',
      'trl_max',
      'deadline',
      'tags',
      'criteria.1.label',
    ]);
    expect(fieldError(html, 'device_class')).toBe(
      'Choose a class for “Expected device class” that belongs to the regulation you chose (MDR: I, IIa, IIb, III; IVDR: A, B, C, D), or leave it empty.',
    );
    expect(fieldError(html, 'deadline')).toBe('Choose a day after today for “Submissions close”.');
    expect(fieldError(html, 'trl_max')).toBe('Highest TRL accepted must not be lower than “Lowest TRL accepted”.');
    expect(fieldError(html, 'criteria.1.label')).toBe(
      'Criterion 2, name: write a name of 2 to 80 characters that no other criterion has.',
    );
    // What she typed is still there.
    expect(fieldValue(html, 'tags')).toBe('oncology, !!!');
    await expect(count('SELECT count(*) AS n FROM challenges WHERE owner_id = ?', anna.id)).resolves.toBe(0);
  });

  it('says it in the page language (German)', async () => {
    const anna = await registerUser('clinician');
    const res = await postForm(
      '/challenges/new?lang=de',
      anna.cookie,
      challengeFields(world.cluster.slug, { deadline: dateIn(-1), regulation: 'none', device_class: 'IIa' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(fieldError(html, 'deadline')).toBe('Wählen Sie für „Einreichungsschluss“ einen Tag nach dem heutigen.');
    expect(fieldError(html, 'device_class')).toContain('eine Klasse der gewählten Verordnung');
  });
});

describe('jargon explained where it is asked', () => {
  it('explains TRL levels, groups device classes by regulation, and names languages in their own words', async () => {
    const html = await (await page('/challenges/new?lang=de', world.users.clinician.cookie)).text();
    expect(html).toContain('Der TRL (Technologie-Reifegrad) sagt, wie weit eine Lösung ist');
    expect(html).toContain('<option value="4">TRL 4 · im Labor validiert</option>');
    const mdr = html.match(
      /<optgroup label="MDR \(Medizinprodukt\)" data-regulation="mdr">([\s\S]*?)<\/optgroup>/,
    )?.[1];
    expect([...(mdr ?? '').matchAll(/value="([^"]+)"/g)].map((m) => m[1])).toEqual(['I', 'IIa', 'IIb', 'III']);
    const ivdr = html.match(
      /<optgroup label="IVDR \(In-vitro-Diagnostikum\)" data-regulation="ivdr">([\s\S]*?)<\/optgroup>/,
    )?.[1];
    expect([...(ivdr ?? '').matchAll(/value="([^"]+)"/g)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
    // The challenge's language: the page's own preselected, every language in its own name.
    expect(html).toContain('<option value="de" lang="de" selected="">Deutsch</option>');
    expect(html).toContain('<option value="it" lang="it">Italiano</option>');
    expect(html).toContain('<option value="ro" lang="ro">Română</option>');
    expect(html).not.toMatch(/>DE<\/option>/);
  });

  it('prefills the default criteria in the page language, with what a good answer looks like, and asks for no keys', async () => {
    const html = await (await page('/challenges/new?lang=it', world.users.clinician.cookie)).text();
    expect(fieldValue(html, 'criteria.0.label')).toBe('Impatto clinico');
    expect(fieldValue(html, 'criteria.5.label')).toBe('Sostenibilità economica');
    expect(html).toMatch(/<textarea id="criteria\.2\.description"[^>]*>Cosa c’è di nuovo rispetto alla cura di oggi/);
    expect(html).not.toContain('criteria.0.key');
    // The weights' total, written by the server.
    expect(html).toMatch(/Totale dei pesi: <output data-weight-total[^>]*>100<\/output>/);
  });

  it('shows the running total of what she typed when the form comes back', async () => {
    const res = await postForm(
      '/challenges/new',
      world.users.clinician.cookie,
      challengeFields('', { 'criteria.0.weight': '35', 'criteria.1.weight': '25' }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Total of the weights: <output data-weight-total[^>]*>60<\/output>/);
  });
});

describe('what she typed is stored the way the platform needs it', () => {
  it('turns words into tags and criterion names into keys, and keeps each criterion’s description', async () => {
    const anna = await registerUser('clinician');
    const res = await postForm(
      '/challenges/new',
      anna.cookie,
      challengeFields(world.cluster.slug, { tags: 'Remote monitoring, Früherkennung;  heart valves ' }),
    );
    expect(res.status).toBe(303);
    const id = createdId(res);
    const tags = await env.DB.prepare('SELECT tag FROM challenge_tags WHERE challenge_id = ? ORDER BY tag')
      .bind(id)
      .all<{ tag: string }>();
    expect(tags.results.map((t) => t.tag)).toEqual(['fruherkennung', 'heart-valves', 'remote-monitoring']);

    const challenge = await api(`/api/v1/challenges/${id}`, { token: anna.token });
    expect(challenge.body.criteria).toEqual([
      {
        key: 'clinical_impact',
        label: 'Clinical impact',
        description: 'Fewer readmissions, shown in a study.',
        weight: 60,
      },
      {
        key: 'ease_of_use_at_home',
        label: 'Ease of use at home',
        description: 'Patients over 75 manage it alone.',
        weight: 40,
      },
    ]);

    // The edit form shows the tags as words again.
    const edit = await (await page(`/challenges/${id}/edit`, anna.cookie)).text();
    expect(fieldValue(edit, 'tags')).toBe('fruherkennung, heart valves, remote monitoring');
  });
});
