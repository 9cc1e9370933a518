import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadClusterImpact, loadNetworkImpact } from '../../access/impact';
import type { ImpactFigures } from '../../domain/impact/figures.view';
import { figuresCsv, figuresFileName } from '../../domain/impact/figures-csv';
import type { AppEnv } from '../../env';
import { acceptsCsv } from '../../http/negotiation';
import { OK } from '../../http/status';
import type * as routes from './impact.routes';

/**
 * JSON, or CSV for the `.csv` path or `Accept: text/csv`. Signed-in answers are never cached (the
 * audience depends on who asks); anonymous ones are, by the public cache, which keeps the two formats apart.
 */
function answer(c: Context<AppEnv>, figures: ImpactFigures) {
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Authorization, Cookie, Accept');
  const csv = c.req.path.endsWith('.csv') || acceptsCsv(c.req.header('Accept'));
  if (!csv) return c.json(figures, OK);
  return c.body(figuresCsv(figures), OK, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${figuresFileName(figures)}"`,
  });
}

export const cluster: RouteHandler<typeof routes.clusterImpact, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  return answer(c, await loadClusterImpact(c.var.db, c.var.actor, slug, c.req.valid('query')));
};

export const network: RouteHandler<typeof routes.networkImpact, AppEnv> = async (c) =>
  answer(c, await loadNetworkImpact(c.var.db, c.var.actor, c.req.valid('query')));
