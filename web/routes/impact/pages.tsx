import { Hono } from 'hono';
import { loadClusterImpact, loadNetworkImpact } from '../../../worker/access/impact';
import type { Actor } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import type { ImpactFigures } from '../../../worker/domain/impact/figures.view';
import { type ImpactQuery, ImpactQuerySchema } from '../../../worker/domain/impact/range';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { pageContext } from '../../page';
import { ImpactDashboard } from '../../pages/impact/dashboard';
import { SLUG } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

type Load = (query: ImpactQuery) => Promise<ImpactFigures>;

/**
 * The figures for the dates in the query, or the form again (400) saying what to fix when they are
 * not dates or run backwards; the scope is still read then, for the title and for a 404.
 */
async function figuresFor(c: Ctx, load: Load) {
  const typed = { from: c.req.query('from') || undefined, to: c.req.query('to') || undefined };
  const parsed = ImpactQuerySchema.safeParse(typed);
  if (parsed.success) {
    try {
      const figures = await load(parsed.data);
      return { figures, form: { from: figures.range.from, to: figures.range.to, invalid: false } };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'validation_failed')) throw error;
    }
  }
  const scope = await load({});
  return { scope, form: { from: typed.from ?? '', to: typed.to ?? '', invalid: true } };
}

async function dashboard(
  c: Ctx,
  load: Load,
  paths: { page: string; api: string },
  title: (f: ImpactFigures) => string,
) {
  const answer = await figuresFor(c, load);
  const shown = answer.figures ?? answer.scope;
  return renderPage(
    c,
    <ImpactDashboard
      page={pageContext(c)}
      paths={paths}
      title={title(shown as ImpactFigures)}
      form={answer.form}
      figures={answer.figures}
    />,
    answer.figures ? 200 : 400,
  );
}

/** A cluster's impact dashboard: all figures for its moderators and admins, the public ones for everyone else. */
export const impactPages = new Hono<AppEnv>()
  .get(`/clusters/${SLUG}/impact`, (c) => {
    const slug = c.req.param('slug');
    const actor: Actor = c.var.actor;
    return dashboard(
      c,
      (query) => loadClusterImpact(c.var.db, actor, slug, query),
      { page: `/clusters/${slug}/impact`, api: `/api/v1/clusters/${slug}/impact` },
      (f) => pageContext(c).tr.t('impact.title.cluster', { cluster: f.scope.name ?? slug }),
    );
  })
  // The whole network's: admins only (others are refused by the loader as the API refuses them).
  .get('/impact', signedIn, (c) =>
    dashboard(
      c,
      (query) => loadNetworkImpact(c.var.db, c.var.user, query),
      { page: '/impact', api: '/api/v1/impact' },
      () => pageContext(c).tr.t('impact.title.network'),
    ),
  );
