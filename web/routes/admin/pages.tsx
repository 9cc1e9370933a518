import { Hono } from 'hono';
import type { AppEnv } from '../../../worker/env';

/** What admins look after: undelivered email. */
export const adminPages = new Hono<AppEnv>();
