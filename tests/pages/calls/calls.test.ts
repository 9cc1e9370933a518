import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { inDays, openChallenge } from '../../helpers/challenges';
import { api } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

let world: World;
let callId: string;
let challengeId: string;
beforeAll(async () => {
  world = await createWorld();
  const { moderator, admin, clinician } = world.users;
  callId = await publishedCall(moderator, admin, [world.cluster.slug], {
    title: 'Oncology diagnostics call 2027',
    rules: [
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
    ],
    benefits: [{ kind: 'pilot', details: 'Six months on two wards' }],
  });
  challengeId = await openChallenge(clinician, moderator, world.cluster.slug, {
    call_id: callId,
    title: 'Same-day EGFR results for lung cancer',
  });
});

describe('the call page', () => {
  it('shows the call, its clusters, timeline, rules, benefits and challenges, in the page language', async () => {
    const res = await page(`/calls/${callId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 lang="en">Oncology diagnostics call 2027</h1>');
    expect(html).toContain(`href="/clusters/${world.cluster.slug}"`);
    expect(html).toContain('The solution’s TRL is between 4 and 6.');
    expect(html).toContain('The submitter’s organization is based in: DE and AT.');
    expect(html).toContain('A pilot');
    expect(html).toContain(`href="/challenges/${challengeId}"`);
    expect(html).toContain(`/api/v1/calls/${callId}/calendar.ics`);

    const german = await (await page(`/calls/${callId}?lang=de`)).text();
    expect(german).toContain('Wer einreichen darf');
    expect(german).toContain('Der TRL der Lösung liegt zwischen 4 und 6.');
  });

  it('the challenge page links to its call', async () => {
    const html = await (await page(`/challenges/${challengeId}`)).text();
    expect(html).toContain(`<a href="/calls/${callId}">Oncology diagnostics call 2027</a>`);
  });

  it('is listed on /calls', async () => {
    const html = await (await page('/calls')).text();
    expect(html).toContain(`href="/calls/${callId}"`);
  });

  it('the catalogue page filters by ?call=', async () => {
    const other = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const html = await (await page(`/challenges?call=${callId}`)).text();
    expect(html).toContain(`/challenges/${challengeId}`);
    expect(html).not.toContain(`/challenges/${other}`);
  });
});

describe('the solution form notice', () => {
  it('lists the rules an ineligible solver does not meet before they write', async () => {
    const italian = await registerUser('solver', {
      organization: { name: `Rome Diagnostics ${unique()}`, kind: 'sme', country: 'IT', size: 'small' },
    });
    const html = await (await page(`/challenges/${challengeId}/solutions/new`, italian.cookie)).text();
    expect(html).toContain('id="eligibility-title"');
    expect(html).toContain('You do not meet these rules of the call');
    expect(html).toContain('Country: the call asks for DE or AT; yours: IT.');
    // The TRL is judged when they submit, not before they wrote one.
    expect(html).not.toContain('TRL: the call asks');
  });

  it('tells an eligible solver they meet the rules', async () => {
    const german = await registerUser('solver', {
      organization: { name: `Berlin Diagnostics ${unique()}`, kind: 'sme', country: 'DE', size: 'small' },
    });
    const html = await (await page(`/challenges/${challengeId}/solutions/new`, german.cookie)).text();
    expect(html).toContain('Your organization meets the rules of this call.');
    expect(html).not.toContain('You do not meet these rules of the call');
  });

  it('shows no notice for a challenge in no call', async () => {
    const plain = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const html = await (await page(`/challenges/${plain}/solutions/new`, world.users.solver.cookie)).text();
    expect(html).not.toContain('id="eligibility-title"');
  });
});

describe('choosing a call and a company size', () => {
  it('the new challenge form offers the open calls, and posting it puts the challenge into one', async () => {
    const { clinician } = world.users;
    const form = await (await page('/challenges/new', clinician.cookie)).text();
    expect(form).toContain('name="call_id"');
    expect(form).toContain(`<option value="${callId}"`);
    const res = await postForm('/challenges/new', clinician.cookie, {
      cluster: world.cluster.slug,
      title: 'Faster companion-diagnostic turnaround',
      summary: 'Patients wait three weeks for EGFR/ALK results before targeted therapy can start.',
      problem_statement: 'Biopsy material is sent out to a reference lab; results come back after 15–25 days.',
      indication: 'Non-small cell lung cancer',
      care_pathway_step: 'diagnosis',
      patient_population: 'Adults with advanced NSCLC',
      standard_of_care: 'Send-out NGS panel',
      target_outcome: 'Results within 10 working days',
      outcome_kpi: 'Median turnaround ≤ 10 working days',
      regulation: 'unsure',
      data_on_offer: 'none',
      reward_kind: 'pilot',
      trl_min: '4',
      trl_max: '6',
      deadline: inDays(30).slice(0, 10),
      language: 'en',
      visibility: 'public',
      min_evaluations: '3',
      'criteria.0.label': 'Clinical impact',
      'criteria.0.weight': '100',
      call_id: callId,
    });
    expect(res.status).toBe(303);
    const id = /\/challenges\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
    const read = await api(`/api/v1/challenges/${id}`, { token: clinician.token });
    expect(read.body.call_id).toBe(callId);
  });

  it('the register form asks for the company size, and the account keeps it', async () => {
    const form = await (await page('/register')).text();
    expect(form).toContain('name="organization.size"');
    const solver = await registerUser('solver', {
      organization: { name: `Vienna Devices ${unique()}`, kind: 'startup', country: 'AT', size: 'micro' },
    });
    const me = await api('/api/v1/me', { token: solver.token });
    expect(me.body.organization).toMatchObject({ kind: 'startup', country: 'AT', size: 'micro' });
  });
});
