import { errors, jwtVerify, SignJWT } from 'jose';
import type { Bindings } from '../env';
import { Problem } from '../http/problem';
import { signingKeys, TOKEN_ALG } from './keys';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export async function signAccessToken(env: Bindings, { userId, sessionId }: AccessClaims): Promise<string> {
  const keys = await signingKeys(env);
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: TOKEN_ALG, kid: keys.kid, typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(env.JWT_ISSUER)
    .setAudience(env.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(keys.privateKey);
}

/** A 401 that tells the client, in RFC 6750 terms, why its token was refused. */
export function invalidToken(description: string): Problem {
  return new Problem('unauthorized', `${description} Sign in again to get a new token.`, {
    headers: {
      'WWW-Authenticate': `Bearer realm="bedside", error="invalid_token", error_description="${description}"`,
    },
  });
}

/** Verifies signature (ES256 only: `none` and HMAC are refused), issuer, audience and expiry. */
export async function verifyAccessToken(env: Bindings, token: string): Promise<AccessClaims> {
  const keys = await signingKeys(env);
  try {
    const { payload } = await jwtVerify(token, keys.verifyWith, {
      algorithms: [TOKEN_ALG],
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat', 'sid'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
      throw invalidToken('The access token is missing its subject or session.');
    }
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (err) {
    if (err instanceof Problem) throw err;
    if (err instanceof errors.JWTExpired) throw invalidToken('The access token has expired.');
    if (err instanceof errors.JWTClaimValidationFailed)
      throw invalidToken(`The access token's ${err.claim} claim is not accepted.`);
    if (err instanceof errors.JOSEAlgNotAllowed) throw invalidToken('The access token is not signed with ES256.');
    if (err instanceof errors.JWKSNoMatchingKey) throw invalidToken('The access token was signed with an unknown key.');
    throw invalidToken('The access token is malformed or its signature is invalid.');
  }
}
