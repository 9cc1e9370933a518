import { Hono } from 'hono';
import { challengePages, loadChallengeFor, loadChallengeWith } from '../../../worker/access/challenges';
import { loadInvitationFor } from '../../../worker/access/invitations';
import type { SignedIn } from '../../../worker/domain/actor';
import { juryEditable, juryInvitable } from '../../../worker/domain/challenges/lifecycle';
import { notVisible } from '../../../worker/domain/errors';
import { listJury, removeEvaluator } from '../../../worker/domain/evaluation/jury';
import { rankedCount } from '../../../worker/domain/evaluation/jury-progress';
import { inviteToJury, listInvitations, revokeInvitation } from '../../../worker/domain/invitations/invitations';
import { hitAllOrThrow, inviteLimits } from '../../../worker/domain/rate-limit';
import { reachedStage } from '../../../worker/domain/stages/read';
import { StageQuerySchema } from '../../../worker/domain/stages/stages.view';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { authorize } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { juryForm } from '../../forms/evaluation';
import { confirmForm } from '../../forms/solutions';
import { pageContext } from '../../page';
import { JuryPage } from '../../pages/evaluation/jury';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, INVITATION_ID, USER_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const JURY_DONE = ['invited', 'revoked', 'removed'] as const;

/** The jury page: members with their progress, invitations, and the form to invite; one round trip. */
async function showJury(c: Ctx, actor: SignedIn, id: string, form = emptyForm(), status: 200 | 400 = 200) {
  const db = c.var.db;
  // `?stage=` as the API takes it (issue 15); anything else shows the current stage.
  const stage = StageQuerySchema.safeParse({ stage: c.req.query('stage') }).data?.stage;
  const [{ row, has_my_solutions }, members, ranked, invitations] = await loadChallengeWith(
    db,
    actor,
    id,
    listJury(db, id, undefined, stage),
    rankedCount(db, id, stage),
    listInvitations(db, 'jury', id),
  );
  authorize(actor, 'jury.manage', row);
  reachedStage(stage, row.current_stage);
  const current = stage === undefined || stage === row.current_stage;
  const done: string | undefined = c.req.query('done');
  const page = pageContext(c);
  return renderPage(
    c,
    <JuryPage
      page={page}
      challenge={row}
      links={challengePages(actor, row, undefined, Boolean(has_my_solutions))}
      members={members}
      invitations={invitations}
      solutions={ranked[0]?.count ?? 0}
      // An earlier stage's jury is shown for reference: changes are to the stage the challenge is in.
      editable={juryEditable(row.status) && current}
      invitable={juryInvitable(row.status) && current}
      form={form}
      stage={{ current: row.current_stage, shown: stage ?? row.current_stage }}
      notice={JURY_DONE.find((d) => d === done) && page.tr.t(`jury.done.${done as (typeof JURY_DONE)[number]}`)}
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
        await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), email), 'invitations');
        await inviteToJury(c.var.db, actor, record, email, pageContext(c).tr.locale);
        return c.redirect(`/challenges/${id}/jury?done=invited`, 303);
      },
      rerender: (form: FormState) => showJury(c, actor, id, form, 400),
      wholeForm: true,
    });
  })
  .post(`/challenges/${ID}/invitations/${INVITATION_ID}/revoke`, signedIn, async (c) => {
    const { id, invitationId } = c.req.param();
    const { invitation, actor, clusterId } = await loadInvitationFor(c.var.db, c.var.user, invitationId);
    if (invitation.target_id !== id) throw notVisible('invitation');
    return submitForm(c, confirmForm, {
      run: async () => {
        await revokeInvitation(c.var.db, actor, invitation, clusterId);
        return c.redirect(`/challenges/${id}/jury?done=revoked`, 303);
      },
      rerender: () => c.redirect(`/challenges/${id}/jury`, 303),
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
      confirm: (_, tr) => confirmation(tr, 'remove_juror', {}, `/challenges/${id}/jury`),
    });
  });
