import { env } from 'cloudflare:test';
import { base64url, decodeJwt, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { typedClient } from '../../helpers/client';
import { api, isProblem } from '../../helpers/http';

let user: TestUser;
let claims: { sub: string; sid: string };

beforeAll(async () => {
  user = await registerUser('clinician');
  const payload = decodeJwt(user.token);
  claims = { sub: String(payload.sub), sid: String(payload.sid) };
});

const encode = (value: unknown) => base64url.encode(JSON.stringify(value));

/** Signs claims with a private JWK, defaulting to a valid token from the server's own key. */
async function sign(jwkJson: string, overrides: { iss?: string; aud?: string; exp?: number; sub?: string } = {}) {
  const jwk = JSON.parse(jwkJson) as JWK;
  const key = await importJWK(jwk, 'ES256');
  return new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setSubject(overrides.sub ?? claims.sub)
    .setIssuer(overrides.iss ?? env.JWT_ISSUER)
    .setAudience(overrides.aud ?? env.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(overrides.exp ?? '10m')
    .sign(key);
}

async function expectRefused(token: string, reason: RegExp) {
  const res = await api('/api/v1/me', { token });
  expect(isProblem(res, 401, 'unauthorized')).toBe(true);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="bedside", error="invalid_token"/);
  expect(res.body.detail).toMatch(reason);
}

/** The published keys, typed by the document. */
const publishedKeys = async () => (await typedClient().GET('/.well-known/jwks.json')).data!.keys;

describe('access tokens', () => {
  it('are ES256 JWTs with kid, iss, aud, sub, exp, iat and the session id', async () => {
    const [header] = user.token.split('.');
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(header!)))).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    const payload = decodeJwt(user.token);
    expect(payload).toMatchObject({ iss: env.JWT_ISSUER, aud: env.JWT_AUDIENCE, sub: user.id });
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(typeof payload.sid).toBe('string');
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
  });

  it('verify against the published JWKS, which holds public keys only', async () => {
    const keys = await publishedKeys();
    expect(keys.map((key) => key.kid)).toEqual([
      JSON.parse(env.JWT_PRIVATE_JWK!).kid,
      JSON.parse(env.TEST_PREVIOUS_PRIVATE_JWK).kid,
    ]);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key.d).toBeUndefined();
    }
  });

  it('signed with a rotated-out key listed in the JWKS are still accepted', async () => {
    expect((await api('/api/v1/me', { token: await sign(env.TEST_PREVIOUS_PRIVATE_JWK) })).status).toBe(200);
  });
});

describe('the API refuses, with 401 and WWW-Authenticate', () => {
  it('no token on a route that needs one', async () => {
    const res = await api('/api/v1/me');
    expect(isProblem(res, 401, 'unauthorized')).toBe(true);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="bedside"');
  });

  it('an Authorization header that is not a Bearer JWT', async () => {
    const res = await api('/api/v1/me', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(isProblem(res, 401, 'unauthorized')).toBe(true);
  });

  it('alg: none', async () => {
    const payload = decodeJwt(user.token);
    await expectRefused(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`, /ES256|malformed/);
  });

  it('an HS256 token made with the public key as the secret', async () => {
    const [publicJwk] = await publishedKeys();
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const forged = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256', kid: publicJwk!.kid })
      .setSubject(claims.sub)
      .setIssuer(env.JWT_ISSUER)
      .setAudience(env.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(secret);
    await expectRefused(forged, /ES256/);
  });

  it('a token signed with a different key under the real kid, or under an unknown kid', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(privateKey);
    await expectRefused(await sign(JSON.stringify({ ...jwk, kid: JSON.parse(env.JWT_PRIVATE_JWK!).kid })), /signature/);
    await expectRefused(await sign(JSON.stringify({ ...jwk, kid: 'attacker' })), /unknown key/);
  });

  it('a tampered payload', async () => {
    const other = await registerUser('solver');
    const [header, , signature] = user.token.split('.');
    const payload = { ...decodeJwt(user.token), sub: other.id };
    await expectRefused(`${header}.${encode(payload)}.${signature}`, /signature/);
  });

  it('an expired token', async () => {
    await expectRefused(await sign(env.JWT_PRIVATE_JWK!, { exp: Math.floor(Date.now() / 1000) - 60 }), /expired/);
  });

  it('a wrong audience or issuer', async () => {
    await expectRefused(await sign(env.JWT_PRIVATE_JWK!, { aud: 'another-service' }), /aud/);
    await expectRefused(await sign(env.JWT_PRIVATE_JWK!, { iss: 'https://evil.example' }), /iss/);
  });

  it('a token whose subject is not the session owner', async () => {
    const other = await registerUser('solver');
    await expectRefused(await sign(env.JWT_PRIVATE_JWK!, { sub: other.id }), /session/);
  });

  it('a token of a revoked session', async () => {
    const victim = await registerUser('clinician');
    expect((await api('/api/v1/auth/logout', { method: 'POST', token: victim.token })).status).toBe(204);
    await expectRefused(victim.token, /session/);
  });

  it('a bad token even on a public route (never silently anonymous)', async () => {
    const res = await api('/api/v1/clusters', { token: `${user.token.slice(0, -4)}AAAA` });
    expect(isProblem(res, 401, 'unauthorized')).toBe(true);
  });
});
