// npm start: local D1 migrated and seeded with demo data, development secrets, then `wrangler dev` (with the
// development mailbox at /dev/mailbox).
// Usage: npm start -- [--port 8787] [--persist-to .wrangler/state] [--no-inspector] [other wrangler dev flags]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { demoWorld } from '../worker/seed/demo-world';
import { seedDemo } from '../worker/seed/seed';
import { takeOptions } from './lib/args';
import { ensureDevSecrets } from './lib/dev-vars';
import { applyLocalMigrations, withLocalDb } from './lib/local-db';

const { options, rest } = takeOptions(process.argv.slice(2), ['port', 'persist-to', 'ip'] as const);
const port = options.port ?? '8787';
const ip = options.ip ?? '127.0.0.1';
const persistTo = options['persist-to'] ?? join('.wrangler', 'state');
const log = (message: string) => console.info(`[start] ${message}`);

process.env.WRANGLER_SEND_METRICS = 'false';
const secrets = await ensureDevSecrets();
if (secrets.length) log(`wrote development secrets to .dev.vars: ${secrets.join(', ')}`);
applyLocalMigrations(persistTo);
log(`migrations applied to the local database in ${persistTo}`);
const { seeded } = await withLocalDb(persistTo, (db) => seedDemo(db, demoWorld));
log(seeded ? 'seeded demo data (password for every demo account: demo-password-1)' : 'database has data; not seeding');

// Links in emails must lead back here; the dev mailbox shows every email sent. Webhooks may reach a
// receiver on this machine (http://127.0.0.1:<port>), never in production.
const vars = [`PUBLIC_ORIGIN:http://${ip}:${port}`, 'DEV_MAILBOX:on', 'WEBHOOKS_ALLOW_LOOPBACK:on'];
const args = ['--port', port, '--ip', ip, '--persist-to', persistTo, ...vars.flatMap((v) => ['--var', v]), ...rest];
// `--no-inspector` (the browser tests): the same Worker through scripts/dev-worker.ts, without the
// DevTools inspector that `wrangler dev` always attaches (it posts four events to Node for every D1
// query); without its watcher and keyboard shortcuts too, which only a person at the terminal uses.
const wrangler = rest.includes('--no-inspector')
  ? spawn(join('node_modules', '.bin', 'tsx'), ['scripts/dev-worker.ts', ...args], { stdio: 'inherit' })
  : spawn(join('node_modules', '.bin', 'wrangler'), ['dev', ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));
