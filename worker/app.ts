import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { detectLocale } from '../web/locale';
import { errorPage } from '../web/pipeline/error-page';
import { notFoundProblem, problemResponse, toProblem, wantsHtml } from './http/on-error';
import type { Problem } from './http/problem';
import { createRouter, type Router } from './http/router';
import { anonymousReadLimit } from './middleware/anonymous-read-limit';
import { authenticate } from './middleware/authenticate';
import { bodyLimit, requireJson } from './middleware/body';
import { database } from './middleware/database';
import { formCsrf } from './middleware/form-csrf';
import { searchLimit, writeLimit } from './middleware/limits';
import { privateNoStore } from './middleware/private-no-store';
import { publicCache } from './middleware/public-cache';
import { securityHeaders } from './middleware/security-headers';

const respond = (c: Parameters<typeof wantsHtml>[0], problem: Problem) =>
  wantsHtml(c) ? errorPage(c, problem) : problemResponse(c, problem);

/**
 * One half of the Worker (worker/index.ts): every request passes the same middleware in the same
 * order and every error gets the same answer, whichever half `mount` fills with routes.
 */
export function createApp(mount: (app: Router) => void): Router {
  const app = createRouter();

  app.use(requestId());
  app.use(securityHeaders);
  app.use(privateNoStore);
  // Scripts on other origins may read the headers the OpenAPI document describes.
  const exposeHeaders = [
    'ETag',
    'Link',
    'RateLimit',
    'RateLimit-Policy',
    'Retry-After',
    'WWW-Authenticate',
    'x-d1-bookmark',
  ];
  app.use('/api/*', cors({ origin: '*', exposeHeaders, maxAge: 600 }));
  app.use(bodyLimit);
  app.use('/api/*', requireJson);
  app.use(formCsrf);
  app.use(detectLocale);
  // Before the database: an anonymous public read served from the cache opens no D1 session.
  app.use(publicCache);
  app.use(database);
  app.use(authenticate);
  app.use('/api/*', anonymousReadLimit);
  app.use(writeLimit);
  // The catalogue and the partner directory count searches in one window: a scraper gains nothing
  // by switching between them.
  for (const path of ['/challenges', '/partners']) app.use(path, searchLimit);

  mount(app);

  app.onError((err, c) => respond(c, toProblem(err, c)));
  app.notFound((c) => respond(c, notFoundProblem(c)));
  return app;
}
