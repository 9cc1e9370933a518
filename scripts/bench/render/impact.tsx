import { ImpactDashboard } from '../../../web/pages/impact/dashboard';
import type { ImpactFigures } from '../../../worker/domain/impact/figures.view';
import type { RenderCase } from './measure';
import { id, pageContext } from './world';

/** The bench's impact volume: eight quarters of one cluster (seedImpactVolume), the full figures. */
const QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1'];
const series = (scale: number) => QUARTERS.map((quarter, n) => ({ quarter, value: scale + ((n * 37) % scale) }));
const timing = (days: number) => ({
  by_quarter: QUARTERS.map((quarter, n) => ({ quarter, n: 100 + n, median_days: days + n, p90_days: days * 2 + n })),
  overall: { n: 860, median_days: days + 3, p90_days: days * 2 },
});

const figures = (): ImpactFigures => ({
  scope: { kind: 'cluster', slug: 'cluster-0', name: 'BioRN' },
  audience: 'full',
  range: {
    from: '2025-04-01',
    to: '2027-03-31',
    quarters: QUARTERS,
    counts_from: '2025-04-01',
    counts_to: '2027-03-31',
  },
  needs: { posted: series(1_300), published: series(1_250) },
  decisions: series(750),
  solutions: {
    by_quarter: series(12_500),
    total: 100_000,
    by_country: ['DE', 'AT', 'IT', 'RO', 'CH', 'FR', 'NL', 'ES'].map((key, n) => ({ key, value: 20_000 - n * 2_000 })),
    by_kind: ['sme', 'startup', 'industry', 'university', 'research_institute', 'hospital'].map((key, n) => ({
      key,
      value: 25_000 - n * 3_000,
    })),
    countries_withheld: false,
  },
  smes: { total: 800, by_quarter: series(100) },
  time_to_decision: { from_posting: timing(120), from_publication: timing(100) },
  jury: {
    challenges: 6_000,
    jurors: 400,
    seats: 30_000,
    max_per_juror: 120,
    expected: 300_000,
    evaluations: 270_000,
    completion: 0.9,
  },
  cooperations: {
    started: series(125),
    pilots_started: series(60),
    pilots_completed: series(30),
    pilots_running: 45,
    kpis_met: series(20),
    funding: [
      { currency: 'EUR', amount_minor: 1_250_000_000 },
      { currency: 'CHF', amount_minor: 90_000_000 },
    ],
  },
  meetings: {
    held: series(40),
    next_steps: ['none', 'call', 'nda', 'pilot', 'joint_application'].map((key, n) => ({ key, value: 50 - n * 8 })),
  },
});

export function impactPage(): RenderCase {
  const shown = figures();
  const calls = Array.from({ length: 20 }, (_, n) => ({ id: id(7, n), title: `Call ${n + 1} for precision pilots` }));
  const page = pageContext('/clusters/cluster-0/impact');
  return {
    name: 'impact page (cluster, moderator, charts)',
    volume: '8 quarters, every chart, 20 calls to filter by',
    element: () => (
      <ImpactDashboard
        page={page}
        paths={{ page: '/clusters/cluster-0/impact', api: '/api/v1/clusters/cluster-0/impact' }}
        title="BioRN"
        form={{ from: '2025-04-01', to: '2027-03-31', invalid: false, call: '' }}
        figures={shown}
        calls={calls}
      />
    ),
  };
}
