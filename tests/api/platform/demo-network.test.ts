import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { recountedTallies } from '../../../worker/domain/impact/tallies';
import { demoWorld } from '../../../worker/seed/demo-world';
import { DEMO_PASSWORD, seedDemo } from '../../../worker/seed/seed';
import { api, must } from '../../helpers/http';

// Issue 15 in the demo world (worker/seed/demo-network.ts): the joint call, its two-stage
// challenge in stage 2, cooperations at different milestones, and a year of history whose impact
// tallies equal a count from the rows.

const CALL = 'Call for start-ups at TRL 4–6 in digital precision medicine';
const TWO_STAGE = 'Detecting atrial fibrillation after stroke with wearable ECG';

const signIn = async (email: string) =>
  (await must(api('/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } }))).body.token as string;

let callId = '';
let twoStage = '';

beforeAll(async () => {
  expect(await seedDemo(createDb(env.DB), demoWorld)).toEqual({ seeded: true });
  const calls = (await must(api('/api/v1/calls'))).body.items as { id: string; title: string }[];
  callId = calls.find((c) => c.title === CALL)?.id ?? '';
  expect(callId).not.toBe('');
  const inCall = (await must(api(`/api/v1/challenges?call=${callId}&limit=100`))).body.data as {
    id: string;
    title: string;
  }[];
  twoStage = inCall.find((c) => c.title === TWO_STAGE)?.id ?? '';
  expect(twoStage).not.toBe('');
});

describe('the demo call', () => {
  it('is published, run by two clusters, with its rules and benefits, and holds two challenges', async () => {
    const call = (await must(api(`/api/v1/calls/${callId}`))).body;
    expect(call.status).toBe('published');
    expect(call.clusters.map((c: { slug: string; lead: boolean }) => [c.slug, c.lead])).toEqual(
      expect.arrayContaining([
        ['life-science-nord', true],
        ['clust-er-health', false],
      ]),
    );
    expect(call.rules).toEqual(
      expect.arrayContaining([
        { rule: 'trl', params: { min: 4, max: 6 } },
        { rule: 'organization_kinds', params: { kinds: ['sme', 'startup'] } },
        { rule: 'countries', params: { countries: ['DE', 'AT', 'IT', 'RO'] } },
        { rule: 'company_sizes', params: { sizes: ['micro', 'small', 'medium'] } },
      ]),
    );
    expect(call.benefits.map((b: { kind: string }) => b.kind)).toEqual(['money', 'pilot', 'mentoring']);
    expect(call.benefits[0]).toMatchObject({ amount_minor: 5_000_000, currency: 'EUR' });
    const inCall = (await must(api(`/api/v1/challenges?call=${callId}&limit=100`))).body.data;
    expect(inCall).toHaveLength(2);
  });
});

describe('the two-stage challenge', () => {
  it('is in stage 2 of 2: an expression of interest, then a full proposal with budget and work plan', async () => {
    const stages = (await must(api(`/api/v1/challenges/${twoStage}/stages`))).body;
    expect(stages.current_stage).toBe(2);
    expect(stages.data.map((s: { kind: string }) => s.kind)).toEqual(['expression_of_interest', 'full_proposal']);
    expect(stages.data[1].required_fields).toEqual(expect.arrayContaining(['budget', 'work_plan']));
  });

  it('ranks three scored solutions in stage 1 and the one full proposal sent in stage 2', async () => {
    const owner = await signIn('clinician@demo.test');
    const stage1 = (await must(api(`/api/v1/challenges/${twoStage}/ranking?stage=1`, { token: owner }))).body;
    expect(stage1.data).toHaveLength(3);
    for (const entry of stage1.data) expect(entry.evaluations).toBe(2);
    const stage2 = (await must(api(`/api/v1/challenges/${twoStage}/ranking?stage=2`, { token: owner }))).body;
    expect(stage2.data.map((e: { title: string }) => e.title)).toEqual([
      'Helixio Rhythm: patch ECG with on-device arrhythmia screening',
    ]);
  });

  it('advanced two solvers (one sent stage 2), did not advance one with feedback shared, and seats a stage-2 juror', async () => {
    const { results } = await env.DB.prepare(
      `SELECT st.stage, st.outcome, st.feedback_shared, st.submitted_at IS NOT NULL AS sent, u.email
       FROM solution_stages st JOIN solutions s ON s.id = st.solution_id JOIN users u ON u.id = s.submitter_id
       WHERE st.challenge_id = ? ORDER BY st.stage, u.email`,
    )
      .bind(twoStage)
      .all();
    expect(results).toEqual([
      { stage: 1, outcome: 'advanced', feedback_shared: 0, sent: 1, email: 'davide.rinaldi@demo.test' },
      { stage: 1, outcome: 'not_advanced', feedback_shared: 1, sent: 1, email: 'radu.munteanu@demo.test' },
      { stage: 1, outcome: 'advanced', feedback_shared: 0, sent: 1, email: 'solver@demo.test' },
      { stage: 2, outcome: 'pending', feedback_shared: 0, sent: 0, email: 'davide.rinaldi@demo.test' },
      { stage: 2, outcome: 'pending', feedback_shared: 0, sent: 1, email: 'solver@demo.test' },
    ]);
    const jury = await env.DB.prepare(
      `SELECT a.stage, u.email FROM evaluator_assignments a JOIN users u ON u.id = a.user_id
       WHERE a.challenge_id = ? ORDER BY a.stage, u.email`,
    )
      .bind(twoStage)
      .all();
    expect(jury.results).toEqual([
      { stage: 1, email: 'evaluator@demo.test' },
      { stage: 1, email: 'francesca.galli@demo.test' },
      { stage: 2, email: 'evaluator@demo.test' },
    ]);
  });
});

describe('cooperations', () => {
  it('every winner has one, as a decision opens them', async () => {
    const row = await env.DB.prepare(
      `SELECT count(*) AS winners, sum(EXISTS (SELECT 1 FROM cooperations c WHERE c.solution_id = s.id)) AS opened
       FROM solutions s WHERE s.status = 'winner'`,
    ).first<{ winners: number; opened: number }>();
    expect(row?.winners).toBeGreaterThanOrEqual(10);
    expect(row?.opened).toBe(row?.winners);
  });

  it('the public sees only those both sides published; the completed one shows its KPI met and its funding', async () => {
    const listed = (await must(api('/api/v1/cooperations?limit=100'))).body.data as {
      id: string;
      public: boolean;
      status: string;
      challenge: { title: string };
    }[];
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const c of listed) expect(c.public).toBe(true);
    const exome = listed.find(
      (c) => c.challenge.title === 'Systematic reanalysis of unsolved exomes in rare-disease patients',
    );
    expect(exome?.status).toBe('completed');
    const detail = (await must(api(`/api/v1/cooperations/${exome?.id}`))).body;
    const kpi = detail.milestones.find((m: { kind: string }) => m.kind === 'kpi_result');
    expect(kpi).toMatchObject({ status: 'done', kpi_met: true, public: true });
    const funding = detail.milestones.find((m: { kind: string }) => m.kind === 'follow_on_funding');
    expect(funding).toMatchObject({ status: 'done', funding_amount_minor: 40_000_000, funding_currency: 'RON' });
  });

  it('the sides see their private ones: one just opened, one with its pilot running', async () => {
    const ruhr = await signIn('sabine.krueger@demo.test');
    const tavi = (
      (await must(api('/api/v1/cooperations?limit=100', { token: ruhr }))).body.data as {
        id: string;
        public: boolean;
        challenge: { title: string };
      }[]
    ).find((c) => c.challenge.title.startsWith('Telemonitoring nach'));
    expect(tavi?.public).toBe(false);
    const opened = (await must(api(`/api/v1/cooperations/${tavi?.id}`, { token: ruhr }))).body;
    expect(opened.milestones.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([
      ['letter_of_intent', 'planned'],
    ]);
    expect((await api(`/api/v1/cooperations/${tavi?.id}`)).status).toBe(404);

    const emilia = await signIn('marco.bellandi@demo.test');
    const mine = (await must(api('/api/v1/cooperations?limit=100', { token: emilia }))).body.data as {
      id: string;
      challenge: { title: string };
    }[];
    const sepsis = mine.find(
      (c) => c.challenge.title === 'Early warning of sepsis on general wards from routine EHR data',
    );
    const running = (await must(api(`/api/v1/cooperations/${sepsis?.id}`, { token: emilia }))).body;
    const status = Object.fromEntries(
      running.milestones.map((m: { kind: string; status: string }) => [m.kind, m.status]),
    );
    expect(status).toMatchObject({
      agreement: 'done',
      ethics_approval: 'done',
      pilot_start: 'done',
      pilot_end: 'planned',
    });
  });
});

describe('a year of history', () => {
  it('spreads needs published and decided over at least four quarters, and the tallies equal a recount', async () => {
    const db = createDb(env.DB);
    const quarters = await env.DB.prepare(
      `SELECT metric, count(DISTINCT quarter) AS n FROM impact_tallies WHERE metric IN ('needs_published', 'decisions')
       GROUP BY metric ORDER BY metric`,
    ).all<{ metric: string; n: number }>();
    for (const row of quarters.results) expect(row.n, row.metric).toBeGreaterThanOrEqual(4);
    const kept = sql`SELECT cluster_id, quarter, metric, dimension, value FROM impact_tallies`;
    const recount = sql`SELECT * FROM (${recountedTallies()}) WHERE value <> 0`;
    expect(await db.all(sql`${kept} EXCEPT ${recount}`)).toEqual([]);
    expect(await db.all(sql`${recount} EXCEPT ${kept}`)).toEqual([]);
  });

  it('counts solutions from several countries and organization kinds', async () => {
    const { results } = await env.DB.prepare(
      `SELECT dimension FROM impact_tallies WHERE metric = 'solutions_submitted' AND dimension <> '' GROUP BY dimension`,
    ).all<{ dimension: string }>();
    const dims = results.map((r) => r.dimension);
    expect(dims).toEqual(expect.arrayContaining(['country:AT', 'country:DE', 'country:IT', 'country:RO']));
    expect(dims).toEqual(expect.arrayContaining(['kind:sme', 'kind:startup', 'kind:industry', 'kind:university']));
  });

  it('shows figures on the public cluster dashboard', async () => {
    const res = await api('/clusters/life-science-nord/impact', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain('<svg');
  });
});
