// npm run bench -- --flat [--solutions 1000] [--evaluators 20] [--rounds 3] [--duration 5] [--connections 10] [--only jury,ranking]
// Issue 17: "p99 of every working page is flat (≤ 1.5×) from 10 to 1 000 solutions". Seeds the
// demo world and two judged challenges (seedJudging), one with 10 solutions and one with
// `--solutions`, both with the same jury; then drives every working page of each in the same run,
// small and large in turn for `--rounds` rounds (the cores are shared: alternating spreads what
// other work does to both), and prints per route the median over the rounds of p50 and p99 at each
// size, p99(large) ÷ p99(small), whether that is within 1.5×, and the D1 round trips and
// statements at each size (a flat page costs the same at both). GET /api/v1/health is measured the
// same way first: its own ratio is the run's noise floor. Exits with 1 when any answer is not 2xx/3xx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorld } from '../../worker/seed/demo-world';
import { seedDemo } from '../../worker/seed/seed';
import { applyLocalMigrations, withLocalDb } from '../lib/local-db';
import { fetchWithin, served } from './deadline';
import { load } from './load';
import { type RouteFigures, routeFigures } from './route-figures';
import { HEALTH_PATH, signIn } from './routes';
import { type BenchServer, startServer } from './server';
import { seedJudging } from './volume';

/** The goal: p99 at the large volume at most this many times p99 at the small one. */
export const FLAT_RATIO = 1.5;
/** The small judged challenge's solutions. */
const SMALL = 10;

/** One judged challenge of the run, as its routes need it. */
interface Judged {
  solutions: number;
  challengeId: string;
  /** Its first solution in the list's order, for the solution and score pages. */
  solutionId: string;
}

interface FlatContext {
  moderator: Record<string, string>;
  juror: Record<string, string>;
}

interface FlatRoute {
  name: string;
  path: (j: Judged) => string;
  /** Who reads it: the moderator (owner-level reads), a juror of both juries (evaluator@demo.test); anyone: health only. */
  as: 'moderator' | 'juror' | 'anyone';
  html?: boolean;
}

/** Every working page and API read of a judged challenge (issue 17's list, and the jury's own pages). */
export const FLAT_ROUTES: FlatRoute[] = [
  { name: 'GET /api/v1/health (noise floor)', path: () => HEALTH_PATH, as: 'anyone' },
  { name: 'ranking, JSON (moderator)', path: (j) => `/api/v1/challenges/${j.challengeId}/ranking`, as: 'moderator' },
  {
    name: 'ranking page (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}/ranking`,
    as: 'moderator',
    html: true,
  },
  {
    name: 'solutions list, JSON (moderator, 50 a page)',
    path: (j) => `/api/v1/challenges/${j.challengeId}/solutions?limit=50`,
    as: 'moderator',
  },
  {
    name: 'solutions page (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}/solutions`,
    as: 'moderator',
    html: true,
  },
  {
    name: 'jury page (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}/jury`,
    as: 'moderator',
    html: true,
  },
  {
    name: 'evaluators API (moderator)',
    path: (j) => `/api/v1/challenges/${j.challengeId}/evaluators`,
    as: 'moderator',
  },
  {
    name: 'audit trail page (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}/audit`,
    as: 'moderator',
    html: true,
  },
  {
    name: 'audit trail API ?challenge= (moderator)',
    path: (j) => `/api/v1/audit?challenge=${j.challengeId}`,
    as: 'moderator',
  },
  {
    name: 'evaluation report, JSON (moderator)',
    path: (j) => `/api/v1/challenges/${j.challengeId}/evaluation-report`,
    as: 'moderator',
  },
  {
    name: 'evaluation report page (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}/evaluation-report`,
    as: 'moderator',
    html: true,
  },
  { name: 'agreement (moderator)', path: (j) => `/api/v1/challenges/${j.challengeId}/agreement`, as: 'moderator' },
  { name: 'solution page (moderator, HTML)', path: (j) => `/solutions/${j.solutionId}`, as: 'moderator', html: true },
  {
    name: 'challenge page, signed in (moderator, HTML)',
    path: (j) => `/challenges/${j.challengeId}`,
    as: 'moderator',
    html: true,
  },
  {
    name: 'conflicts page (juror, HTML)',
    path: (j) => `/challenges/${j.challengeId}/conflicts`,
    as: 'juror',
    html: true,
  },
  { name: 'score page (juror, HTML)', path: (j) => `/solutions/${j.solutionId}/evaluation`, as: 'juror', html: true },
];

