import { Hono } from 'hono';
import { challengeAffordances, loadChallengeFor } from '../../../worker/access/challenges';
import { loadRanking } from '../../../worker/access/evaluation';
import type { SignedIn } from '../../../worker/domain/actor';
import { notVisible } from '../../../worker/domain/errors';
import { advanceStage } from '../../../worker/domain/evaluation/advance';
import { thinTopPlaces } from '../../../worker/domain/evaluation/coverage';
import { decideChallenge } from '../../../worker/domain/evaluation/decision';
import { decodeCursor } from '../../../worker/domain/evaluation/ranking';
import { StageQuerySchema } from '../../../worker/domain/stages/stages.view';
import type { AppEnv } from '../../../worker/env';
import { refusal } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { decisionForm } from '../../forms/evaluation';
import { shortlistForm } from '../../forms/stages';
import { pageContext } from '../../page';
import { RankingPage } from '../../pages/evaluation/ranking';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/**
 * The full ranking with the decision form (and, for those who manage the jury, a warning about
 * top places that rest on fewer evaluations); after the decision, the public results on the
 * challenge page.
 */
async function showRanking(
  c: Ctx,
  actor: SignedIn,
  id: string,
  form = emptyForm(),
  status: 200 | 400 = 200,
  shortlist = emptyForm(),
) {
  const method = c.req.query('method') === 'normalised' ? 'normalised' : 'weighted';
  // `?stage=` as the API takes it (issue 15); anything else shows the current stage.
  const stage = StageQuerySchema.safeParse({ stage: c.req.query('stage') }).data?.stage;
  // Issue 17: a page of the ranking; a cursor of the other method (or none valid) starts at the top.
  const from = c.req.query('cursor');
  const cursor = from && decodeCursor(from)?.method === method ? from : undefined;
  const { challenge, ranking, full, jury, coverage, agreement, identified } = await loadRanking(
    c.var.db,
    actor,
    id,
    method,
    {
      withAgreement: true,
      stage,
      cursor,
    },
  );
  const { row } = challenge;
  if (ranking?.view !== 'full') {
    // After the decision everyone who may read the challenge sees the public results on it.
    if (row.decided_at) return c.redirect(`/challenges/${id}#results`, 303);
    throw full.allow ? notVisible('ranking') : refusal(full);
  }
  const may = challengeAffordances(actor, challenge, jury);
  const shown = stage ?? row.current_stage;
  return renderPage(
    c,
    <RankingPage
      page={pageContext(c)}
      challenge={row}
      links={may.pages}
      ranking={ranking}
      // The decision follows the stage the challenge is in, not an earlier one shown for reference.
      canDecide={may.decide && shown === row.current_stage}
      coverage={coverage}
      thin={coverage ? thinTopPlaces(ranking.data, coverage) : []}
      agreement={agreement}
      identified={identified}
      form={form}
      stage={{ current: row.current_stage, shown }}
      // The shortlist of the stage under evaluation, when a later stage follows (issue 15).
      canAdvance={may.advance && shown === row.current_stage}
      shortlistForm={shortlist}
    />,
    status,
  );
}

export const rankingPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/ranking`, signedIn, (c) => showRanking(c, c.var.user, c.req.param('id')))
  .post(`/challenges/${ID}/decision`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.decide');
    return submitForm(c, decisionForm, {
      run: async (decision) => {
        await decideChallenge(c.var.db, actor, record, decision);
        return c.redirect(`/challenges/${id}?done=decided#results`, 303);
      },
      rerender: (form) => showRanking(c, actor, id, form, 400),
      confirm: (_, tr) => confirmation(tr, 'decide', { title: record.row.title }, `/challenges/${id}/ranking`),
    });
  })
  // Issue 15: the shortlist of a stage goes on to the next one (advanceStage, as the API's advance).
  .post(`/challenges/${ID}/advance`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.advance');
    return submitForm(c, shortlistForm, {
      run: async ({ stage, ...input }) => {
        await advanceStage(c.var.db, actor, record, stage, input);
        return c.redirect(`/challenges/${id}?done=advanced#stages`, 303);
      },
      rerender: (form) => showRanking(c, actor, id, emptyForm(), 400, form),
      wholeForm: true,
      confirm: ({ stage, solution_ids }, tr) =>
        confirmation(
          tr,
          'advance',
          { title: record.row.title, stage: String(stage + 1), count: tr.number(solution_ids.length) },
          `/challenges/${id}/ranking`,
        ),
    });
  });
