import { type Context, Hono } from 'hono';
import { openChallengeTeasers } from '../worker/domain/challenge-teasers';
import { listClusters } from '../worker/domain/clusters/list';
import type { AppEnv } from '../worker/env';
import { notFoundProblem } from '../worker/http/on-error';
import { PROBLEMS, type Problem } from '../worker/http/problem';
import { translatorFor } from './locale';
import { ApiDocsPage } from './pages/api-docs';
import { ErrorPage } from './pages/error';
import { HomePage } from './pages/home';
import { ProblemsPage } from './pages/problems';
import { renderPage } from './render';

export const pages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const [clusters, openChallenges] = await Promise.all([
      listClusters(c.var.db, 100),
      openChallengeTeasers(c.var.db, 6),
    ]);
    return renderPage(c, <HomePage tr={translatorFor(c)} clusters={clusters} openChallenges={openChallenges} />);
  })
  .get('/api/docs', (c) => renderPage(c, <ApiDocsPage tr={translatorFor(c)} />))
  .get('/problems', (c) => renderPage(c, <ProblemsPage tr={translatorFor(c)} />))
  .get('/problems/:code', async (c) => {
    const code = c.req.param('code');
    return code in PROBLEMS ? c.redirect(`/problems#${code}`, 302) : errorPage(c, notFoundProblem(c));
  });

export const errorPage = (c: Context<AppEnv>, problem: Problem) =>
  renderPage(
    c,
    <ErrorPage tr={translatorFor(c)} path={c.req.path} problem={problem} requestId={c.var.requestId ?? ''} />,
    problem.status,
  );
