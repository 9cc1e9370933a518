import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';

/** The figures of the hand-worked fixture (tests/helpers/impact-fixture.ts), worked out by hand there. */
let f: ImpactFixture;
beforeAll(async () => {
  f = await impactFixture();
});

const RANGE = 'from=2024-01-01&to=2024-06-30';
const q = (quarter: string, value: number) => ({ quarter, value });

/** Meetings held at events (issue 16): none in this fixture. */
const NO_MEETINGS = { held: [q('2024-Q1', 0), q('2024-Q2', 0)], next_steps: [] };

const FULL = {
  audience: 'full',
  range: {
    from: '2024-01-01',
    to: '2024-06-30',
    quarters: ['2024-Q1', '2024-Q2'],
    counts_from: '2024-01-01',
    counts_to: '2024-06-30',
  },
  needs: { posted: [q('2024-Q1', 6), q('2024-Q2', 0)], published: [q('2024-Q1', 5), q('2024-Q2', 0)] },
  decisions: [q('2024-Q1', 2), q('2024-Q2', 3)],
  solutions: {
    by_quarter: [q('2024-Q1', 4), q('2024-Q2', 2)],
    total: 6,
    by_country: [
      { key: 'DE', value: 4 },
      { key: 'AT', value: 2 },
    ],
    by_kind: [
      { key: 'sme', value: 3 },
      { key: 'startup', value: 2 },
      { key: 'industry', value: 1 },
    ],
    countries_withheld: false,
  },
  smes: { total: 3, by_quarter: [q('2024-Q1', 2), q('2024-Q2', 2)] },
  time_to_decision: {
    from_publication: {
      by_quarter: [
        { quarter: '2024-Q1', n: 2, median_days: 20, p90_days: 30 },
        { quarter: '2024-Q2', n: 3, median_days: 40, p90_days: 90 },
      ],
      overall: { n: 5, median_days: 30, p90_days: 90 },
    },
    from_posting: {
      by_quarter: [
        { quarter: '2024-Q1', n: 2, median_days: 21, p90_days: 31 },
        { quarter: '2024-Q2', n: 3, median_days: 45, p90_days: 91 },
      ],
      overall: { n: 5, median_days: 31, p90_days: 91 },
    },
  },
  jury: { challenges: 5, jurors: 2, seats: 3, max_per_juror: 2, expected: 8, evaluations: 4, completion: 0.5 },
  // K1 and K2 (the fixture): both in Q2; K2's pilot runs; its planned milestones count nothing.
  cooperations: {
    started: [q('2024-Q1', 0), q('2024-Q2', 2)],
    pilots_started: [q('2024-Q1', 0), q('2024-Q2', 2)],
    pilots_completed: [q('2024-Q1', 0), q('2024-Q2', 1)],
    pilots_running: 1,
    kpis_met: [q('2024-Q1', 0), q('2024-Q2', 1)],
    funding: [
      { currency: 'CHF', amount_minor: 4_000_000 },
      { currency: 'EUR', amount_minor: 25_000_000 },
    ],
  },
  // No matchmaking events in this fixture (issue 16; counted in tests/api/events).
  meetings: NO_MEETINGS,
};

/** The public cooperation figures: K1 only (K2 is not public), without its funding (not a public milestone). */
const PUBLIC_COOPERATIONS = {
  started: [q('2024-Q1', 0), q('2024-Q2', 1)],
  pilots_started: [q('2024-Q1', 0), q('2024-Q2', 1)],
  pilots_completed: [q('2024-Q1', 0), q('2024-Q2', 1)],
  pilots_running: 0,
  kpis_met: [q('2024-Q1', 0), q('2024-Q2', 1)],
  funding: [],
};

