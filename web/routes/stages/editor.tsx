import { Hono } from 'hono';
import { authorizedOnRecord, loadChallengeWith } from '../../../worker/access/challenges';
import type { SignedIn } from '../../../worker/domain/actor';
import type { ChallengeRecord } from '../../../worker/domain/challenges/read';
import { editModeFor } from '../../../worker/domain/challenges/update';
import { DomainError } from '../../../worker/domain/errors';
import { stagesQueries, toStages } from '../../../worker/domain/stages/read';
import { replaceStages } from '../../../worker/domain/stages/write';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { stagesForm, stagesValues } from '../../forms/stages';
import { pageContext } from '../../page';
import { StageEditorPage } from '../../pages/stages/editor';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

function editor(c: Ctx, record: ChallengeRecord, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const { row } = record;
  const notice = c.req.query('done') === 'saved' ? page.tr.t('stages.editor.saved') : undefined;
  return renderPage(
    c,
    <StageEditorPage
      page={page}
      challenge={{ id: row.id, title: row.title, language: row.language, status: row.status }}
      form={form}
      notice={notice}
    />,
    status,
  );
}

/** The stages are set while PUT …/stages is allowed: by the owner, before approval (as replaceStages says). */
async function loadForStages(c: Ctx, user: SignedIn) {
  const id = c.req.param('id') ?? '';
  // The challenge and its stages in one round trip; the stages are used only once the policy allows.
  const [record, ...rows] = await loadChallengeWith(c.var.db, user, id, ...stagesQueries(c.var.db, id));
  const actor = authorizedOnRecord(user, 'challenge.edit', record);
  if (editModeFor(actor, record) !== 'edit') {
    throw new DomainError(
      'invalid_state',
      `Stages are set before a challenge is approved; it is ${record.row.status}, so they are fixed. Solvers and jurors rely on them.`,
      { details: { current_state: record.row.status } },
    );
  }
  return { record, actor, stages: toStages(record.row.id, record.row.current_stage, rows) };
}

/** The stage editor of a challenge's authoring (issue 15), posting to the domain function the API's PUT uses. */
export const stageEditorPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/stages`, signedIn, async (c) => {
    const { record, stages } = await loadForStages(c, c.var.user);
    return editor(c, record, emptyForm(stagesValues(stages, record.row.version)));
  })
  .post(`/challenges/${ID}/stages`, signedIn, async (c) => {
    const { record, actor } = await loadForStages(c, c.var.user);
    return submitForm(c, stagesForm, {
      run: async ({ version, ...input }) => {
        await replaceStages(c.var.db, actor, record, version ?? 0, input);
        return c.redirect(`/challenges/${record.row.id}/stages?done=saved`, 303);
      },
      rerender: (form) => editor(c, record, form, 400),
      wholeForm: true,
    });
  });
