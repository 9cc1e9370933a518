import { fetchWithin, served } from './deadline';
import { nextClientAddress } from './load';
import type { BenchContext } from './routes';

// The impact dashboards at volume (issue 15: 10 000 challenges and 100 000 solutions in one
// cluster, seedImpactVolume): each read for a fixed time by a few concurrent readers, with its
// p50 and p95 and their ratio to GET /api/v1/health in the same run, then by one reader alone
// (what a moderator waits for when no one else is reading: the local D1 answers one query at a
// time, so concurrent readers queue behind each other). The plan's budget: the cluster dashboard
// under 150 ms at p95, the network's under 300 ms; both are judged, under load and alone.

interface ImpactRoute {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** The plan's p95 budget in ms, where it set one. */
  budgetMs?: number;
}

export interface ImpactMeasure {
  name: string;
  status: number;
  requests: number;
  p50: number;
  p95: number;
  /** One reader, one request after another. */
  alone: { p50: number; p95: number };
  budgetMs?: number;
}

const html = { accept: 'text/html' };

function impactRoutes(ctx: BenchContext, slug: string, callId: string): ImpactRoute[] {
  return [
    { name: 'GET /api/v1/health', path: '/api/v1/health' },
    {
      name: 'cluster dashboard, JSON (moderator)',
      path: `/api/v1/clusters/${slug}/impact`,
      headers: ctx.moderatorAuth,
      budgetMs: 150,
    },
    {
      name: 'cluster dashboard, CSV (moderator)',
      path: `/api/v1/clusters/${slug}/impact.csv`,
      headers: ctx.moderatorAuth,
      budgetMs: 150,
    },
    {
      name: 'cluster dashboard, HTML with charts (moderator)',
      path: `/clusters/${slug}/impact`,
      headers: { ...ctx.moderatorAuth, ...html },
      budgetMs: 150,
    },
    { name: 'cluster dashboard, public HTML', path: `/clusters/${slug}/impact`, headers: html, budgetMs: 150 },
    { name: 'network dashboard, JSON (admin)', path: '/api/v1/impact', headers: ctx.adminAuth, budgetMs: 300 },
    { name: 'network dashboard, HTML (admin)', path: '/impact', headers: { ...ctx.adminAuth, ...html }, budgetMs: 300 },
    { name: 'call page, HTML (a call of the volume)', path: `/calls/${callId}`, headers: html },
  ];
}

/** Nearest rank: the smallest value with at least `p` % of the values at or below it. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** `connections` readers, each requesting `path` one after another for `seconds`; every latency in ms. */
async function sample(base: string, route: ImpactRoute, seconds: number, connections: number) {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let status = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const res = await fetchWithin(base + route.path, `measuring ${route.name}`, {
          // `no-cache`: the route itself, not the public cache's copy of it (review of issue 17).
          headers: { ...route.headers, 'cache-control': 'no-cache', 'cf-connecting-ip': nextClientAddress() },
        });
        latencies.push(performance.now() - started);
        status = res.ok ? status || res.status : res.status;
      }
    }),
  );
  return { status, latencies: latencies.sort((a, b) => a - b) };
}

export async function measureImpact(
  base: string,
  ctx: BenchContext,
  { slug, callId }: { slug: string; callId: string },
  { seconds, connections }: { seconds: number; connections: number },
): Promise<ImpactMeasure[]> {
  const measures: ImpactMeasure[] = [];
  for (const route of impactRoutes(ctx, slug, callId)) {
    await sample(base, route, 0.5, 1); // warm up
    const { status, latencies } = await sample(base, route, seconds, connections);
    const alone = await sample(base, route, seconds, 1);
    measures.push({
      name: route.name,
      status: served(status) ? alone.status : status,
      requests: latencies.length,
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      alone: { p50: Math.round(percentile(alone.latencies, 50)), p95: Math.round(percentile(alone.latencies, 95)) },
      budgetMs: route.budgetMs,
    });
  }
  return measures;
}
