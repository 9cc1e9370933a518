// Copies browser assets we serve ourselves (no CDN, strict CSP) from node_modules into web/public/vendor.
// Runs after `npm install`; the copies are not committed.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const target = new URL('../web/public/vendor/swagger-ui/', import.meta.url).pathname;

let source;
try {
  source = dirname(require.resolve('swagger-ui-dist/package.json'));
} catch {
  console.warn('vendor: swagger-ui-dist is not installed; /api/docs will show the raw OpenAPI link only.');
  process.exit(0);
}
mkdirSync(target, { recursive: true });
for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
  const from = join(source, file);
  if (existsSync(from)) copyFileSync(from, join(target, file));
}
