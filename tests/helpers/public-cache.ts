import { env } from 'cloudflare:test';
import { purgePublic } from '../../worker/middleware/public-cache';

/**
 * For a test that writes rows straight into D1: no request made the change, so nothing purged the
 * public cache (worker/middleware/public-cache.ts), and anonymous readers would get the last answer.
 */
export const purgePublicCache = () => purgePublic(env);
