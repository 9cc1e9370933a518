import { Hono } from 'hono';
import { listChallengesFor } from '../../../worker/access/challenges';
import { getCluster } from '../../../worker/domain/clusters/list';
import type { AppEnv } from '../../../worker/env';
import { notFoundProblem } from '../../../worker/http/on-error';
import { pageContext } from '../../page';
import { ClusterPage } from '../../pages/clusters/cluster';
import { SLUG } from '../../pipeline/params';
import { renderPage } from '../../render';

export const clusterPages = new Hono<AppEnv>().get(`/clusters/${SLUG}`, async (c) => {
  const slug = c.req.param('slug');
  const [cluster, challenges] = await Promise.all([
    getCluster(c.var.db, slug),
    listChallengesFor(c.var.db, c.var.actor, { cluster: slug, sort: 'newest', limit: 12 }),
  ]);
  if (!cluster) throw notFoundProblem(c);
  return renderPage(c, <ClusterPage page={pageContext(c)} cluster={cluster} challenges={challenges.data} />);
});
