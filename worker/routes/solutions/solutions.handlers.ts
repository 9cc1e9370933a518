import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findChallenge, toChallenge } from '../../domain/challenges/read';
import { decideChallenge } from '../../domain/solutions/decision';
import { findSolution } from '../../domain/solutions/facts';
import { declareConflict, submitEvaluation } from '../../domain/solutions/judging';
import { assignEvaluator, listJury, removeEvaluator } from '../../domain/solutions/jury';
import { solutionsQuery, toListItem } from '../../domain/solutions/list';
import { readRanking } from '../../domain/solutions/ranking-view';
import { toSolution } from '../../domain/solutions/read';
import { createSolution, submitSolution, updateSolution, withdrawSolution } from '../../domain/solutions/write';
import type { AppEnv } from '../../env';
import { cachedJson, expectedVersion } from '../../http/etag';
import { idAfter, toPage } from '../../http/pagination';
import { notVisible, notVisibleMessage, Problem } from '../../http/problem';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorize, authorizeUser } from '../../policy/policy';
import { loadVisibleChallenge, loadVisibleChallengeWith } from '../challenges/load';
import { loadSolutionFor } from './load';
import type * as routes from './solutions.routes';

/** The solution as it is now, for the response to a write. */
async function current(c: Context<AppEnv>, id: string) {
  const record = await findSolution(c.var.db, c.var.actor, id);
  if (!record) throw new Error(`Solution ${id} vanished right after a write.`);
  c.header('Cache-Control', 'no-store');
  return toSolution(c.var.db, c.var.actor, record);
}

export const list: RouteHandler<typeof routes.listSolutions, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const { id } = c.req.valid('param');
  const actor = authorizeUser(c.var.actor, 'me.read');
  const after = idAfter(cursor);
  const [, rows] = await loadVisibleChallengeWith(c, id, solutionsQuery(c.var.db, actor, id, limit + 1, after));
  c.header('Cache-Control', 'private, no-store');
  return c.json(
    toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => toListItem(actor, r),
    ),
    OK,
  );
};

export const create: RouteHandler<typeof routes.createSolution, AppEnv> = async (c) => {
  const challenge = await loadVisibleChallenge(c, c.req.valid('param').id);
  const actor = authorizeUser(c.var.actor, 'solution.create', challenge.row);
  const { submit, ...fields } = c.req.valid('json');
  const id = await createSolution(c.var.db, actor, challenge, fields, submit);
  c.header('Location', `/api/v1/solutions/${id}`);
  return c.json(await current(c, id), CREATED);
};

export const get: RouteHandler<typeof routes.getSolution, AppEnv> = async (c) => {
  const { record } = await loadSolutionFor(c, c.req.valid('param').id, 'solution.read');
  return cachedJson(c, await toSolution(c.var.db, c.var.actor, record), record.solution.version);
};

export const patch: RouteHandler<typeof routes.patchSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...fields } = c.req.valid('json');
  const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
  const version = expectedVersion(c, bodyVersion);
  if (version === undefined) {
    throw new Problem('validation_failed', 'Say which version you edited: send `version` or an If-Match header.', {
      errors: [{ path: 'version', message: "Required; the current version is in the solution's `version` and ETag." }],
    });
  }
  await updateSolution(c.var.db, actor, record, version, fields);
  return c.json(await current(c, id), OK);
};

export const submit: RouteHandler<typeof routes.submitSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
  await submitSolution(c.var.db, actor, record);
  return c.json(await current(c, id), OK);
};

export const withdraw: RouteHandler<typeof routes.withdrawSolution, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
  await withdrawSolution(c.var.db, actor, record);
  return c.json(await current(c, id), OK);
};

export const conflict: RouteHandler<typeof routes.declareConflict, AppEnv> = async (c) => {
  const { record, actor } = await loadSolutionFor(c, c.req.valid('param').id, 'solution.declare');
  const { conflict: declared, note } = c.req.valid('json');
  return c.json(await declareConflict(c.var.db, actor, record, declared, note), OK);
};

export const evaluate: RouteHandler<typeof routes.evaluate, AppEnv> = async (c) => {
  const { record, actor } = await loadSolutionFor(c, c.req.valid('param').id, 'solution.evaluate');
  return c.json(await submitEvaluation(c.var.db, actor, record, c.req.valid('json')), OK);
};

async function juryChallenge(c: Context<AppEnv>, id: string) {
  const challenge = await loadVisibleChallenge(c, id);
  const actor = authorizeUser(c.var.actor, 'jury.manage', challenge.row);
  return { challenge, actor };
}

export const jury: RouteHandler<typeof routes.listJury, AppEnv> = async (c) => {
  const { challenge } = await juryChallenge(c, c.req.valid('param').id);
  return c.json({ data: await listJury(c.var.db, challenge.row.id) }, OK);
};

export const evaluator: RouteHandler<typeof routes.getEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { challenge } = await juryChallenge(c, id);
  const [member] = await listJury(c.var.db, challenge.row.id, userId);
  if (!member) throw new Problem('not_found', 'That user is not on the jury of this challenge.');
  return c.json(member, OK);
};

export const assign: RouteHandler<typeof routes.assignEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { challenge, actor } = await juryChallenge(c, id);
  await assignEvaluator(c.var.db, actor, challenge, userId);
  const [member] = await listJury(c.var.db, challenge.row.id, userId);
  if (!member) throw new Error('The new jury member was not found right after it was written.');
  return c.json(member, OK);
};

export const unassign: RouteHandler<typeof routes.removeEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { challenge, actor } = await juryChallenge(c, id);
  await removeEvaluator(c.var.db, actor, challenge, userId);
  return c.body(null, NO_CONTENT);
};

/** See readRanking: full, public or refused. One round trip. */
export const ranking: RouteHandler<typeof routes.ranking, AppEnv> = async (c) => {
  const actor = c.var.actor;
  const read = await readRanking(c.var.db, actor, c.req.valid('param').id);
  if (!read) throw notVisible('challenge');
  const { challenge, ranking: view, full } = read;
  authorize(actor, 'challenge.read', challenge.row);
  if (view) return cachedJson(c, view);
  if (actor.type === 'anonymous') {
    throw new Problem(
      'unauthorized',
      'Sign in to see the ranking; public results appear once the challenge is decided.',
      {
        headers: { 'WWW-Authenticate': 'Bearer realm="bedside"' },
      },
    );
  }
  throw new Problem(full.allow ? 'not_found' : full.status, full.allow ? notVisibleMessage('ranking') : full.reason);
};

export const decideOn: RouteHandler<typeof routes.decide, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const challenge = await loadVisibleChallenge(c, id);
  const actor = authorizeUser(c.var.actor, 'challenge.decide', challenge.row);
  await decideChallenge(c.var.db, actor, challenge, c.req.valid('json'));
  const record = await findChallenge(c.var.db, id, actor.id);
  if (!record) throw new Error(`Challenge ${id} vanished right after its decision.`);
  c.header('Cache-Control', 'no-store');
  return c.json(toChallenge(record, actor), OK);
};
