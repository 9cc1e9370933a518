import { Hono } from 'hono';
import { challengeParent, changer, loadAttachment, solutionParent } from '../../../worker/access/attachments';
import { loadChallengeFor } from '../../../worker/access/challenges';
import { loadSolution, solutionAffordances } from '../../../worker/access/solutions';
import { attachFile } from '../../../worker/domain/attachments/attach';
import { assertChallengeAttachmentsOpen, deleteAttachment } from '../../../worker/domain/attachments/store';
import { assertChangeOpen } from '../../../worker/domain/solutions/lifecycle';
import type { AppEnv } from '../../../worker/env';
import { confirmForm } from '../../forms/solutions';
import { pageContext } from '../../page';
import { confirmation } from '../../pipeline/confirm';
import { submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { showChallenge } from '../challenges/pages';
import { showSolution } from '../solutions/show';
import { attachmentMessage } from './messages';

/**
 * The upload forms (multipart, without JavaScript) and the delete with its confirmation. The body
 * is streamed into R2 as the API does (domain/attachments/attach.ts), never read by the form
 * pipeline, which would buffer it. A refused file shows the page again with why next to the field.
 */
export const attachmentPages = new Hono<AppEnv>()
  .post(`/solutions/${ID}/attachments`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.edit');
    assertChangeOpen(record, 'edit');
    try {
      await attachFile(c.var.db, c.env.FILES, actor, solutionParent(record), c.req.raw.headers, c.req.raw.body);
    } catch (err) {
      const message = attachmentMessage(pageContext(c).tr, err);
      if (message === undefined) throw err;
      return showSolution(c, actor, record, solutionAffordances(actor, record), { attachments: message }, 400);
    }
    return c.redirect(`/solutions/${id}?done=attached#attachments`, 303);
  })
  .post(`/challenges/${ID}/attachments`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    const parent = challengeParent(record);
    assertChallengeAttachmentsOpen(actor, parent, record.row.status);
    try {
      await attachFile(c.var.db, c.env.FILES, actor, parent, c.req.raw.headers, c.req.raw.body);
    } catch (err) {
      const message = attachmentMessage(pageContext(c).tr, err);
      if (message === undefined) throw err;
      return showChallenge(c, { attachments: message }, 400);
    }
    return c.redirect(`/challenges/${id}?done=attached#attachments`, 303);
  })
  .post(`/attachments/${ID}/delete`, signedIn, async (c) => {
    const loaded = await loadAttachment(c.var.db, c.var.user, c.req.param('id'), 'attachment.change');
    const actor = changer(c.var.user);
    const back =
      loaded.parent.kind === 'solution' ? `/solutions/${loaded.parent.id}` : `/challenges/${loaded.parent.id}`;
    return submitForm(c, confirmForm, {
      run: async () => {
        if (loaded.solution) assertChangeOpen(loaded.solution, 'edit');
        if (loaded.challenge && loaded.parent.kind === 'challenge') {
          assertChallengeAttachmentsOpen(actor, loaded.parent, loaded.challenge.row.status);
        }
        await deleteAttachment(c.var.db, actor, loaded.parent, loaded.row);
        return c.redirect(`${back}?done=deleted#attachments`, 303);
      },
      rerender: () => c.redirect(`${back}#attachments`, 303),
      confirm: (_, tr) => confirmation(tr, 'delete_attachment', { name: loaded.row.filename }, `${back}#attachments`),
    });
  });
