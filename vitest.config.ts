import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { generateSigningJwk } from './scripts/lib/dev-vars.ts';

// Two projects: `api` runs inside workerd against a real local D1; `e2e` drives Chromium
// against a real `wrangler dev` that tests/e2e/global-setup.ts starts on a free port.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  // Fresh keys per run: the current signing key, and a "previous" one still accepted after rotation.
  const current = await generateSigningJwk('test');
  const previous = await generateSigningJwk('test-previous');
  const { d: _private, ...previousPublic } = JSON.parse(previous);
  return {
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      projects: [
        {
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
                },
              },
            }),
          ],
          test: {
            name: 'api',
            include: ['tests/api/**/*.test.ts'],
            setupFiles: ['tests/api/setup/apply-migrations.ts'],
          },
        },
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
