import { Hono } from 'hono';
import { loadChallenge, loadChallengeFor } from '../../../worker/access/challenges';
import { createChallenge } from '../../../worker/domain/challenges/create';
import { toChallenge } from '../../../worker/domain/challenges/read';
import { transitionChallenge } from '../../../worker/domain/challenges/transition';
import { editModeFor, updateChallenge } from '../../../worker/domain/challenges/update';
import { listClusters } from '../../../worker/domain/clusters/list';
import { DomainError } from '../../../worker/domain/errors';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import {
  challengeValues,
  editChallengeForm,
  newChallengeForm,
  newChallengeValues,
  transitionForm,
} from '../../forms/challenges';
import { pageContext } from '../../page';
import { ChallengeFormPage } from '../../pages/challenges/form';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** Why a life-cycle step failed, as a code the challenge page translates (never free text in a URL). */
function failureCode(err: unknown): 'deadline' | 'note' | 'stale' | 'state' {
  if (!(err instanceof DomainError)) throw err;
  const field = err.errors?.[0]?.path;
  if (field === 'deadline' || field === 'note') return field;
  return err.code === 'stale_version' ? 'stale' : 'state';
}

async function newChallengePage(c: Ctx, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const clusters = await listClusters(c.var.db, 100);
  const title = page.tr.t('new.title');
  return renderPage(
    c,
    <ChallengeFormPage page={page} form={form} clusters={clusters} action="/challenges/new" title={title} />,
    status,
  );
}

function editChallengePage(c: Ctx, id: string, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const title = page.tr.t('edit.title');
  return renderPage(
    c,
    <ChallengeFormPage page={page} form={form} action={`/challenges/${id}/edit`} title={title} />,
    status,
  );
}

/** Life-cycle steps asked about first: they cannot be undone. */
const IRREVERSIBLE = ['approve', 'reject', 'withdraw', 'start_evaluation', 'archive'] as const;

export const challengeEditPages = new Hono<AppEnv>()
  .get('/challenges/new', signedIn, async (c) => {
    authorizeUser(c.var.user, 'challenge.create');
    return newChallengePage(c, emptyForm(newChallengeValues()));
  })
  .post('/challenges/new', signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'challenge.create');
    return submitForm(c, newChallengeForm, {
      run: async ({ cluster, ...draft }) => {
        const id = await createChallenge(c.var.db, actor, cluster, draft);
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      },
      rerender: (form) => newChallengePage(c, form, 400),
      wholeForm: true,
    });
  })
  .get(`/challenges/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    // The form only where saving it can succeed: not for a moderator before approval, nor an owner after it.
    editModeFor(actor, record);
    return editChallengePage(c, id, emptyForm(challengeValues(toChallenge(record, actor))));
  })
  .post(`/challenges/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    return submitForm(c, editChallengeForm, {
      run: async ({ version, ...changes }) => {
        await updateChallenge(c.var.db, actor, record, version, changes);
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      },
      rerender: (form) => editChallengePage(c, id, form, 400),
      wholeForm: true,
    });
  })
  .post(`/challenges/${ID}/transitions`, signedIn, async (c) => {
    const id = c.req.param('id');
    const record = await loadChallenge(c.var.db, c.var.user, id);
    return submitForm(c, transitionForm, {
      run: async ({ action, note }) => {
        const actor = authorizeUser(c.var.user, 'challenge.transition', { challenge: record.row, action });
        try {
          await transitionChallenge(c.var.db, actor, record, action, note);
        } catch (err) {
          return c.redirect(`/challenges/${id}?failed=${failureCode(err)}#actions`, 303);
        }
        return c.redirect(`/challenges/${id}?done=${action}`, 303);
      },
      rerender: () => {
        throw new DomainError('validation_failed', 'Choose one of the steps offered on the challenge page.');
      },
      confirm: ({ action }, tr) => {
        const step = IRREVERSIBLE.find((s) => s === action);
        return step && confirmation(tr, step, { title: record.row.title }, `/challenges/${id}#actions`);
      },
    });
  });
