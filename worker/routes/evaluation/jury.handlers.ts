import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorizedOnRecord, loadChallengeFor, loadChallengeWith } from '../../access/challenges';
import { DomainError } from '../../domain/errors';
import { assignEvaluator, juryStage, listJury, removeEvaluator, seatStage } from '../../domain/evaluation/jury';
import type { AppEnv } from '../../env';
import { NO_CONTENT, OK } from '../../http/status';
import type * as routes from './jury.routes';

const notOnJury = (stage: number) =>
  new DomainError('not_found', `That user is not on the jury of stage ${stage} of this challenge.`);

/**
 * The challenge and its jury of a stage in one round trip (issue 17): the members are read beside
 * the challenge and shown only once the policy lets the viewer manage the jury.
 */
async function juryOf(c: Context<AppEnv>, id: string, stage: number | undefined, userId?: string) {
  const [record, members] = await loadChallengeWith(c.var.db, c.var.actor, id, listJury(c.var.db, id, userId, stage));
  authorizedOnRecord(c.var.actor, 'jury.manage', record);
  return { members, stage: await juryStage(c.var.db, record, stage) };
}

export const list: RouteHandler<typeof routes.listJury, AppEnv> = async (c) => {
  const { members } = await juryOf(c, c.req.valid('param').id, c.req.valid('query').stage);
  return c.json({ data: members }, OK);
};

export const get: RouteHandler<typeof routes.getEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { members, stage } = await juryOf(c, id, c.req.valid('query').stage, userId);
  const [member] = members;
  if (!member) throw notOnJury(stage);
  return c.json(member, OK);
};

export const assign: RouteHandler<typeof routes.assignEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'jury.assign');
  const stage = await seatStage(c.var.db, record, c.req.valid('query').stage);
  await assignEvaluator(c.var.db, actor, record, userId, stage);
  const [member] = await listJury(c.var.db, record.row.id, userId, stage);
  if (!member) throw new Error('The new jury member was not found right after it was written.');
  return c.json(member, OK);
};

export const remove: RouteHandler<typeof routes.removeEvaluator, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'jury.manage');
  const stage = await seatStage(c.var.db, record, c.req.valid('query').stage);
  await removeEvaluator(c.var.db, actor, record, userId, stage);
  return c.body(null, NO_CONTENT);
};
