import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Makes sure `.dev.vars` holds a development signing key (ES256 private JWK), so `npm start`
 * works on a fresh clone. Production keys are Worker secrets and never live in this file.
 */
export async function ensureDevSigningKey(path = '.dev.vars'): Promise<'created' | 'present'> {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (/^JWT_PRIVATE_JWK=/m.test(current)) return 'present';
  const line = `JWT_PRIVATE_JWK='${await generateSigningJwk('dev')}'\n`;
  const separator = current && !current.endsWith('\n') ? '\n' : '';
  writeFileSync(path, `${current}${separator}# Development signing key, written by npm start. Never commit.\n${line}`, {
    mode: 0o600,
  });
  return 'created';
}

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
