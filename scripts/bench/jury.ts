// npx tsx scripts/bench/jury.ts [--db <dir>] [--solutions 1000] [--evaluators 20] [--duration 5] [--connections 4]
// The jury's read paths alone (issue 17), against GET /api/v1/health in the same run: seeds the demo
// world and one challenge of `solutions` × `evaluators` × 6 criteria (seedJudging) into `--db`
// (kept there: a second run on the same directory applies pending migrations and measures again),
// starts wrangler dev on it and prints p50s, their ratio to /health's, and D1 calls per request.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { demoWorld } from '../../worker/seed/demo-world';
import { seedDemo } from '../../worker/seed/seed';
import { takeOptions } from '../lib/args';
import { ensureDevSecrets } from '../lib/dev-vars';
import { applyLocalMigrations, withLocalDb } from '../lib/local-db';
import { signIn } from './routes';
import { startServer } from './server';
import { seedJudging } from './volume';

const { options } = takeOptions(process.argv.slice(2), [
  'db',
  'solutions',
  'evaluators',
  'duration',
  'connections',
] as const);
const persistTo = options.db ?? '/tmp/bedside-jury-bench';
const duration = Number(options.duration ?? 5);
const connections = Number(options.connections ?? 4);
process.env.WRANGLER_SEND_METRICS = 'false';
await ensureDevSecrets();
mkdirSync(persistTo, { recursive: true });
applyLocalMigrations(persistTo);
const marker = join(persistTo, 'judged-id');
if (!existsSync(marker)) {
  const judgedId = await withLocalDb(persistTo, async (db) => {
    await seedDemo(db, demoWorld);
    return seedJudging(db, {
      solutions: Number(options.solutions ?? 1_000),
      evaluators: Number(options.evaluators ?? 20),
    });
  });
  writeFileSync(marker, judgedId);
}
const judgedId = readFileSync(marker, 'utf8').trim();
const server = await startServer(persistTo);
try {
  const { base } = server;
  const moderator = await signIn(base, 'moderator@demo.test');
  const juror = await signIn(base, 'evaluator@demo.test');
  const solutions = (await (
    await fetch(`${base}/api/v1/challenges/${judgedId}/solutions?limit=1`, { headers: moderator })
  ).json()) as { data: { id: string }[] };
  const solutionId = solutions.data[0]?.id ?? '';
  const html = { accept: 'text/html' };
  const routes: [string, string, Record<string, string>][] = [
    ['GET /api/v1/health', '/api/v1/health', {}],
    ['jury page (moderator, HTML)', `/challenges/${judgedId}/jury`, { ...moderator, ...html }],
    ['evaluators API ?stage=1 (moderator)', `/api/v1/challenges/${judgedId}/evaluators?stage=1`, moderator],
    ['conflicts page (juror, HTML)', `/challenges/${judgedId}/conflicts`, { ...juror, ...html }],
    ['score page (juror, HTML)', `/solutions/${solutionId}/evaluation`, { ...juror, ...html }],
  ];
  await autocannon({ url: `${base}/api/v1/health`, connections, duration: 1 });
  const rows = [];
  // The cores are shared: /health is measured right before each route, in the same minute, and
  // the ratio is to that measurement.
  for (const [name, path, headers] of routes.slice(1)) {
    const probe = await fetch(base + path, { headers });
    await probe.arrayBuffer();
    const timing = /calls=(\d+) statements=(\d+)/.exec(probe.headers.get('server-timing') ?? '');
    const health = await autocannon({ url: `${base}/api/v1/health`, connections, duration });
    const result = await autocannon({ url: base + path, headers, connections, duration });
    rows.push({ name, status: probe.status, health, result, timing });
  }
  console.table(
    rows.map((r) => ({
      route: r.name,
      status: r.status,
      'p50 ms': r.result.latency.p50,
      '/health p50 ms': r.health.latency.p50,
      'req/s': Math.round(r.result.requests.average),
      'req/s ÷ /health': (r.result.requests.average / Math.max(r.health.requests.average, 1)).toFixed(2),
      'D1 calls': r.timing?.[1] ?? '?',
      'SQL stmts': r.timing?.[2] ?? '?',
    })),
  );
} finally {
  server.stop();
}
