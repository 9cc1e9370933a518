import { writeFile } from 'node:fs/promises';
import { generateApiArtifacts } from './lib/api-artifacts';

// `npm run api:generate`: writes the OpenAPI snapshot (docs/openapi.json) and the typed client's
// types (clients/typescript/src/schema.d.ts) from the routes. Commit both with the change that
// moved them; tests/tooling/api-artifacts.test.ts fails while either is stale.
for (const [path, text] of Object.entries(await generateApiArtifacts())) {
  await writeFile(path, text);
  console.info(`wrote ${path} (${text.length} bytes)`);
}
