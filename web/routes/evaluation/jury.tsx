import { Hono } from 'hono';
import { challengePages, loadChallengeFor, loadChallengeWith } from '../../../worker/access/challenges';
import type { SignedIn } from '../../../worker/domain/actor';
import { juryEditable } from '../../../worker/domain/challenges/lifecycle';
import { assignEvaluatorByEmail, listJury, removeEvaluator } from '../../../worker/domain/evaluation/jury';
import { rankedCount } from '../../../worker/domain/evaluation/ranking';
import type { AppEnv } from '../../../worker/env';
import { authorize } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { juryForm } from '../../forms/evaluation';
import { confirmForm } from '../../forms/solutions';
import { pageContext } from '../../page';
import { JuryPage } from '../../pages/evaluation/jury';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, USER_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** The jury page: members with their progress, and the form to add one; one round trip. */
async function showJury(c: Ctx, actor: SignedIn, id: string, form = emptyForm(), status: 200 | 400 = 200) {
  const db = c.var.db;
  const [{ row }, members, ranked] = await loadChallengeWith(db, actor, id, listJury(db, id), rankedCount(db, id));
  authorize(actor, 'jury.manage', row);
  const done: string | undefined = c.req.query('done');
  const page = pageContext(c);
  return renderPage(
    c,
    <JuryPage
      page={page}
      challenge={row}
      links={challengePages(actor, row, undefined)}
      members={members}
      solutions={ranked[0]?.count ?? 0}
      editable={juryEditable(row.status)}
      form={form}
      notice={done === 'added' || done === 'removed' ? page.tr.t(`jury.done.${done}`) : undefined}
    />,
    status,
  );
}

export const juryPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/jury`, signedIn, (c) => showJury(c, c.var.user, c.req.param('id')))
  .post(`/challenges/${ID}/jury`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'jury.manage');
    return submitForm(c, juryForm, {
      run: async ({ email }) => {
        await assignEvaluatorByEmail(c.var.db, actor, record, email);
        return c.redirect(`/challenges/${id}/jury?done=added`, 303);
      },
      rerender: (form: FormState) => showJury(c, actor, id, form, 400),
    });
  })
  .post(`/challenges/${ID}/jury/${USER_ID}/remove`, signedIn, async (c) => {
    const { id, userId } = c.req.param();
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'jury.manage');
    return submitForm(c, confirmForm, {
      run: async () => {
        await removeEvaluator(c.var.db, actor, record, userId);
        return c.redirect(`/challenges/${id}/jury?done=removed`, 303);
      },
      rerender: () => c.redirect(`/challenges/${id}/jury`, 303),
    });
  });
