// The Worker served locally as `wrangler dev` serves it (wrangler.toml, .dev.vars, local D1, R2,
// queues, email, cron), through wrangler's own `unstable_startWorker`, for the machines that drive
// it: the bench (scripts/bench/server.ts) and the browser tests (`npm start -- --no-inspector`).
// Usage: tsx scripts/dev-worker.ts --port 8787 [--ip 127.0.0.1] [--persist-to DIR] [--var NAME:value]…
//        [--inspector-port N | --no-inspector]
//
// Why not the `wrangler dev` command: it always attaches its DevTools proxy to the Worker and asks
// it for network events (`Network.enable`); every D1 query then sends four events, each posted to
// wrangler's Node process and written to its debug log. Measured on the demo database, 10
// connections: `GET /api/v1/health` (one D1 query) answered 173–209 req/s under `wrangler dev` and
// 311–348 req/s here, without the inspector; `/api/v1/health/live` (no query) 603 against 626. So a
// load measured under `wrangler dev` counts a cost per query that production does not have. The
// command has no flag to leave the inspector off (wrangler 4.86); the API has `inspector: false`.
import { unstable_startWorker } from 'wrangler';

const argv = process.argv.slice(2);
const vars: Record<string, { type: 'plain_text'; value: string }> = {};
let port = 8787;
let ip = '127.0.0.1';
let persist: string | undefined;
let inspector: { hostname: string; port: number } | false | undefined;
for (let i = 0; i < argv.length; i++) {
  const flag = argv[i];
  const value = () => {
    const next = argv[++i];
    if (next === undefined) throw new Error(`${flag} needs a value.`);
    return next;
  };
  if (flag === '--port') port = Number(value());
  else if (flag === '--ip') ip = value();
  else if (flag === '--persist-to') persist = value();
  else if (flag === '--inspector-port') inspector = { hostname: '127.0.0.1', port: Number(value()) };
  else if (flag === '--no-inspector') inspector = false;
  else if (flag === '--var') {
    const [name, ...rest] = value().split(':');
    if (!name || !rest.length) throw new Error(`--var takes NAME:value, not ${argv[i]}.`);
    vars[name] = { type: 'plain_text', value: rest.join(':') };
  } else throw new Error(`dev-worker: unknown option ${flag}.`);
}

const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  bindings: vars,
  dev: {
    server: { hostname: ip, port },
    inspector,
    // The machines that drive it do not edit the code under it; no watcher polls the sources.
    watch: false,
    ...(persist ? { persist } : {}),
  },
});
await worker.ready;
console.info(`[dev-worker] Ready on http://${ip}:${port}${inspector === false ? ' (no inspector)' : ''}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await worker.dispose();
    process.exit(0);
  });
}