describe('cluster impact figures', () => {
  it("gives the cluster's moderators every figure, as worked out by hand (and nothing of cluster B)", async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, { token: f.moderator.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({ scope: { kind: 'cluster', slug: f.a.slug, name: `Cluster ${f.a.slug}` }, ...FULL });
  });

  it('gives admins the same figures', async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, { token: f.admin.token });
    expect(res.body).toMatchObject(FULL);
  });

  it('widens counts, distinct SMEs among them, to whole quarters and keeps medians exact for the dates given', async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact?from=2024-02-01&to=2024-04-09`, {
      token: f.moderator.token,
    });
    expect(res.status).toBe(200);
    expect(res.body.range).toEqual({
      from: '2024-02-01',
      to: '2024-04-09',
      quarters: ['2024-Q1', '2024-Q2'],
      counts_from: '2024-01-01',
      counts_to: '2024-06-30',
    });
    // Counts cover the whole quarters.
    expect(res.body.needs.posted).toEqual(FULL.needs.posted);
    expect(res.body.decisions).toEqual(FULL.decisions);
    // Decided in [Feb 1, Apr 10): A2 (30 days), A5 (90), A3 (20); A4 on Apr 10 is out.
    expect(res.body.time_to_decision.from_publication).toEqual({
      by_quarter: [
        { quarter: '2024-Q1', n: 1, median_days: 30, p90_days: 30 },
        { quarter: '2024-Q2', n: 2, median_days: 55, p90_days: 90 },
      ],
      overall: { n: 3, median_days: 30, p90_days: 90 },
    });
    // Distinct SMEs are counted over the same whole quarters as the solutions they submitted: the
    // quarters' figures, as for the whole half year.
    expect(res.body.smes).toEqual(FULL.smes);
  });

  it('gives everyone else the public figures only, leaving out countries with fewer than 5 solutions', async () => {
    const solver = await registerUser('solver');
    for (const token of [undefined, solver.token, f.otherModerator.token]) {
      const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, { token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        scope: { kind: 'cluster', slug: f.a.slug, name: `Cluster ${f.a.slug}` },
        audience: 'public',
        range: FULL.range,
        needs: { posted: null, published: FULL.needs.published },
        decisions: FULL.decisions,
        solutions: { by_quarter: null, total: null, by_country: [], by_kind: null, countries_withheld: true },
        smes: null,
        time_to_decision: null,
        jury: null,
        cooperations: PUBLIC_COOPERATIONS,
        meetings: NO_MEETINGS,
      });
    }
  });

  it('answers CSV for the .csv path and for Accept: text/csv, the same figures parsed back', async () => {
    const bySuffix = await api(`/api/v1/clusters/${f.a.slug}/impact.csv?${RANGE}`, { token: f.moderator.token });
    const byAccept = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, {
      token: f.moderator.token,
      headers: { accept: 'text/csv' },
    });
    expect(bySuffix.status).toBe(200);
    expect(bySuffix.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(bySuffix.headers.get('content-disposition')).toBe(
      `attachment; filename="impact-${f.a.slug}-2024-01-01-2024-06-30.csv"`,
    );
    expect(byAccept.body).toBe(bySuffix.body);
    const parsed = Papa.parse<Record<string, string>>(bySuffix.body as string, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['metric', 'dimension', 'quarter', 'value']);
    const cell = (metric: string, dimension: string, quarter: string) =>
      parsed.data.find((r) => r.metric === metric && r.dimension === dimension && r.quarter === quarter)?.value;
    expect(cell('counts_from', '2024-01-01', '')).toBe('');
    expect(cell('needs_posted', '', '2024-Q1')).toBe('6');
    expect(cell('needs_published', '', '2024-Q1')).toBe('5');
    expect(cell('decisions', '', '2024-Q2')).toBe('3');
    expect(cell('solutions_submitted', '', '')).toBe('6');
    expect(cell('solutions_submitted', 'country:DE', '')).toBe('4');
    expect(cell('solutions_submitted', 'country:AT', '')).toBe('2');
    expect(cell('solutions_submitted', 'kind:sme', '')).toBe('3');
    expect(cell('smes', '', '')).toBe('3');
    expect(cell('days_to_decision_median', 'publication', '2024-Q1')).toBe('20');
    expect(cell('days_to_decision_p90', 'publication', '2024-Q1')).toBe('30');
    expect(cell('days_to_decision_median', 'publication', '2024-Q2')).toBe('40');
    expect(cell('days_to_decision_p90', 'publication', '2024-Q2')).toBe('90');
    expect(cell('days_to_decision_median', 'publication', '')).toBe('30');
    expect(cell('days_to_decision_p90', 'publication', '')).toBe('90');
    expect(cell('days_to_decision_median', 'posting', '')).toBe('31');
    expect(cell('jury_completion', '', '')).toBe('0.5');
    expect(cell('jury_expected', '', '')).toBe('8');
    expect(cell('cooperations_started', '', '2024-Q2')).toBe('2');
    expect(cell('pilots_running', '', '')).toBe('1');
    expect(cell('kpis_met', '', '2024-Q2')).toBe('1');
    expect(cell('funding_minor', 'EUR', '')).toBe('25000000');
    expect(cell('funding_minor', 'CHF', '')).toBe('4000000');
    expect(parsed.data.some((r) => r.dimension === 'country:FR')).toBe(false);
  });

  it('keeps the public CSV to the public figures', async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact.csv?${RANGE}`);
    const rows = Papa.parse<Record<string, string>>(res.body as string, { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r.metric))).toEqual(
      new Set([
        'range_from',
        'range_to',
        'counts_from',
        'counts_to',
        'needs_published',
        'decisions',
        'cooperations_started',
        'pilots_started',
        'pilots_completed',
        'pilots_running',
        'kpis_met',
      ]),
    );
  });

  it("shows cluster B's own figures to B, without A's", async () => {
    const res = await api(`/api/v1/clusters/${f.b.slug}/impact?${RANGE}`, { token: f.otherModerator.token });
    expect(res.body.audience).toBe('full');
    expect(res.body.needs.posted).toEqual([q('2024-Q1', 1), q('2024-Q2', 0)]);
    expect(res.body.solutions.by_country).toEqual([{ key: 'FR', value: 1 }]);
    expect(res.body.smes.total).toBe(1);
    expect(res.body.jury).toMatchObject({ challenges: 1, jurors: 1, seats: 1, expected: 1, evaluations: 1 });
    expect(res.body.cooperations).toMatchObject({ started: [q('2024-Q1', 1), q('2024-Q2', 0)], pilots_running: 1 });
  });

  it('refuses a range that ends before it starts, and a cluster that does not exist', async () => {
    const backwards = await api(`/api/v1/clusters/${f.a.slug}/impact?from=2024-06-30&to=2024-01-01`);
    expect(isProblem(backwards, 400)).toBe(true);
    expect(backwards.body.detail).toMatch(/starts \(2024-06-30\) after it ends \(2024-01-01\)/);
    const bad = await api(`/api/v1/clusters/${f.a.slug}/impact?from=2024-13-45`);
    expect(bad.status).toBe(400);
    expect(isProblem(await api('/api/v1/clusters/no-such-cluster/impact'), 404)).toBe(true);
  });
});

