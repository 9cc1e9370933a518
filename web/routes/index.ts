import { Hono } from 'hono';
import type { AppEnv } from '../../worker/env';
import { accountPages } from './account';
import { challengeEditPages } from './challenge-edit';
import { challengePages } from './challenges';
import { evaluationPages } from './evaluation';
import { moderationPages } from './moderation';
import { publicPages } from './public';
import { solutionPages } from './solutions';

export { errorPage } from './error-page';

/** The server-rendered site. Forms post here, never to the API (see middleware/form-csrf). */
export const pages = new Hono<AppEnv>()
  .route('/', publicPages)
  .route('/', accountPages)
  // Before challengePages, so /challenges/new is not read as a challenge id.
  .route('/', challengeEditPages)
  .route('/', challengePages)
  .route('/', solutionPages)
  .route('/', evaluationPages)
  .route('/', moderationPages);
