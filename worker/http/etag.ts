import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { Problem } from './problem';
import { NOT_MODIFIED, OK } from './status';

/** The strong ETag of a text that is not a versioned resource. */
export const etagOf = async (text: string) => `"${await digest(text)}"`;

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes.slice(0, 10)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const matches = (header: string | undefined, etag: string) =>
  (header?.split(',') ?? []).some((tag) => tag.trim().replace(/^W\//, '') === etag);

/**
 * A JSON read with an ETag (for a versioned resource `"v<version>-<hash>"`, so the ETag can go
 * straight back as If-Match) and caching headers: public for anonymous readers, private otherwise.
 * If-None-Match with the current ETag answers 304 without a body.
 */
export async function cachedJson(c: Context<AppEnv>, body: unknown, version?: number): Promise<Response> {
  const text = JSON.stringify(body);
  const hash = await digest(text);
  return jsonWithEtag(c, text, version === undefined ? `"${hash}"` : `"v${version}-${hash}"`);
}

/** A JSON text and its ETag (`etagOf`), worked out once by a caller that keeps them: as `cachedJson`. */
export function jsonWithEtag(c: Context<AppEnv>, text: string, etag: string): Response {
  const headers = {
    ETag: etag,
    // Signed in: kept by no cache at all (shared ward PCs); middleware/private-no-store.ts says why.
    'Cache-Control': c.var.actor.type === 'anonymous' ? 'public, max-age=60' : 'no-store',
    Vary: 'Authorization, Cookie, Accept-Language',
  };
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, NOT_MODIFIED, headers);
  return c.body(text, OK, { ...headers, 'Content-Type': 'application/json' });
}

/** The version an edit was based on: `If-Match: "v3-…"` / `"3"`, or the body's `version`. */
export function expectedVersion(c: Context<AppEnv>, bodyVersion: number | undefined): number | undefined {
  const header = c.req.header('if-match');
  if (header === undefined) return bodyVersion;
  const fromHeader = /^(?:W\/)?"v?(\d+)(?:-[0-9a-f]*)?"$/.exec(header.trim())?.[1];
  if (fromHeader === undefined) {
    throw new Problem(
      'validation_failed',
      'If-Match must be an ETag of this resource, e.g. "v3-…", or a version "3".',
      {
        errors: [{ path: 'If-Match', message: 'Not an ETag this API issued.' }],
      },
    );
  }
  return Number(fromHeader);
}

/** The version an edit was based on, required: without it a concurrent change could be silently overwritten. */
export function requiredVersion(c: Context<AppEnv>, bodyVersion: number | undefined, what: string): number {
  const version = expectedVersion(c, bodyVersion);
  if (version === undefined) {
    throw new Problem('validation_failed', 'Say which version you edited: send `version` or an If-Match header.', {
      errors: [{ path: 'version', message: `Required; the current version is in the ${what}'s \`version\` and ETag.` }],
    });
  }
  return version;
}
