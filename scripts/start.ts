// npm start: local D1 migrated and seeded with demo data, development secrets, then `wrangler dev` (with the
// development mailbox at /dev/mailbox).
// Usage: npm start -- [--port 8787] [--persist-to .wrangler/state] [other wrangler dev flags]
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

const wrangler = spawn(
  join('node_modules', '.bin', 'wrangler'),
  [
    'dev',
    '--port',
    port,
    '--ip',
    ip,
    '--persist-to',
    persistTo,
    // Links in emails must lead back here; the dev mailbox shows every email sent.
    '--var',
    `PUBLIC_ORIGIN:http://${ip}:${port}`,
    '--var',
    'DEV_MAILBOX:on',
    // Webhooks may reach a receiver on this machine (http://127.0.0.1:<port>), never in production.
    '--var',
    'WEBHOOKS_ALLOW_LOOPBACK:on',
    ...rest,
  ],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));
