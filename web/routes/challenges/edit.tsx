import { Hono } from 'hono';
import { loadChallenge, loadChallengeFor } from '../../../worker/access/challenges';
import type { SignedIn } from '../../../worker/domain/actor';
import { openCalls } from '../../../worker/domain/calls/read';
import { clusterChoice } from '../../../worker/domain/challenges/cluster-choice';
import { createChallenge } from '../../../worker/domain/challenges/create';
import { type ChallengeRecord, toChallenge } from '../../../worker/domain/challenges/read';
import { transitionChallenge } from '../../../worker/domain/challenges/transition';
import { editModeFor, updateChallenge } from '../../../worker/domain/challenges/update';
import { DomainError } from '../../../worker/domain/errors';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import {
  amendChallengeForm,
  challengeValues,
  editChallengeForm,
  inFormOrder,
  newChallengeForm,
  newChallengeValues,
  transitionForm,
} from '../../forms/challenges';
import { translatorFor } from '../../locale';
import { pageContext } from '../../page';
import { ChallengeFormPage } from '../../pages/challenges/form';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showChallenge } from './pages';

/** Why a life-cycle step failed, as a code the challenge page translates (never free text in a URL). */
function failureCode(err: unknown): 'deadline' | 'note' | 'stale' | 'state' {
  if (!(err instanceof DomainError)) throw err;
  const field = err.errors?.[0]?.path;
  if (field === 'deadline' || field === 'note') return field;
  return err.code === 'stale_version' ? 'stale' : 'state';
}

async function newChallengePage(c: Ctx, actor: SignedIn, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const [clusters, calls] = await Promise.all([clusterChoice(c.var.db, actor), openCalls(c.var.db)]);
  const title = page.tr.t('new.title');
  return renderPage(
    c,
    <ChallengeFormPage
      page={page}
      form={inFormOrder(form, page.tr)}
      clusters={clusters}
      action="/challenges/new"
      title={title}
      calls={calls}
    />,
    status,
  );
}

async function editChallengePage(
  c: Ctx,
  actor: SignedIn,
  record: ChallengeRecord,
  mode: 'edit' | 'amend',
  form: FormState,
  status: 200 | 400 = 200,
) {
  const page = pageContext(c);
  const title = page.tr.t('edit.title');
  const challenge = toChallenge(record, actor);
  // The call is chosen before approval only: an amendment shows none.
  const calls = mode === 'edit' ? await openCalls(c.var.db, record.row.call_id) : [];
  return renderPage(
    c,
    <ChallengeFormPage
      page={page}
      form={inFormOrder(form, page.tr)}
      action={`/challenges/${challenge.id}/edit`}
      title={title}
      editing={{ challenge, mode }}
      calls={calls}
    />,
    status,
  );
}

/**
 * The edit form's periodic save (enhance.js) posts the same form to the same address and asks
 * for JSON: the new version to send next time, or why it was not saved. Without JavaScript
 * nothing asks for JSON, and the form is answered as a page.
 */
const savesAsItGoes = (c: Ctx) => (c.req.header('accept') ?? '').startsWith('application/json');

/**
 * Why a periodic save did not land, for the script: a newer version elsewhere (the form comes back
 * with the current version in it), or fields to correct. The parsed body is the one the form read.
 */
async function autosaveRefusal(c: Ctx, form: FormState) {
  const posted = (await c.req.parseBody({ all: true })).version;
  const stale = typeof posted === 'string' && form.values.version !== posted;
  return c.json({ saved: false, stale, errors: form.errors }, stale ? 409 : 400);
}

/** Life-cycle steps asked about first: they cannot be undone. */
const IRREVERSIBLE = ['approve', 'reject', 'withdraw', 'start_evaluation', 'archive'] as const;

export const challengeEditPages = new Hono<AppEnv>()
  .get('/challenges/new', signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'challenge.create');
    return newChallengePage(c, actor, emptyForm(newChallengeValues(translatorFor(c))));
  })
  .post('/challenges/new', signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'challenge.create');
    return submitForm(c, newChallengeForm, {
      run: async ({ cluster, ...draft }) => {
        const id = await createChallenge(c.var.db, actor, cluster, draft);
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      },
      rerender: (form) => newChallengePage(c, actor, form, 400),
      wholeForm: true,
    });
  })
  .get(`/challenges/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    // The form only where saving it can succeed: not for a moderator before approval, nor an owner after it.
    const mode = editModeFor(actor, record);
    return editChallengePage(c, actor, record, mode, emptyForm(challengeValues(toChallenge(record, actor))));
  })
  .post(`/challenges/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    const mode = editModeFor(actor, record);
    const json = savesAsItGoes(c);
    return submitForm(c, mode === 'amend' ? amendChallengeForm : editChallengeForm, {
      run: async ({ version, ...changes }) => {
        await updateChallenge(c.var.db, actor, record, version, changes);
        if (json) return c.json({ saved: true, version: version + 1, saved_at: new Date().toISOString() });
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      },
      rerender: (form) => (json ? autosaveRefusal(c, form) : editChallengePage(c, actor, record, mode, form, 400)),
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
      // A note too long comes back next to the note; any other mistake is a step the page never offered.
      rerender: (form) => {
        if (form.errors.note && !form.errors.action) return showChallenge(c, { transition: form }, 400);
        throw new DomainError('validation_failed', 'Choose one of the steps offered on the challenge page.');
      },
      confirm: ({ action }, tr) => {
        const step = IRREVERSIBLE.find((s) => s === action);
        return step && confirmation(tr, step, { title: record.row.title }, `/challenges/${id}#actions`);
      },
    });
  });
