import { env } from 'cloudflare:test';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { createCall } from '../../helpers/calls';
import { api, isProblem } from '../../helpers/http';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';

// `?call=` on the impact figures (issue 15): only the figures of that call's challenges. The
// tallies are kept by cluster and quarter, so a call's figures are counted from the base tables.
// The hand-worked fixture (tests/helpers/impact-fixture.ts) with one joint call of clusters A and
// B holding A5 (posted 2024-01-01, published 01-02, decided 04-01) and B1; every number below is
// worked out by hand from the fixture's table:
//   A5's solutions: s1 (sme1: small, DE, Q1), s2 (startup: AT, Q1), s3 (large sme: DE, Q1);
//     s7 withdrawn and s8 a draft count nothing. SMEs: sme1 and startup (large is not one).
//   Days to decision: 90 from publication, 91 from posting (n = 1, so median = p90).
//   Jury of A5: jurors 1 and 2 (2 seats, 1 each); 3 solutions × 2 seats − 1 conflict = 5 expected;
//     4 evaluations count (juror 1 on s1, s2, s3; juror 2 on s1) → completion 0.8.
//   Cooperation K1 (s1): started, pilot started, pilot completed and KPI met in Q2, none running,
//     EUR 250 000.00 (not a public milestone); K2 (A4) is not in the call.

let f: ImpactFixture;
let callId: string;
const RANGE = 'from=2024-01-01&to=2024-06-30';
const q = (quarter: string, value: number) => ({ quarter, value });
const at = (date: string) => `${date}T12:00:00.000Z`;

