import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { SERVER_EXITED, SERVER_LOG } from './server-log';

// The browser tests' setup file: wait for the `wrangler dev` that global-setup.ts started (it does
// not wait itself, so the workerd projects need not). Once it is up, each file's wait is one request.

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
    if (log.includes(SERVER_EXITED)) throw new Error(`npm start stopped before it served a request:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`wrangler dev did not become healthy within ${WAIT_MS / 1000} s:\n${logTail()}`);
}

await untilHealthy(inject('baseURL'));
