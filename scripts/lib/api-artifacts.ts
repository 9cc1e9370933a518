import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { api } from '../../worker/api';
import { openApiDocument } from '../../worker/openapi';

/** What writes them, for the header of each and the staleness test's message. */
export const GENERATE_COMMAND = 'npm run api:generate';

/**
 * The server the snapshot names. The served document names the origin it was asked at, which
 * differs per deployment and per test run; a reserved `.example` name makes plain it is a stand-in.
 */
export const SNAPSHOT_ORIGIN = 'https://bedside.example';

/** Where each generated file lives, relative to the repository's root. */
export const ARTIFACTS = {
  document: 'docs/openapi.json',
  types: 'clients/typescript/src/schema.d.ts',
} as const;

/** Keys sorted at every level: the snapshot's diff shows what changed, not where a route was registered. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/**
 * The OpenAPI document as the API half builds it (no workerd, no database: the document is made from
 * the routes' zod schemas alone) and the client's types generated from it, as the text of each file.
 */
export async function generateApiArtifacts(): Promise<Record<string, string>> {
  const document = sortKeys(openApiDocument(api, SNAPSHOT_ORIGIN)) as OpenAPI3;
  const types = astToString(await openapiTS(document));
  return {
    [ARTIFACTS.document]: `${JSON.stringify(document, null, 2)}\n`,
    [ARTIFACTS.types]: `// Generated from docs/openapi.json by \`${GENERATE_COMMAND}\`: edit the routes, not this file.\n${types}`,
  };
}