beforeAll(async () => {
  f = await impactFixture();
  callId = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO calls (id, status, title, description, opens_at, closes_at, published_at)
       VALUES (?, 'published', 'Joint diagnostics call 2024', 'Diagnostics for two clusters.', ?, ?, ?)`,
    ).bind(callId, at('2023-12-01'), at('2024-03-31'), at('2023-12-01')),
    env.DB.prepare('INSERT INTO call_clusters (call_id, cluster_id, lead) VALUES (?, ?, 1), (?, ?, 0)').bind(
      callId,
      f.a.id,
      callId,
      f.b.id,
    ),
    env.DB.prepare('UPDATE challenges SET call_id = ? WHERE cluster_id = ? AND decided_at = ?').bind(
      callId,
      f.a.id,
      at('2024-04-01'),
    ),
    env.DB.prepare('UPDATE challenges SET call_id = ? WHERE cluster_id = ?').bind(callId, f.b.id),
  ]);
});

const CALL_FULL = {
  audience: 'full',
  needs: { posted: [q('2024-Q1', 1), q('2024-Q2', 0)], published: [q('2024-Q1', 1), q('2024-Q2', 0)] },
  decisions: [q('2024-Q1', 0), q('2024-Q2', 1)],
  solutions: {
    by_quarter: [q('2024-Q1', 3), q('2024-Q2', 0)],
    total: 3,
    by_country: [
      { key: 'DE', value: 2 },
      { key: 'AT', value: 1 },
    ],
    by_kind: [
      { key: 'sme', value: 2 },
      { key: 'startup', value: 1 },
    ],
    countries_withheld: false,
  },
  smes: { total: 2, by_quarter: [q('2024-Q1', 2), q('2024-Q2', 0)] },
  time_to_decision: {
    from_publication: {
      by_quarter: [{ quarter: '2024-Q2', n: 1, median_days: 90, p90_days: 90 }],
      overall: { n: 1, median_days: 90, p90_days: 90 },
    },
    from_posting: {
      by_quarter: [{ quarter: '2024-Q2', n: 1, median_days: 91, p90_days: 91 }],
      overall: { n: 1, median_days: 91, p90_days: 91 },
    },
  },
  jury: { challenges: 1, jurors: 2, seats: 2, max_per_juror: 1, expected: 5, evaluations: 4, completion: 0.8 },
  cooperations: {
    started: [q('2024-Q1', 0), q('2024-Q2', 1)],
    pilots_started: [q('2024-Q1', 0), q('2024-Q2', 1)],
    pilots_completed: [q('2024-Q1', 0), q('2024-Q2', 1)],
    pilots_running: 0,
    kpis_met: [q('2024-Q1', 0), q('2024-Q2', 1)],
    funding: [{ currency: 'EUR', amount_minor: 25_000_000 }],
  },
};

describe('impact figures of one call', () => {
  it("gives a cluster's moderators the call's figures in that cluster, as worked out by hand (nothing of B1)", async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}&call=${callId}`, {
      token: f.moderator.token,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject(CALL_FULL);
    expect(res.body.scope).toEqual({
      kind: 'cluster',
      slug: f.a.slug,
      name: `Cluster ${f.a.slug}`,
      call: { id: callId, title: 'Joint diagnostics call 2024' },
    });
    // Without the filter, the cluster's figures are unchanged (6 needs posted in Q1).
    const all = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, { token: f.moderator.token });
    expect(all.body.needs.posted).toEqual([q('2024-Q1', 6), q('2024-Q2', 0)]);
    expect(all.body.scope.call).toBeUndefined();
  });

  it('gives everyone else the public figures of the call: countries under 5 withheld, public milestones only', async () => {
    const solver = await registerUser('solver');
    for (const token of [undefined, solver.token]) {
      const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}&call=${callId}`, { token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        audience: 'public',
        needs: { posted: null, published: CALL_FULL.needs.published },
        decisions: CALL_FULL.decisions,
        solutions: { by_quarter: null, total: null, by_country: [], by_kind: null, countries_withheld: true },
        smes: null,
        time_to_decision: null,
        jury: null,
        cooperations: { ...CALL_FULL.cooperations, funding: [] },
      });
    }
  });

  it('answers CSV with the call named, parsed back to the same figures', async () => {
    const res = await api(`/api/v1/clusters/${f.a.slug}/impact.csv?${RANGE}&call=${callId}`, {
      token: f.moderator.token,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="impact-${f.a.slug}-call-${callId}-2024-01-01-2024-06-30.csv"`,
    );
    const parsed = Papa.parse<Record<string, string>>(res.body as string, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cell = (metric: string, dimension: string, quarter: string) =>
      parsed.data.find((r) => r.metric === metric && r.dimension === dimension && r.quarter === quarter)?.value;
    expect(cell('call', callId, '')).toBe('');
    expect(cell('needs_posted', '', '2024-Q1')).toBe('1');
    expect(cell('decisions', '', '2024-Q2')).toBe('1');
    expect(cell('solutions_submitted', '', '')).toBe('3');
    expect(cell('solutions_submitted', 'country:DE', '')).toBe('2');
    expect(cell('smes', '', '')).toBe('2');
    expect(cell('days_to_decision_median', 'publication', '')).toBe('90');
    expect(cell('jury_completion', '', '')).toBe('0.8');
    expect(cell('cooperations_started', '', '2024-Q2')).toBe('1');
    expect(cell('funding_minor', 'EUR', '')).toBe('25000000');
    expect(cell('funding_minor', 'CHF', '')).toBeUndefined();
  });

  it("adds up the call's challenges of every cluster for the network (A5 and B1)", async () => {
    const res = await api(`/api/v1/impact?${RANGE}&call=${callId}`, { token: f.admin.token });
    expect(res.status).toBe(200);
    expect(res.body.scope).toEqual({
      kind: 'network',
      slug: null,
      name: null,
      call: { id: callId, title: 'Joint diagnostics call 2024' },
    });
    expect(res.body.needs.posted).toEqual([q('2024-Q1', 2), q('2024-Q2', 0)]);
    expect(res.body.decisions).toEqual([q('2024-Q1', 1), q('2024-Q2', 1)]);
    expect(res.body.solutions.total).toBe(4);
    expect(res.body.smes.total).toBe(3);
    expect(res.body.cooperations).toMatchObject({
      started: [q('2024-Q1', 1), q('2024-Q2', 1)],
      pilots_running: 1,
    });
  });

  it("is 404 for a call the viewer may not see (a draft) or that does not exist, and the call's managers see a draft's", async () => {
    const draft = await createCall(f.moderator, [f.a.slug]);
    const solver = await registerUser('solver');
    for (const token of [undefined, solver.token, f.otherModerator.token]) {
      const res = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}&call=${draft.id}`, { token });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      const csv = await api(`/api/v1/clusters/${f.a.slug}/impact.csv?${RANGE}&call=${draft.id}`, { token });
      expect(csv.status).toBe(404);
    }
    const none = await api(`/api/v1/impact?call=${crypto.randomUUID()}`, { token: f.admin.token });
    expect(isProblem(none, 404, 'not_found')).toBe(true);
    const managers = await api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}&call=${draft.id}`, {
      token: f.moderator.token,
    });
    expect(managers.status).toBe(200);
    expect(managers.body.solutions.total).toBe(0);
  });
});