describe('network impact figures', () => {
  it('are for admins only', async () => {
    expect((await api(`/api/v1/impact?${RANGE}`)).status).toBe(401);
    expect((await api(`/api/v1/impact?${RANGE}`, { token: f.moderator.token })).status).toBe(403);
  });

  it('add up every cluster', async () => {
    const res = await api(`/api/v1/impact?${RANGE}`, { token: f.admin.token });
    expect(res.status).toBe(200);
    expect(res.body.scope).toEqual({ kind: 'network', slug: null, name: null });
    // A and B (other tests in this file add nothing in 2024).
    expect(res.body.needs.posted).toEqual([q('2024-Q1', 7), q('2024-Q2', 0)]);
    expect(res.body.decisions).toEqual([q('2024-Q1', 3), q('2024-Q2', 3)]);
    expect(res.body.smes.total).toBe(4);
    expect(res.body.cooperations).toMatchObject({
      started: [q('2024-Q1', 1), q('2024-Q2', 2)],
      pilots_started: [q('2024-Q1', 1), q('2024-Q2', 2)],
      pilots_running: 2,
    });
    expect(res.body.solutions.by_country).toEqual([
      { key: 'DE', value: 4 },
      { key: 'AT', value: 2 },
      { key: 'FR', value: 1 },
    ]);
    const csv = await api(`/api/v1/impact.csv?${RANGE}`, { token: f.admin.token });
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="impact-network-2024-01-01-2024-06-30.csv"',
    );
  });
});
