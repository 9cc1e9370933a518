import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, inject } from 'vitest';
import { SERVER_EXITED, SERVER_LOG } from './server-log';

// The browser tests' setup file: wait for the `wrangler dev` that global-setup.ts started (it does
// not wait itself, so the workerd projects need not). Once it is up, each wait is one request.

const WAIT_MS = 180_000;

const logTail = () => (existsSync(SERVER_LOG) ? readFileSync(SERVER_LOG, 'utf8').slice(-4000) : '(no log yet)');

async function untilHealthy(baseURL: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    const log = logTail();
    if (log.includes(SERVER_EXITED)) throw new Error(`npm start stopped and was not started again:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`wrangler dev did not become healthy within ${WAIT_MS / 1000} s:\n${logTail()}`);
}

await untilHealthy(inject('baseURL'));
// Before each test too: if wrangler dev crashed under the previous one, global-setup.ts starts it
// again, and this test (or the previous one's retry) waits for it instead of failing on a refused
// connection. While the server is up this is one request of a few milliseconds.
beforeEach(() => untilHealthy(inject('baseURL')));
