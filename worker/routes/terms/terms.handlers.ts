import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallenge, loadChallengeFor } from '../../access/challenges';
import { loadSolution } from '../../access/solutions';
import { getCluster } from '../../domain/clusters/list';
import { findSolution } from '../../domain/solutions/read';
import { acceptTerms } from '../../domain/terms/acceptance';
import { challengeTermsQuery, setChallengeTerms, toChallengeTerms } from '../../domain/terms/challenge-terms';
import { solutionTerms } from '../../domain/terms/solution-terms';
import { createTemplate, listTemplates } from '../../domain/terms/templates';
import type { AppEnv } from '../../env';
import { cachedJson } from '../../http/etag';
import { Problem } from '../../http/problem';
import { CREATED, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './terms.routes';

async function clusterBySlug(db: AppEnv['Variables']['db'], slug: string) {
  const cluster = await getCluster(db, slug);
  if (!cluster) throw new Problem('not_found', `There is no cluster '${slug}'. GET /api/v1/clusters lists them all.`);
  return cluster;
}

export const list: RouteHandler<typeof routes.listTemplates, AppEnv> = async (c) => {
  const cluster = await clusterBySlug(c.var.db, c.req.valid('param').slug);
  return cachedJson(c, { cluster: cluster.slug, templates: await listTemplates(c.var.db, cluster.id) });
};

export const create: RouteHandler<typeof routes.createTemplate, AppEnv> = async (c) => {
  const cluster = await clusterBySlug(c.var.db, c.req.valid('param').slug);
  const actor = authorizeUser(c.var.actor, 'terms.template.write', cluster);
  return c.json(await createTemplate(c.var.db, actor, cluster.id, c.req.valid('json')), CREATED);
};

export const getForChallenge: RouteHandler<typeof routes.getChallengeTerms, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const record = await loadChallenge(c.var.db, c.var.actor, id);
  return cachedJson(c, toChallengeTerms(record.row.id, await challengeTermsQuery(c.var.db, id)));
};

export const setForChallenge: RouteHandler<typeof routes.setChallengeTerms, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'challenge.edit');
  await setChallengeTerms(c.var.db, actor, record, c.req.valid('json'));
  c.header('Cache-Control', 'no-store');
  return c.json(toChallengeTerms(id, await challengeTermsQuery(c.var.db, id)), OK);
};

export const accept: RouteHandler<typeof routes.acceptTerms, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, 'terms.accept');
  await acceptTerms(c.var.db, actor, record, c.req.valid('json').version);
  const now = await findSolution(c.var.db, actor, id);
  c.header('Cache-Control', 'no-store');
  return c.json(solutionTerms(now ?? record), OK);
};
