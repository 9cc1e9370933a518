import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { generateLinkSecret, generateSigningJwk } from './scripts/lib/dev-vars.ts';

// Projects: `api` and `pages` run inside workerd against a real local D1; `tooling` checks the
// layer rules; `e2e` drives Chromium against a real `wrangler dev` that tests/e2e/global-setup.ts
// starts on a free port.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  // Fresh keys per run: the current signing key, and a "previous" one still accepted after rotation.
  const current = await generateSigningJwk('test');
  const previous = await generateSigningJwk('test-previous');
  const { d: _private, ...previousPublic } = JSON.parse(previous);
  // One definition for both workerd projects, so they always run with the same bindings.
  const workerd = (name: string, include: string) => ({
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
          },
        },
      }),
    ],
    test: {
      name,
      include: [include],
      setupFiles: ['tests/setup/apply-migrations.ts'],
    },
  });
  return {
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      projects: [
        workerd('api', 'tests/api/**/*.test.ts'),
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
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
