import { Hono } from 'hono';
import { openChallengeTeasers } from '../worker/domain/challenge-teasers';
import { listClusters } from '../worker/domain/clusters';
import type { AppEnv } from '../worker/env';
import { PROBLEMS } from '../worker/http/problem';
import { translatorFor } from './locale';
import { ApiDocsPage } from './pages/api-docs';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { ProblemsPage } from './pages/problems';
import { renderPage } from './render';

export const pages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const [clusters, openChallenges] = await Promise.all([listClusters(c.var.db), openChallengeTeasers(c.var.db, 6)]);
    return renderPage(c, <HomePage tr={translatorFor(c)} clusters={clusters} openChallenges={openChallenges} />);
  })
  .get('/api/docs', (c) => renderPage(c, <ApiDocsPage tr={translatorFor(c)} />))
  .get('/problems', (c) => renderPage(c, <ProblemsPage tr={translatorFor(c)} />))
  .get('/problems/:code', async (c) => {
    const code = c.req.param('code');
    return code in PROBLEMS ? c.redirect(`/problems#${code}`, 302) : notFoundPage(c);
  });

export const notFoundPage = (c: Parameters<typeof translatorFor>[0]) =>
  renderPage(c, <NotFoundPage tr={translatorFor(c)} path={new URL(c.req.url).pathname} />, 404);
