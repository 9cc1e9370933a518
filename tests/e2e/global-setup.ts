import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SERVER_EXITED, SERVER_LOG } from './server-log';

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

/**
 * Starts the platform exactly as `npm start` does, on a free port with its own database, and does
 * not wait for it: the workerd projects run first, and the minute `npm start` takes (migrations,
 * the demo seed, wrangler's build) used to hold every test back. Each browser test file waits for
 * the server's health first (`server-ready.ts`). Its output goes to test-results/e2e-server.log
 * as it comes, for when a browser test failed on something only the log explains.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), 'bedside-e2e-'));
  mkdirSync(dirname(SERVER_LOG), { recursive: true });
  const log = createWriteStream(SERVER_LOG);
  const server = spawn(
    'node_modules/.bin/tsx',
    ['scripts/start.ts', '--port', String(port), '--persist-to', persistTo],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  server.stdout?.pipe(log, { end: false });
  server.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) =>
    server.on('exit', (code, signal) => {
      log.write(`\n${SERVER_EXITED} with ${code ?? signal}\n`);
      resolve();
    }),
  );
  project.provide('baseURL', `http://127.0.0.1:${port}`);

  return async () => {
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      // The log ends after the server's last words (writing to an ended stream would throw), or
      // after 10 s if it does not stop.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    }
    await new Promise((resolve) => log.end(resolve));
    rmSync(persistTo, { recursive: true, force: true });
  };
}
