import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, generateApiArtifacts } from '../../scripts/lib/api-artifacts';

// The OpenAPI snapshot (docs/openapi.json) makes every change of the API visible in review, and the
// typed client compiles against the types generated from it: both must be what the routes make now.
// tests/api/platform/openapi-snapshot.test.ts holds the served document to the same snapshot.
describe('the committed OpenAPI snapshot and client types', () => {
  it(`are what \`${GENERATE_COMMAND}\` writes from the routes`, { timeout: 60_000 }, async () => {
    for (const [path, generated] of Object.entries(await generateApiArtifacts())) {
      const committed = await readFile(path, 'utf8').catch(() => '');
      // A boolean, not a diff of 700 KB: the message says what to do.
      expect(committed === generated, `${path} is stale: run \`${GENERATE_COMMAND}\` and commit the result`).toBe(true);
    }
  });
});
