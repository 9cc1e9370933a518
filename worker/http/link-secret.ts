import type { Bindings } from '../env';

/**
 * The key of emailed links (worker/domain/links.ts). Without it no link can be signed or checked,
 * so nothing is: an empty key would let anyone sign links.
 */
export function linkSecret(env: Pick<Bindings, 'LINK_SECRET'>): string {
  const secret = env.LINK_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      'LINK_SECRET is missing or shorter than 32 characters: emailed links cannot be signed or checked. Set it with `npx wrangler secret put LINK_SECRET` (npm start writes one to .dev.vars).',
    );
  }
  return secret;
}
