import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallenge, loadChallengeFor } from '../../access/challenges';
import { loadAgreement, loadRanking } from '../../access/evaluation';
import { loadEvaluationReport } from '../../access/report';
import { findChallenge, toChallenge } from '../../domain/challenges/read';
import { DomainError, notVisibleMessage } from '../../domain/errors';
import { decideChallenge } from '../../domain/evaluation/decision';
import { RANKING_PAGE } from '../../domain/evaluation/evaluation.view';
import { REPORT_CSV_CHUNK, REPORT_PAGE_MAX } from '../../domain/evaluation/report.view';
import { rankingCsvStream, reportCsv, reportFileName } from '../../domain/evaluation/report-csv';
import type { AppEnv } from '../../env';
import { cachedJson } from '../../http/etag';
import { acceptsCsv } from '../../http/negotiation';
import { OK } from '../../http/status';
import type * as routes from './ranking.routes';

/** See loadRanking: full, public or refused. One round trip. */
export const ranking: RouteHandler<typeof routes.ranking, AppEnv> = async (c) => {
  const { method, stage, cursor, limit } = c.req.valid('query');
  const { ranking: view, full } = await loadRanking(c.var.db, c.var.actor, c.req.valid('param').id, method, {
    stage,
    cursor,
    limit,
  });
  if (view) return cachedJson(c, view);
  if (c.var.actor.type === 'anonymous') {
    throw new DomainError(
      'unauthorized',
      'Sign in to see the ranking; public results appear once the challenge is decided.',
    );
  }
  throw full.allow
    ? new DomainError('not_found', notVisibleMessage('ranking'))
    : new DomainError(full.status, full.reason);
};

/** Agreement between jurors: for those who may see the full ranking; anonymous visitors are asked to sign in. */
export const agreement: RouteHandler<typeof routes.agreement, AppEnv> = async (c) => {
  if (c.var.actor.type === 'anonymous') {
    await loadChallenge(c.var.db, c.var.actor, c.req.valid('param').id);
    throw new DomainError('unauthorized', 'Sign in to see how far the jurors agree.');
  }
  return cachedJson(c, await loadAgreement(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('query').stage));
};

/**
 * The evaluation report (see loadEvaluationReport), as JSON or one table as CSV: `?format=csv`,
 * or `Accept: text/csv` without a format. Anonymous visitors are asked to sign in. JSON holds a
 * page of the ranking (issue 17); the CSV of the ranking holds all of it, streamed a chunk at a
 * time, each read after the weighted rank the chunk before ended on.
 */
export const evaluationReport: RouteHandler<typeof routes.evaluationReport, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { format, table, stage, cursor, limit } = c.req.valid('query');
  if (c.var.actor.type === 'anonymous') {
    await loadChallenge(c.var.db, c.var.actor, id);
    throw new DomainError('unauthorized', 'Sign in to read the evaluation report.');
  }
  const csv = format === 'csv' || (!format && acceptsCsv(c.req.header('Accept')));
  if (!csv && limit !== undefined && limit > REPORT_PAGE_MAX) {
    throw new DomainError('validation_failed', `A page of the report holds at most ${REPORT_PAGE_MAX} entries.`);
  }
  const chunk = limit ?? (csv ? REPORT_CSV_CHUNK : RANKING_PAGE);
  const page = csv ? { limit: chunk } : { cursor, limit: chunk };
  const { report, more } = await loadEvaluationReport(c.var.db, c.var.actor, id, stage, page);
  if (!csv) return cachedJson(c, report);
  const body =
    table === 'ranking' ? rankingCsvStream(report, (after) => more.rows(after, chunk)) : reportCsv(report, table);
  return c.body(body, OK, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${reportFileName(table, new Date())}"`,
    'Cache-Control': 'no-store',
    Vary: 'Authorization, Cookie, Accept',
  });
};

export const decide: RouteHandler<typeof routes.decide, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'challenge.decide');
  await decideChallenge(c.var.db, actor, record, c.req.valid('json'));
  const decided = await findChallenge(c.var.db, id, actor.id);
  if (!decided) throw new Error(`Challenge ${id} vanished right after its decision.`);
  c.header('Cache-Control', 'no-store');
  return c.json(toChallenge(decided, actor), OK);
};
