/**
 * What the Worker bundle gets for zod's `../locales/index.js` (the `[alias]` in wrangler.toml).
 *
 * zod ships its error messages in about fifty languages, 260 KiB of the minified bundle (issue
 * 17). `@hono/zod-openapi` hands zod's whole namespace to `extendZodWithOpenApi`, so the bundler
 * cannot leave `z.locales` out by itself. Nobody reads zod's words: the API answers with its own
 * problem documents and the pages say every mistake in the page's language
 * (`web/pipeline/issue-messages.ts`). zod sets English itself, from its own `locales/en.js`, so
 * this catalogue keeps English alone. Tests and `tsc` see zod as it is; only the bundle changes.
 */
export { default as en } from 'zod/v4/locales/en.js';
