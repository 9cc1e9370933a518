import { createLocalJWKSet, importJWK, type JWK } from 'jose';
import type { Bindings } from '../env';
import { Problem } from '../http/problem';

export const TOKEN_ALG = 'ES256';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  /** Current public key first, then any previous ones still accepted (key rotation). */
  jwks: { keys: JWK[] };
  verifyWith: ReturnType<typeof createLocalJWKSet>;
}

function publicPart({ d: _private, ...rest }: JWK): JWK {
  return { ...rest, alg: TOKEN_ALG, use: 'sig', key_ops: ['verify'] };
}

async function load(privateJwk: string, previous: string | undefined): Promise<SigningKeys> {
  const jwk = JSON.parse(privateJwk) as JWK;
  if (!jwk.kid || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) {
    throw new Error('JWT_PRIVATE_JWK must be an EC P-256 private JWK with a kid.');
  }
  const previousKeys = previous ? (JSON.parse(previous) as JWK[]).map(publicPart) : [];
  const jwks = { keys: [publicPart(jwk), ...previousKeys] };
  const privateKey = (await importJWK({ ...jwk, key_ops: ['sign'] }, TOKEN_ALG)) as CryptoKey;
  return { kid: jwk.kid, privateKey, jwks, verifyWith: createLocalJWKSet(jwks) };
}

// Importing a key is pure work on the secret's value; keep it per isolate, keyed by that value.
const cache = new Map<string, Promise<SigningKeys>>();

/** Keys from the `JWT_PRIVATE_JWK` secret (and `JWT_PREVIOUS_PUBLIC_JWKS` during a rotation). */
export function signingKeys(env: Bindings): Promise<SigningKeys> {
  const secret = env.JWT_PRIVATE_JWK;
  if (!secret) {
    throw new Problem('unavailable', 'Sign-in is not configured: the JWT_PRIVATE_JWK secret is missing on the server.');
  }
  const cacheKey = `${secret}\n${env.JWT_PREVIOUS_PUBLIC_JWKS ?? ''}`;
  let keys = cache.get(cacheKey);
  if (!keys) {
    keys = load(secret, env.JWT_PREVIOUS_PUBLIC_JWKS);
    keys.catch(() => cache.delete(cacheKey));
    cache.set(cacheKey, keys);
  }
  return keys;
}
