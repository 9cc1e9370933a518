import { Hono } from 'hono';
import { loadSolution, solutionPageFor } from '../../../worker/access/solutions';
import { declareConflict } from '../../../worker/domain/evaluation/conflicts';
import { submitEvaluation } from '../../../worker/domain/evaluation/scoring';
import { challengeContext } from '../../../worker/domain/solutions/challenge-context';
import type { AppEnv } from '../../../worker/env';
import { declareForm, scoreForm } from '../../forms/evaluation';
import { submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { showSolution } from '../solutions/show';

/** A jury member's two forms on a solution page: the conflict declaration and the scores. */
export const judgingPages = new Hono<AppEnv>()
  .post(`/solutions/${ID}/conflict`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.declare');
    return submitForm(c, declareForm, {
      run: async ({ conflict, note }) => {
        await declareConflict(c.var.db, actor, record, conflict, note);
        return conflict
          ? c.redirect(`/challenges/${record.solution.challenge_id}/solutions?done=conflict`, 303)
          : c.redirect(`/solutions/${id}?done=declared#score`, 303);
      },
      // Shown again only to those who may still open the page: never to a juror who declared a conflict.
      rerender: (form) => showSolution(c, actor, record, solutionPageFor(actor, record), { declare: form }, 400),
    });
  })
  .post(`/solutions/${ID}/evaluation`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.evaluate');
    const { criteria } = await challengeContext(c.var.db, record.solution.challenge_id);
    return submitForm(c, scoreForm(criteria), {
      run: async (input) => {
        await submitEvaluation(c.var.db, actor, record, input);
        return c.redirect(`/challenges/${record.solution.challenge_id}/solutions?done=scored`, 303);
      },
      rerender: (form) => showSolution(c, actor, record, solutionPageFor(actor, record), { score: form }, 400),
    });
  });
