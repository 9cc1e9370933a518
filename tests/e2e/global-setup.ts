import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/free-port';
import { CHROMIUM_LAUNCH } from './chromium';
import { SERVER_EXITED, SERVER_LOG, SERVER_RESTARTED } from './server-log';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Where the run's one Chromium listens (`useChromium` in browser.ts connects to it). */
    chromiumEndpoint: string;
  }
}

/**
 * At most this many restarts of a server that crashed after it had served (see below); a server
 * that exits before it is ready is never restarted, so a real start-up failure fails at once.
 */
const MAX_RESTARTS = 3;

/**
 * Starts the platform exactly as `npm start` does, on a free port with its own database, and does
 * not wait for it: the workerd projects run first, and the minute `npm start` takes (migrations,
 * the demo seed, wrangler's build) used to hold every test back. Each browser test file waits for
 * the server's health first (`server-ready.ts`). Its output goes to test-results/e2e-server.log
 * as it comes, for when a browser test failed on something only the log explains. Without the
 * DevTools inspector (`--no-inspector`, scripts/dev-worker.ts): it costs every D1 query four
 * events posted to wrangler's Node process, on the two cores the tests share.
 *
 * `wrangler dev` can die in the middle of a run when a client drops a request (Chromium closing,
 * or a navigation cancelling a page's pending requests): its proxy treats the lost connection as
 * fatal and exits 1 with an empty `✘ [ERROR]` (cloudflare/workers-sdk#15317 and #15451, open). A
 * CI run at 6f9fc39 lost the server that way as the 25th browser file began, and every file after
 * it failed. So a server that crashed after it had served is started again on the same port and
 * database (`npm start` does not seed a database that has data); the log says so, and the tests
 * wait for its health before each test (`server-ready.ts`).
 *
 * It also starts the run's one Chromium as a Playwright browser server; each test file connects
 * to it (`useChromium` in browser.ts) instead of launching its own.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), 'bedside-e2e-'));
  mkdirSync(dirname(SERVER_LOG), { recursive: true });
  const log = createWriteStream(SERVER_LOG);
  let stopping = false;
  let restarts = 0;
  let server: ChildProcess;
  let exited: Promise<void>;

  const start = () => {
    if (stopping) return;
    let served = false;
    server = spawn(
      'node_modules/.bin/tsx',
      ['scripts/start.ts', '--port', String(port), '--persist-to', persistTo, '--no-inspector'],
      {
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', BROWSER: 'none' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      served ||= chunk.includes('Ready on');
    });
    server.stdout?.pipe(log, { end: false });
    server.stderr?.pipe(log, { end: false });
    const { pid } = server;
    exited = new Promise<void>((resolve) =>
      server.on('exit', (code, signal) => {
        const status = code ?? signal;
        if (!stopping && served && restarts < MAX_RESTARTS) {
          restarts++;
          log.write(`\n${SERVER_RESTARTED} (exit ${status}); starting it again, ${restarts} of ${MAX_RESTARTS}\n`);
          // wrangler's workerd may outlive it for a moment and hold the port: end the whole group.
          killGroup(pid, 'SIGKILL');
          setTimeout(start, 1_000);
        } else {
          log.write(`\n${SERVER_EXITED} with ${status}\n`);
        }
        resolve();
      }),
    );
  };
  start();
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  const browser = await chromium.launchServer(CHROMIUM_LAUNCH);
  project.provide('chromiumEndpoint', browser.wsEndpoint());

  return async () => {
    stopping = true;
    await browser.close();
    if (server.exitCode === null && server.signalCode === null) {
      killGroup(server.pid, 'SIGTERM');
      // The log ends after the server's last words (writing to an ended stream would throw), or
      // after 10 s if it does not stop.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    }
    await new Promise((resolve) => log.end(resolve));
    rmSync(persistTo, { recursive: true, force: true });
  };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
