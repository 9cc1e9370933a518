import { Hono } from 'hono';
import { openChallengeTeasers } from '../../../worker/domain/challenges/teasers';
import { listClusters } from '../../../worker/domain/clusters/list';
import type { AppEnv } from '../../../worker/env';
import { notFoundProblem } from '../../../worker/http/on-error';
import { PROBLEMS } from '../../../worker/http/problem';
import { pageContext } from '../../page';
import { ApiDocsPage } from '../../pages/public/api-docs';
import { HomePage } from '../../pages/public/home';
import { ProblemsPage } from '../../pages/public/problems';
import { renderPage } from '../../render';

/** What anyone may read: the home page, the API documentation and the problem catalogue. */
export const publicPages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const [clusters, openChallenges] = await Promise.all([
      listClusters(c.var.db, 100),
      openChallengeTeasers(c.var.db, 6),
    ]);
    return renderPage(c, <HomePage page={pageContext(c)} clusters={clusters} openChallenges={openChallenges} />);
  })
  .get('/api/docs', (c) => renderPage(c, <ApiDocsPage page={pageContext(c)} />))
  .get('/problems', (c) => renderPage(c, <ProblemsPage page={pageContext(c)} />))
  .get('/problems/:code', (c) => {
    const code = c.req.param('code');
    if (!(code in PROBLEMS)) throw notFoundProblem(c);
    return c.redirect(`/problems#${code}`, 302);
  });
