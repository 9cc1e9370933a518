import { statfsSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { generateLinkSecret, generateSigningJwk } from './scripts/lib/dev-vars.ts';
import { webhookReceiver } from './tests/setup/webhook-receiver.ts';

// Projects: `api` and `pages` run inside workerd against a real local D1; `tooling` checks the
// layer rules; `e2e` drives Chromium against a real `wrangler dev` that tests/e2e/global-setup.ts
// starts on a free port.
/**
 * Each Miniflare runtime keeps its D1, R2 and queue state under the OS temp dir, and SQLite syncs
 * every commit there; so does the browser tests' `wrangler dev`. On a disk the workerd projects
 * waited on those syncs (1–11 % of the CPU time in I/O wait): 38 files of challenges and evaluation
 * took 105 s with /tmp on disk and 82 s with it in memory. So, unless TMPDIR is set already, a
 * Linux machine's memory-backed /dev/shm holds it, when it has room (Docker's 64 MB would not).
 */
function tmpdirInMemory(): void {
  if (process.env.TMPDIR) return;
  try {
    const shm = statfsSync('/dev/shm');
    if (shm.bavail * shm.bsize >= 2 ** 30) process.env.TMPDIR = '/dev/shm';
  } catch {
    // No /dev/shm (macOS, Windows): the usual temp dir.
  }
}

export default defineConfig(async () => {
  tmpdirInMemory();
  const migrations = await readD1Migrations('migrations');
  // Webhook deliveries go to a local receiver (tests/setup/webhook-receiver.ts) over loopback.
  const receiver = await webhookReceiver();
  // Fresh keys per run: the current signing key, and a "previous" one still accepted after rotation.
  const current = await generateSigningJwk('test');
  const previous = await generateSigningJwk('test-previous');
  const { d: _private, ...previousPublic } = JSON.parse(previous);
  // The rate-limiting bindings as wrangler.toml configures them, or with room for test worlds that
  // write hundreds of times a minute as one person (the limits themselves are tested in `limits`).
  const limit = (namespace_id: string, limit: number) => ({ namespace_id, simple: { limit, period: 60 as const } });
  const CONFIGURED = { ANON_READS: limit('1001', 300), WRITES: limit('1002', 150), SEARCHES: limit('1003', 60) };
  const ROOMY = { ...CONFIGURED, WRITES: limit('1002', 1_000_000) };
  // One definition for the workerd projects, so they always run with the same bindings.
  const workerd = (name: string, include: string, exclude: string[] = [], ratelimits = ROOMY) => ({
    // Hands VITE_FUZZ_* and BEDSIDE_LONG (`npm run test:long`, tests/helpers/volume.ts) to the tests.
    envPrefix: ['VITE_', 'BEDSIDE_'],
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            QUERY_STATS: '1',
            JWT_PRIVATE_JWK: current,
            JWT_PREVIOUS_PUBLIC_JWKS: JSON.stringify([previousPublic]),
            TEST_PREVIOUS_PRIVATE_JWK: previous,
            LINK_SECRET: generateLinkSecret(),
            PUBLIC_ORIGIN: 'https://bedside.test',
            DEV_MAILBOX: 'on',
            WEBHOOKS_ALLOW_LOOPBACK: 'on',
            // Retries a second or two apart instead of minutes to hours (domain/webhooks/deliver.ts).
            WEBHOOK_RETRY_SECONDS: '1,2,2',
            TEST_WEBHOOK_RECEIVER: receiver,
          },
          ratelimits,
          // A second, empty database for tests/api/db/stages-migration.test.ts: migrations applied
          // one by one, with data between them.
          d1Databases: { MIGRATION_DB: 'migration-db' },
        },
      }),
    ],
    test: {
      name,
      include: [include],
      exclude,
      setupFiles: ['tests/setup/apply-migrations.ts'],
      // One runtime per worker runs file after file (starting one took ~2 s of CPU per file);
      // tests/setup/apply-migrations.ts empties the database before each. The `limits` project
      // keeps a runtime per file: its rate-limit counters live in the runtime, not the database.
      isolate: ratelimits === CONFIGURED,
      // Worlds built over HTTP take seconds while four projects share two cores: 5 s was too tight.
      testTimeout: 20_000,
      // Hooks build worlds too (55 challenges for a query budget): 10 s timed out with six test runs on two cores.
      hookTimeout: 30_000,
    },
  });
  return {
    test: {
      // Vitest's default on two cores is one worker: the whole suite ran serially at ~1 135 s. Two
      // workers keep both cores busy, each with one Miniflare runtime per project (isolate: false).
      // The e2e project (fileParallelism: false) still runs on its own, after the others, against
      // its one `wrangler dev`.
      maxWorkers: 2,
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      projects: [
        workerd('api', 'tests/api/**/*.test.ts', ['tests/api/**/*.limits.test.ts']),
        workerd('limits', 'tests/api/**/*.limits.test.ts', [], CONFIGURED),
        workerd('pages', 'tests/pages/**/*.test.ts'),
        {
          test: {
            name: 'tooling',
            include: ['tests/tooling/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/global-setup.ts'],
            setupFiles: ['tests/e2e/server-ready.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
            // One retry: on two cores shared with the workerd projects, `wrangler dev` has once left a
            // page load hanging for 30 s (a CI run at 4a76ca5; the same page loaded in 1 s in every
            // other run). A product defect fails twice; the retry is reported in the JSON report.
            retry: 1,
          },
        },
      ],
    },
  };
});
