import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(baseURL: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseURL}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`wrangler dev did not become healthy within 120 s:\n${output()}`);
}

/** Starts the platform exactly as `npm start` does, on a free port with its own database. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), 'bedside-e2e-'));
  const baseURL = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(
    'node_modules/.bin/tsx',
    ['scripts/start.ts', '--port', String(port), '--persist-to', persistTo],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await waitForHealth(baseURL, server, () => log);
  project.provide('baseURL', baseURL);

  return () => {
    // The server's output, for when a browser test failed on something only its log explains.
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/e2e-server.log', log);
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    rmSync(persistTo, { recursive: true, force: true });
  };
}
