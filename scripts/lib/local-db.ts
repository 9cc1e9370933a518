import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { createDb, type Database } from '../../worker/db/client';

const WRANGLER = join('node_modules', '.bin', 'wrangler');

/** Applies every pending migration to the local D1 under `persistTo` (never a remote database). */
export function applyLocalMigrations(persistTo: string): void {
  const result = spawnSync(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Applying migrations to ${persistTo} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Runs `work` against the local D1 that `wrangler dev --persist-to persistTo` will serve. */
export async function withLocalDb<T>(persistTo: string, work: (db: Database) => Promise<T>): Promise<T> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: join(persistTo, 'v3') } });
  try {
    return await work(createDb(proxy.env.DB));
  } finally {
    await proxy.dispose();
  }
}
