import { Hono } from 'hono';
import { openChallengeTeasers } from '../../worker/domain/challenge-teasers';
import { listChallenges } from '../../worker/domain/challenges/list';
import { getCluster, listClusters } from '../../worker/domain/clusters/list';
import type { AppEnv } from '../../worker/env';
import { notFoundProblem } from '../../worker/http/on-error';
import { PROBLEMS } from '../../worker/http/problem';
import { pageContext } from '../page';
import { ApiDocsPage } from '../pages/api-docs';
import { ClusterPage } from '../pages/cluster';
import { HomePage } from '../pages/home';
import { ProblemsPage } from '../pages/problems';
import { renderPage } from '../render';
import { errorPage } from './error-page';

export const publicPages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const [clusters, openChallenges] = await Promise.all([
      listClusters(c.var.db, 100),
      openChallengeTeasers(c.var.db, 6),
    ]);
    return renderPage(c, <HomePage page={pageContext(c)} clusters={clusters} openChallenges={openChallenges} />);
  })
  .get('/clusters/:slug', async (c) => {
    const slug = c.req.param('slug');
    const [cluster, challenges] = await Promise.all([
      getCluster(c.var.db, slug),
      listChallenges(c.var.db, c.var.actor, { cluster: slug, sort: 'newest', limit: 12 }),
    ]);
    if (!cluster) return errorPage(c, notFoundProblem(c));
    return renderPage(c, <ClusterPage page={pageContext(c)} cluster={cluster} challenges={challenges.data} />);
  })
  .get('/api/docs', (c) => renderPage(c, <ApiDocsPage page={pageContext(c)} />))
  .get('/problems', (c) => renderPage(c, <ProblemsPage page={pageContext(c)} />))
  .get('/problems/:code', async (c) => {
    const code = c.req.param('code');
    return code in PROBLEMS ? c.redirect(`/problems#${code}`, 302) : errorPage(c, notFoundProblem(c));
  });
