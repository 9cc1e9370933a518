import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../lib/free-port';

/** A `wrangler dev` the bench started on a database of its own. */
export interface BenchServer {
  base: string;
  /** The wrangler process (its workerd children are below it). */
  child: ChildProcess;
  /** Where DevTools (bench/inspector.ts) reach the Worker's isolate, if started with `inspector`. */
  inspectorPort: number;
  stop(): void;
}

export async function waitUntilHealthy(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('wrangler dev exited before it became healthy');
    // Each probe within 5 s: a wrangler dev that accepts but never answers is not healthy either.
    const ok = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('wrangler dev did not become healthy within 120 s');
}

/**
 * The Worker as `wrangler dev` serves it (scripts/dev-worker.ts), on a free port over the local D1
 * under `persistTo`, counting queries in `Server-Timing`, once it answers its health check.
 * Without read limits unless `readLimits`: the bench sends each request from a client address of
 * its own (bench/load.ts), so with them the limiter is called on every anonymous read but never
 * refuses one; the open-data and cold reads outside the load runs come from one address. Without
 * DevTools unless `inspector` (the open-data run reads the isolate's heap through them): wrangler's
 * inspector proxy costs every D1 query four network events posted to its Node process, a cost
 * production does not have (dev-worker.ts has the figures).
 */
export async function startServer(
  persistTo: string,
  { readLimits = false, inspector = false } = {},
): Promise<BenchServer> {
  const port = await freePort();
  // An inspector port of its own: the default (9229) may be another wrangler dev's.
  const inspectorPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    join('node_modules', '.bin', 'tsx'),
    [
      'scripts/dev-worker.ts',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persistTo,
      ...(inspector ? ['--inspector-port', String(inspectorPort)] : ['--no-inspector']),
      '--var',
      'QUERY_STATS:1',
      ...(readLimits ? [] : ['--var', 'ANON_READ_LIMIT:off']),
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    await waitUntilHealthy(base, child);
  } catch (err) {
    stop();
    throw err;
  }
  return { base, child, inspectorPort, stop };
}
