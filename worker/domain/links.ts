/**
 * Emailed links (confirm an address, reset a password, accept an invitation, unsubscribe) carry
 * `<id>.<mac>`: the id of a row and an HMAC-SHA256 of what the link is for, keyed with the
 * Worker secret LINK_SECRET. The database stores no token, so a copy of it opens no link; a row
 * that is used, revoked or bumped (`version`) voids its links.
 */

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  // An empty or short key would let anyone sign links: refuse rather than sign with it.
  if (secret.length < 32) throw new Error('The link secret must be at least 32 characters long.');
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

const toBase64Url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** What a link is for: its purpose, the row and the row's version, so one link never opens another. */
const subject = (purpose: string, id: string, version: number) => `${purpose}:${id}:${version}`;

/** `<id>.<mac>` for a link that opens `purpose` on row `id` (at `version`). */
export async function signLink(secret: string, purpose: string, id: string, version = 0): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(subject(purpose, id, version)));
  return `${id}.${toBase64Url(mac)}`;
}

/** The id a link's token names, before its MAC is checked (to read the row it is about). */
export function linkId(token: string): string | null {
  const [id, mac, ...rest] = token.split('.');
  return id && mac && rest.length === 0 && /^[0-9a-f-]{36}$/.test(id) ? id : null;
}

/** Whether `token` is a link this deployment signed for `purpose` on row `id` at `version` (constant time). */
export async function verifyLink(secret: string, token: string, purpose: string, id: string, version = 0) {
  const mac = fromBase64Url(token.split('.')[1] ?? '');
  if (!mac || linkId(token) !== id) return false;
  return crypto.subtle.verify('HMAC', await keyFor(secret), mac, encoder.encode(subject(purpose, id, version)));
}
