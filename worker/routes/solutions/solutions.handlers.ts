import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadChallengeFor, loadChallengeWith } from '../../access/challenges';
import { loadSolution, solutionListFor, solutionViewFor } from '../../access/solutions';
import { idAfter, toPage } from '../../domain/paging';
import { toListItem } from '../../domain/solutions/list';
import { findSolution } from '../../domain/solutions/read';
import { createSolution, submitSolution, updateSolution, withdrawSolution } from '../../domain/solutions/write';
import type { AppEnv } from '../../env';
import { cachedJson, requiredVersion } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import { authorize, can, requireUser } from '../../policy/policy';
import type * as routes from './solutions.routes';

/** The solution as it is now, for the response to a write. */
async function current(c: Context<AppEnv>, id: string) {
  const record = await findSolution(c.var.db, c.var.actor, id);
  if (!record) throw new Error(`Solution ${id} vanished right after a write.`);
  c.header('Cache-Control', 'no-store');
  return solutionViewFor(c.var.db, c.var.actor, record);
}

/** The solutions of a challenge this reader may see: their own, or more for the owner, moderators and jury. */
export const list: RouteHandler<typeof routes.listSolutions, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const { id } = c.req.valid('param');
  const actor = requireUser(c.var.actor, "see a challenge's solutions");
  const query = solutionListFor(c.var.db, actor, id, limit + 1, idAfter(cursor));
  const [record, rows] = await loadChallengeWith(c.var.db, actor, id, query);
  authorize(actor, 'solution.list', record.row);
  const identified = can(actor, 'solvers.identify', record.row);
  c.header('Cache-Control', 'private, no-store');
  const page = toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => toListItem(actor, r, identified),
  );
  return c.json(withNextLink(c, page), OK);
};

export const create: RouteHandler<typeof routes.createSolution, AppEnv> = async (c) => {
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'solution.create');
  const { submit, ...fields } = c.req.valid('json');
  const id = await createSolution(c.var.db, actor, record, fields, submit);
  c.header('Location', `/api/v1/solutions/${id}`);
  return c.json(await current(c, id), CREATED);
};

export const get: RouteHandler<typeof routes.getSolution, AppEnv> = async (c) => {
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, c.req.valid('param').id, 'solution.read');
  return cachedJson(c, await solutionViewFor(c.var.db, actor, record), record.solution.version);
};

export const patch: RouteHandler<typeof routes.patchSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...fields } = c.req.valid('json');
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, 'solution.edit');
  await updateSolution(c.var.db, actor, record, requiredVersion(c, bodyVersion, 'solution'), fields);
  return c.json(await current(c, id), OK);
};

export const submit: RouteHandler<typeof routes.submitSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, 'solution.submit');
  await submitSolution(c.var.db, actor, record);
  return c.json(await current(c, id), OK);
};

export const withdraw: RouteHandler<typeof routes.withdrawSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, 'solution.withdraw');
  await withdrawSolution(c.var.db, actor, record);
  return c.json(await current(c, id), OK);
};
