// The public cache's throughput (issue 17): anonymous reads served from the Workers Cache API against
// GET /api/v1/health/live (no database) in the same run, interleaved, each request from another client
// address (CF-Connecting-IP) so the anonymous read limit is not what gets measured.
// Usage: npx tsx scripts/bench/public-cache.ts [--port 8814] [--duration 5] [--rounds 3] [--persist-to DIR]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { demoWorld } from '../../worker/seed/demo-world';
import { seedDemo } from '../../worker/seed/seed';
import { takeOptions } from '../lib/args';
import { ensureDevSecrets } from '../lib/dev-vars';
import { applyLocalMigrations, withLocalDb } from '../lib/local-db';
import { waitUntilHealthy } from './server';

const { options } = takeOptions(process.argv.slice(2), ['port', 'duration', 'rounds', 'persist-to'] as const);
const port = Number(options.port ?? 8814);
const duration = Number(options.duration ?? 5);
const rounds = Number(options.rounds ?? 3);
const persistTo = options['persist-to'] ?? join('.wrangler', 'bench-public-cache');
const base = `http://127.0.0.1:${port}`;
process.env.WRANGLER_SEND_METRICS = 'false';

await ensureDevSecrets();
applyLocalMigrations(persistTo);
await withLocalDb(persistTo, (db) => seedDemo(db, demoWorld));
const child = spawn(
  join('node_modules', '.bin', 'wrangler'),
  ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persistTo, '--var', `PUBLIC_ORIGIN:${base}`],
  { stdio: 'ignore', detached: true },
);
const stop = () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGTERM');

try {
  await waitUntilHealthy(base, child);
  const list = (await (await fetch(`${base}/api/v1/challenges?limit=1`)).json()) as { data: { id: string }[] };
  const clusters = (await (await fetch(`${base}/api/v1/clusters`)).json()) as { data: { slug: string }[] };
  const calls = (await (await fetch(`${base}/api/v1/calls`)).json()) as { items: { id: string }[] };
  const id = list.data[0]?.id;
  const html = { accept: 'text/html', 'accept-language': 'de-DE,de;q=0.9' };
  const routes: [string, string, Record<string, string>][] = [
    ['list GET /api/v1/challenges', '/api/v1/challenges', {}],
    ['search ?q=patients', '/api/v1/challenges?q=patients', {}],
    ['detail GET /api/v1/challenges/{id}', `/api/v1/challenges/${id}`, {}],
    ['catalogue page /challenges', '/challenges', html],
    ['challenge page /challenges/{id}', `/challenges/${id}`, html],
    ['cluster page /clusters/{slug}', `/clusters/${clusters.data[0]?.slug}`, html],
    ['call page /calls/{id}', `/calls/${calls.items[0]?.id}`, html],
    ['Atom feed', '/feeds/challenges.atom', {}],
    ['open data calls.json', '/api/v1/open-data/calls.json', {}],
  ];
  /** Requests per second over `duration`, each request from a fresh client address; throws on any non-2xx. */
  const rps = async (path: string, headers: Record<string, string>, fresh = false) => {
    let n = 0;
    const sent = { ...headers, ...(fresh ? { 'cache-control': 'no-cache' } : {}) };
    const result = await autocannon({
      url: base + path,
      connections: 10,
      duration,
      requests: [
        {
          setupRequest: (request) => {
            n++;
            request.headers = { ...sent, 'cf-connecting-ip': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
            return request;
          },
        },
      ],
    });
    if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
    return result.requests.average;
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.info(`| route | cached ÷ live | uncached ÷ live | x-bedside-cache |`);
  console.info(`|---|---|---|---|`);
  for (const [name, path, headers] of routes) {
    await fetch(base + path, { headers });
    const state = (await fetch(base + path, { headers })).headers.get('x-bedside-cache');
    const cached: number[] = [];
    const uncached: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const live = await rps('/api/v1/health/live', {});
      cached.push((await rps(path, headers)) / live);
      uncached.push((await rps(path, headers, true)) / live);
    }
    console.info(`| ${name} | ${median(cached).toFixed(2)} | ${median(uncached).toFixed(2)} | ${state} |`);
  }
} finally {
  stop();
}
