import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Makes sure `.dev.vars` holds development secrets, so `npm start` works on a fresh clone: a
 * signing key for access tokens (ES256 private JWK) and the key of emailed links. Production
 * secrets are Worker secrets and never live in this file. Returns the names it wrote.
 */
export async function ensureDevSecrets(path = '.dev.vars'): Promise<string[]> {
  let current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const wanted: [name: string, make: () => Promise<string>][] = [
    ['JWT_PRIVATE_JWK', () => generateSigningJwk('dev')],
    ['LINK_SECRET', async () => generateLinkSecret()],
  ];
  const written: string[] = [];
  for (const [name, make] of wanted) {
    if (new RegExp(`^${name}=`, 'm').test(current)) continue;
    const separator = current && !current.endsWith('\n') ? '\n' : '';
    current += `${separator}# Development secret, written by npm start. Never commit.\n${name}='${await make()}'\n`;
    written.push(name);
  }
  if (written.length) writeFileSync(path, current, { mode: 0o600 });
  return written;
}

/** 32 random bytes, hex: the HMAC key of emailed links. */
export const generateLinkSecret = () =>
  [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A new ES256 private JWK with a dated kid, as JSON. */
export async function generateSigningJwk(prefix: string): Promise<string> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const kid = `${prefix}-${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`;
  return JSON.stringify({ ...jwk, kid, alg: 'ES256', use: 'sig' });
}
