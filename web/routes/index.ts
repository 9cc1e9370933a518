import { Hono } from 'hono';
import type { AppEnv } from '../../worker/env';
import { accountPages } from './account';
import { challengePages } from './challenges';
import { publicPages } from './public';

export { errorPage } from './error-page';

/** The server-rendered site. Forms post here, never to the API (see middleware/form-csrf). */
export const pages = new Hono<AppEnv>().route('/', publicPages).route('/', accountPages).route('/', challengePages);
