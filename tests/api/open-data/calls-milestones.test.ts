import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../worker/index';
import { createWorld, type World } from '../../helpers/actors';
import { createCall, publishedCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { addMilestone, freshCooperation, publishBoth } from '../../helpers/cooperations';
import { api, BASE, must } from '../../helpers/http';
import { purgePublicCache } from '../../helpers/public-cache';
import { fullScans, recordingEnv } from '../../helpers/query-plan';
import { unique } from '../../helpers/unique';

// Issue 15, open data: the published calls and the public milestones of public cooperations, as
// CSV and JSON under CC BY 4.0, with stable ids; nothing a visitor could not read on a public page.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

type Row = Record<string, unknown>;
async function jsonRows(dataset: string, token?: string): Promise<Row[]> {
  const res = await must(api(`/api/v1/open-data/${dataset}.json`, { token }));
  expect(res.body).toMatchObject({ dataset, licence: 'CC-BY-4.0' });
  expect(res.headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  return res.body.rows;
}
async function csvRows(dataset: string) {
  const res = await must(api(`/api/v1/open-data/${dataset}.csv`));
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  const parsed = Papa.parse<Record<string, string>>(res.body as string, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('open data: calls', () => {
  it('holds published calls with their clusters, rules and benefits, never drafts, calls in review or hidden ones', async () => {
    const { moderator, other_moderator, admin } = world.users;
    const joint = await publishedCall(moderator, admin, [world.cluster.slug, world.otherCluster.slug], {
      title: `Joint call ${unique()}`,
      rules: [
        { rule: 'trl', params: { min: 4, max: 6 } },
        { rule: 'countries', params: { countries: ['DE', 'AT'] } },
        { rule: 'company_sizes', params: { sizes: ['micro', 'small'] } },
      ],
      benefits: [
        { kind: 'money', amount_minor: 5_000_000, currency: 'EUR', details: 'Up to 50 000 EUR per winner' },
        { kind: 'pilot', details: '' },
      ],
    });
    const plain = await publishedCall(other_moderator, admin, [world.otherCluster.slug], { rules: [], benefits: [] });
    const draft = (await createCall(moderator, [world.cluster.slug])).id;
    const inReview = (await createCall(moderator, [world.cluster.slug])).id;
    await must(api(`/api/v1/calls/${inReview}/transitions`, { token: moderator.token, body: { action: 'submit' } }));
    const hidden = await publishedCall(moderator, admin, [world.cluster.slug]);
    await env.DB.prepare('UPDATE calls SET hidden_at = ? WHERE id = ?').bind(new Date().toISOString(), hidden).run();

    const page = (await must(api(`/api/v1/calls/${joint}`))).body;
    for (const token of [undefined, admin.token]) {
      const rows = await jsonRows('calls', token);
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([joint, plain]));
      for (const secret of [draft, inReview, hidden]) expect(ids).not.toContain(secret);
      // Stable ids, in order.
      expect(ids).toEqual([...ids].sort());
      const row = rows.find((r) => r.id === joint);
      expect(row).toEqual({
        id: joint,
        status: 'published',
        title: page.title,
        description: page.description,
        language: page.language,
        opens_at: page.opens_at,
        closes_at: page.closes_at,
        published_at: page.published_at,
        lead_cluster: world.cluster.slug,
        clusters: [world.cluster.slug, world.otherCluster.slug],
        trl_min: 4,
        trl_max: 6,
        organization_kinds: [],
        countries: ['DE', 'AT'],
        company_sizes: ['micro', 'small'],
        benefits: ['money 50000.00 EUR: Up to 50 000 EUR per winner', 'pilot'],
      });
      for (const secret of ['moderator_note', 'created_by', 'version', 'hidden_at'])
        expect(row).not.toHaveProperty(secret);
      expect(rows.find((r) => r.id === plain)).toMatchObject({ trl_min: null, countries: [], benefits: [] });
    }

    const { data, meta } = await csvRows('calls');
    expect(meta.fields).toEqual((await must(api('/api/v1/open-data'))).body.datasets[2].columns);
    const csv = data.find((r) => r.id === joint);
    expect(csv).toMatchObject({
      lead_cluster: world.cluster.slug,
      clusters: `${world.cluster.slug}; ${world.otherCluster.slug}`,
      countries: 'DE; AT',
      trl_min: '4',
      benefits: 'money 50000.00 EUR: Up to 50 000 EUR per winner; pilot',
    });
    for (const secret of [draft, inReview, hidden]) expect(data.map((r) => r.id)).not.toContain(secret);
  });

  it('links a challenge to its call in the challenges dataset, and only to a call it holds', async () => {
    const { clinician, moderator, admin } = world.users;
    const callId = await publishedCall(moderator, admin, [world.cluster.slug]);
    const inCall = await openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
    const outside = await openChallenge(clinician, moderator, world.cluster.slug);
    const rows = await jsonRows('challenges');
    expect(rows.find((r) => r.id === inCall)?.call_id).toBe(callId);
    expect(rows.find((r) => r.id === outside)?.call_id).toBeNull();

    await env.DB.prepare('UPDATE calls SET hidden_at = ? WHERE id = ?').bind(new Date().toISOString(), callId).run();
    await purgePublicCache();
    expect((await jsonRows('challenges')).find((r) => r.id === inCall)?.call_id).toBeNull();
  });
});

describe('open data: cooperation milestones', () => {
  it('holds the public milestones of cooperations both sides published, nothing else', async () => {
    const { clinician, moderator, solver } = world.users;
    const published = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    const halfway = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    const add = async (cooperation: string, body: Row) => {
      const res = await must(addMilestone(clinician, cooperation, body), 201);
      return (res.body.milestones as Row[]).find((m) => m.kind === body.kind)?.id as string;
    };
    const kpi = await add(published.cooperation, {
      kind: 'kpi_result',
      status: 'done',
      achieved_on: '2027-06-30',
      kpi_value: 42.5,
      kpi_unit: 'minutes',
      kpi_method: '=Median over 120 cases',
      kpi_met: true,
      public: true,
    });
    const funding = await add(published.cooperation, {
      kind: 'follow_on_funding',
      status: 'done',
      achieved_on: '2027-09-01',
      funding_programme: 'EIC Accelerator',
      funding_amount_minor: 25_000_000,
      funding_currency: 'EUR',
      public: true,
    });
    const privateOne = await add(published.cooperation, { kind: 'agreement', note: 'Price not yet agreed.' });
    const ofHalfway = await add(halfway.cooperation, { kind: 'letter_of_intent', status: 'done', public: true });
    await publishBoth(clinician, solver, published.cooperation);
    // Only the clinic agreed: the cooperation stays confidential, its public milestone too.
    const read = await must(api(`/api/v1/cooperations/${halfway.cooperation}`, { token: clinician.token }));
    await must(
      api(`/api/v1/cooperations/${halfway.cooperation}`, {
        method: 'PATCH',
        token: clinician.token,
        body: { public_clinic: true, version: read.body.version },
      }),
    );

    const cooperation = (await must(api(`/api/v1/cooperations/${published.cooperation}`))).body;
    const rows = await jsonRows('cooperation_milestones');
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([kpi, funding]));
    for (const secret of [privateOne, ofHalfway]) expect(ids).not.toContain(secret);
    expect(rows.some((r) => r.cooperation_id === halfway.cooperation)).toBe(false);
    expect(rows.find((r) => r.id === kpi)).toEqual({
      id: kpi,
      cooperation_id: published.cooperation,
      cooperation_status: 'active',
      cooperation_started_at: cooperation.started_at,
      cluster: world.cluster.slug,
      challenge_id: published.challenge,
      challenge_title: cooperation.challenge.title,
      solution_id: published.solution,
      solution_title: cooperation.solution.title,
      clinic_organization: cooperation.clinic_organization,
      solver_organization: cooperation.solver_organization,
      kind: 'kpi_result',
      status: 'done',
      planned_on: null,
      achieved_on: '2027-06-30',
      kpi_value: 42.5,
      kpi_unit: 'minutes',
      kpi_method: '=Median over 120 cases',
      kpi_met: true,
      regulation: null,
      device_class: null,
      notified_body: null,
      funding_programme: null,
      funding_amount_minor: null,
      funding_currency: null,
      note: '',
    });
    for (const secret of ['created_by', 'updated_by', 'version', 'public']) {
      expect(rows.find((r) => r.id === kpi)).not.toHaveProperty(secret);
    }

    const { data } = await csvRows('cooperation_milestones');
    expect(data.find((r) => r.id === funding)).toMatchObject({
      funding_programme: 'EIC Accelerator',
      funding_amount_minor: '25000000',
      funding_currency: 'EUR',
      kpi_met: '',
    });
    // A cell a spreadsheet would run as a formula is escaped in CSV.
    expect(data.find((r) => r.id === kpi)).toMatchObject({ kpi_method: "'=Median over 120 cases", kpi_met: 'true' });
    for (const secret of [privateOne, ofHalfway]) expect(data.map((r) => r.id)).not.toContain(secret);

    // Either side withdrawing its consent takes every milestone out again.
    const now = (await must(api(`/api/v1/cooperations/${published.cooperation}`, { token: solver.token }))).body;
    await must(
      api(`/api/v1/cooperations/${published.cooperation}`, {
        method: 'PATCH',
        token: solver.token,
        body: { public_solver: false, version: now.version },
      }),
    );
    expect((await jsonRows('cooperation_milestones')).map((r) => r.id)).not.toContain(kpi);
  });
});

describe('open data: the new datasets read through indexes', () => {
  it('pages calls and milestones over their primary keys, with no table scan and no sort', async () => {
    const { clinician, moderator, solver, admin } = world.users;
    await publishedCall(moderator, admin, [world.cluster.slug]);
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    await must(addMilestone(clinician, cooperation, { kind: 'letter_of_intent', public: true }), 201);
    await publishBoth(clinician, solver, cooperation);
    const { env: recording, statements } = recordingEnv();
    for (const file of ['calls.csv', 'cooperation_milestones.json']) {
      const ctx = createExecutionContext();
      const res = await worker.fetch(new Request(`${BASE}/api/v1/open-data/${file}`), recording, ctx);
      expect(res.status).toBe(200);
      await res.text();
      await waitOnExecutionContext(ctx);
    }
    const pages = statements.filter((s) => /LIMIT \?\s*$/.test(s.sql));
    expect(pages).toHaveLength(2);
    expect(await fullScans(pages, (detail) => /TEMP B-TREE/.test(detail))).toEqual([]);
  });
});
