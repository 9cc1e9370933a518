import { Hono } from 'hono';
import { listCallsFor } from '../../../worker/access/calls';
import { loadClusterImpact, loadNetworkImpact } from '../../../worker/access/impact';
import type { Actor } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import type { ImpactFigures } from '../../../worker/domain/impact/figures.view';
import { type ImpactQuery, ImpactQuerySchema } from '../../../worker/domain/impact/range';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { pageContext } from '../../page';
import { type CallChoice, ImpactDashboard } from '../../pages/impact/dashboard';
import { SLUG } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

type Load = (query: ImpactQuery) => Promise<ImpactFigures>;

/**
 * The figures for the dates in the query, or the form again (400) saying what to fix when they are
 * not dates or run backwards; the scope is still read then, for the title and for a 404.
 */
async function figuresFor(c: Ctx, load: Load) {
  const typed = {
    from: c.req.query('from') || undefined,
    to: c.req.query('to') || undefined,
    call: c.req.query('call') || undefined,
  };
  const parsed = ImpactQuerySchema.safeParse(typed);
  if (parsed.success) {
    try {
      const figures = await load(parsed.data);
      const call = figures.scope.call?.id ?? '';
      return { figures, form: { from: figures.range.from, to: figures.range.to, invalid: false, call } };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'validation_failed')) throw error;
    }
  }
  const scope = await load({});
  return { scope, form: { from: typed.from ?? '', to: typed.to ?? '', invalid: true, call: typed.call ?? '' } };
}

async function dashboard(
  c: Ctx,
  load: Load,
  paths: { page: string; api: string },
  title: (f: ImpactFigures) => string,
  calls?: readonly CallChoice[],
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
      calls={calls}
    />,
    answer.figures ? 200 : 400,
  );
}

/** A cluster's impact dashboard: all figures for its moderators and admins, the public ones for everyone else. */
export const impactPages = new Hono<AppEnv>()
  .get(`/clusters/${SLUG}/impact`, async (c) => {
    const slug = c.req.param('slug');
    const actor: Actor = c.var.actor;
    // The cluster's calls this viewer may see, to filter by (issue 15).
    const calls = await listCallsFor(c.var.db, actor, slug);
    return dashboard(
      c,
      (query) => loadClusterImpact(c.var.db, actor, slug, query),
      { page: `/clusters/${slug}/impact`, api: `/api/v1/clusters/${slug}/impact` },
      (f) => pageContext(c).tr.t('impact.title.cluster', { cluster: f.scope.name ?? slug }),
      calls.map(({ id, title }) => ({ id, title })),
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
