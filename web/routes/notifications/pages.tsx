import { Hono } from 'hono';
import type { AppEnv } from '../../../worker/env';

/** Inbox, notification preferences and saved searches. */
export const notificationPages = new Hono<AppEnv>();
