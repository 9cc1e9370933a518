import { Hono } from 'hono';
import { loadInvitationFor } from '../../../worker/access/invitations';
import { loadSolution, loadSolutionPage } from '../../../worker/access/solutions';
import { notVisible } from '../../../worker/domain/errors';
import { revokeInvitation } from '../../../worker/domain/invitations/invitations';
import { hitAllOrThrow, inviteLimits } from '../../../worker/domain/rate-limit';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import { handOver, inviteToTeam, removeMember, shapeTeam } from '../../../worker/domain/solutions/team';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { personName } from '../../components/person-name';
import { confirmForm } from '../../forms/solutions';
import { teamInviteForm } from '../../forms/teams';
import { pageContext } from '../../page';
import { confirmation } from '../../pipeline/confirm';
import { type FormState, submitForm } from '../../pipeline/forms';
import { ID, INVITATION_ID, USER_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { showSolution } from './show';

/** The name of a member, for the confirm step's question (the page shows the team it came from). */
const memberName = (record: SolutionRecord, userId: string) =>
  shapeTeam(record, { invitations: false, recusals: false }).members.find((m) => m.user_id === userId)?.name ?? '';

/** A solution's team on its page: invite (the submitter), remove or leave, hand the submitter's role over. */
export const teamPages = new Hono<AppEnv>()
  .post(`/solutions/${ID}/team`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'team.manage');
    return submitForm(c, teamInviteForm, {
      run: async (input) => {
        await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), input.email), 'invitations');
        await inviteToTeam(c.var.db, actor, record, { ...input, language: pageContext(c).tr.locale });
        return c.redirect(`/solutions/${id}?done=invited#team`, 303);
      },
      rerender: async (form: FormState) => {
        const page = await loadSolutionPage(c.var.db, c.var.user, id);
        return showSolution(c, page.actor, page.record, page.may, { team: form }, 400, page.reads);
      },
      wholeForm: true,
    });
  })
  .post(`/solutions/${ID}/team/${USER_ID}/remove`, signedIn, async (c) => {
    const { id, userId } = c.req.param();
    const leaving = c.var.user.id === userId;
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, leaving ? 'team.leave' : 'team.manage');
    const title = record.solution.title;
    const name = leaving ? '' : memberName(record, userId);
    return submitForm(c, confirmForm, {
      run: async () => {
        await removeMember(c.var.db, actor, record, userId);
        return c.redirect(leaving ? '/me' : `/solutions/${id}?done=removed#team`, 303);
      },
      rerender: () => c.redirect(`/solutions/${id}#team`, 303),
      confirm: (_, tr) =>
        leaving
          ? confirmation(tr, 'leave_team', { title }, `/solutions/${id}#team`)
          : confirmation(tr, 'remove_member', { title, name: personName(tr, name) }, `/solutions/${id}#team`),
    });
  })
  .post(`/solutions/${ID}/team/invitations/${INVITATION_ID}/revoke`, signedIn, async (c) => {
    const { id, invitationId } = c.req.param();
    const { invitation, actor, clusterId } = await loadInvitationFor(c.var.db, c.var.user, invitationId);
    if (invitation.kind !== 'team' || invitation.target_id !== id) throw notVisible('invitation');
    return submitForm(c, confirmForm, {
      run: async () => {
        await revokeInvitation(c.var.db, actor, invitation, clusterId);
        return c.redirect(`/solutions/${id}?done=revoked#team`, 303);
      },
      rerender: () => c.redirect(`/solutions/${id}#team`, 303),
    });
  })
  .post(`/solutions/${ID}/team/${USER_ID}/submitter`, signedIn, async (c) => {
    const { id, userId } = c.req.param();
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'team.manage');
    const name = memberName(record, userId);
    return submitForm(c, confirmForm, {
      run: async () => {
        await handOver(c.var.db, actor, record, userId);
        return c.redirect(`/solutions/${id}?done=handed_over#team`, 303);
      },
      rerender: () => c.redirect(`/solutions/${id}#team`, 303),
      confirm: (_, tr) =>
        confirmation(
          tr,
          'hand_over',
          { title: record.solution.title, name: personName(tr, name) },
          `/solutions/${id}#team`,
        ),
    });
  });