const headersFor = (route: FlatRoute, ctx: FlatContext): Record<string, string> => ({
  // Signed-in reads never come from the public cache; no-cache keeps the rule of every bench row.
  'cache-control': 'no-cache',
  ...(route.as === 'moderator' ? ctx.moderator : route.as === 'juror' ? ctx.juror : {}),
  ...(route.html ? { accept: 'text/html', 'accept-language': 'de-DE,de;q=0.9' } : {}),
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** A route's figures over the rounds at one size: the medians, the costs of the first round, failures summed. */
function summarise(runs: RouteFigures[]) {
  return {
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    rps: median(runs.map((r) => r.rps)),
    cost: `${runs[0]?.calls ?? 0}/${runs[0]?.statements ?? 0}`,
    status: runs[0]?.status ?? 0,
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  };
}

/** The first solution of a judged challenge, as the moderator's list gives it. */
async function judged(base: string, moderator: Record<string, string>, challengeId: string, solutions: number) {
  const res = await fetchWithin(`${base}/api/v1/challenges/${challengeId}/solutions?limit=1`, 'finding a solution', {
    headers: moderator,
  });
  const solutionId = ((await res.json()) as { data: { id: string }[] }).data[0]?.id;
  if (!solutionId) throw new Error(`The judged challenge of ${solutions} solutions has none in its list.`);
  return { solutions, challengeId, solutionId };
}

export interface FlatOptions {
  /** The large challenge's solutions. */
  solutions: number;
  evaluators: number;
  connections: number;
  duration: number;
  rounds: number;
  /** Route name words, lower case (health always runs). */
  only: string[];
}

/** The flat run: its own database and wrangler dev, the table, and exit code 1 on any failed answer. */
export async function benchFlat(options: FlatOptions): Promise<void> {
  const log = (message: string) => console.info(`[bench --flat] ${message}`);
  const persistTo = mkdtempSync(join(tmpdir(), 'bedside-bench-flat-'));
  let server: BenchServer | undefined;
  try {
    applyLocalMigrations(persistTo);
    const started = Date.now();
    const [smallId, largeId] = await withLocalDb(persistTo, async (db) => {
      await seedDemo(db, demoWorld);
      const small = await seedJudging(db, { solutions: SMALL, evaluators: options.evaluators });
      const large = await seedJudging(db, { solutions: options.solutions, evaluators: options.evaluators });
      return [small, large];
    });
    log(
      `seeded the demo world and two judged challenges of ${SMALL} and ${options.solutions} solutions × ${options.evaluators} jurors × 6 criteria in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    server = await startServer(persistTo);
    const { base } = server;
    const moderator = await signIn(base, 'moderator@demo.test');
    const ctx: FlatContext = { moderator, juror: await signIn(base, 'evaluator@demo.test') };
    const sizes = [
      await judged(base, moderator, smallId, SMALL),
      await judged(base, moderator, largeId, options.solutions),
    ];
    const routes = FLAT_ROUTES.filter(
      (r) =>
        r.as === 'anyone' || options.only.length === 0 || options.only.some((w) => r.name.toLowerCase().includes(w)),
    );
    log(
      `the Worker (scripts/dev-worker.ts, no inspector) on ${base}; ${routes.length} routes × ${options.rounds} rounds × 2 sizes, ${options.duration} s each, ${options.connections} connections`,
    );
    // Every route read once at each size before any is timed: the first reads keep the figures
    // computed from a whole jury (ranking_cache), as after any change; the table measures the reads after.
    for (const route of routes)
      for (const j of sizes) {
        // The first reads compute the figures from every evaluation: more than one request's time.
        const res = await fetchWithin(base + route.path(j), 'warming up', { headers: headersFor(route, ctx) }, 300);
        if (!served(res.status)) throw new Error(`Warming up ${route.name} answered ${res.status}.`);
      }
    await load(base + HEALTH_PATH, { connections: options.connections, duration: 1 });
    const rows = [];
    for (const route of routes) {
      const runs: RouteFigures[][] = sizes.map(() => []);
      for (let round = 0; round < options.rounds; round++) {
        for (const [k, j] of sizes.entries()) {
          runs[k]?.push(await routeFigures(base + route.path(j), headersFor(route, ctx), options));
        }
      }
      const [small, large] = runs.map(summarise);
      if (!small || !large) continue;
      const ratio = large.p99 / Math.max(small.p99, 1);
      rows.push({ route: route.name, small, large, ratio });
    }
    console.info('');
    console.info(
      `p99 from ${SMALL} to ${options.solutions} solutions (median of ${options.rounds} rounds of ${options.duration} s at each size; goal ≤ ${FLAT_RATIO}×):`,
    );
    console.table(
      rows.map(({ route, small, large, ratio }) => ({
        route,
        status: `${small.status}/${large.status}`,
        [`p50 ms (${SMALL})`]: small.p50,
        [`p99 ms (${SMALL})`]: small.p99,
        [`p50 ms (${options.solutions})`]: large.p50,
        [`p99 ms (${options.solutions})`]: large.p99,
        [`p99 ${options.solutions} ÷ ${SMALL}`]: ratio.toFixed(2),
        [`flat (≤ ${FLAT_RATIO}×)`]: ratio <= FLAT_RATIO ? 'yes' : 'NO',
        [`req/s ${options.solutions} ÷ ${SMALL}`]: (large.rps / Math.max(small.rps, 1e-9)).toFixed(2),
        [`D1 calls/stmts (${SMALL})`]: small.cost,
        [`D1 calls/stmts (${options.solutions})`]: large.cost,
        'not 2xx/3xx': small.failed + large.failed,
      })),
    );
    const notFlat = rows.filter((r) => r.ratio > FLAT_RATIO).map((r) => r.route);
    console.info(
      notFlat.length === 0
        ? `Every route is flat (≤ ${FLAT_RATIO}×).`
        : `Not flat (> ${FLAT_RATIO}×): ${notFlat.join('; ')}. Compare with the noise floor's ratio (health) before reading much into one run.`,
    );
    const failed = rows.filter((r) => r.small.failed + r.large.failed > 0);
    if (failed.length > 0) {
      process.exitCode = 1;
      console.error(
        `[bench --flat] FAILED: ${failed.map((r) => r.route).join(', ')} answered other than 2xx or 3xx, or failed to connect.`,
      );
    }
  } finally {
    server?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}
