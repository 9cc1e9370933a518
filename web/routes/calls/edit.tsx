import { Hono } from 'hono';
import { loadCall, loadCallForEdit } from '../../../worker/access/calls';
import type { SignedIn } from '../../../worker/domain/actor';
import { callClusterChoice } from '../../../worker/domain/calls/choices';
import type { CallAction } from '../../../worker/domain/calls/lifecycle';
import type { CallRecord } from '../../../worker/domain/calls/read';
import { clustersBySlug, createCall, transitionCall, updateCall } from '../../../worker/domain/calls/write';
import { DomainError } from '../../../worker/domain/errors';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import {
  callTransitionForm,
  callValues,
  editCallForm,
  newCallForm,
  newCallValues,
  onFormFields,
} from '../../forms/calls';
import type { MessageKey } from '../../i18n/en';
import { translatorFor } from '../../locale';
import { pageContext } from '../../page';
import { CallFormPage } from '../../pages/calls/form';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showCall } from './pages';

/** Why a life-cycle step failed, as a code the call page translates (never free text in a URL). */
function failureCode(err: unknown): 'closes' | 'note' | 'stale' | 'state' {
  if (!(err instanceof DomainError)) throw err;
  const field = err.errors?.[0]?.path;
  if (field === 'closes_at') return 'closes';
  if (field === 'note') return 'note';
  return err.code === 'stale_version' ? 'stale' : 'state';
}

/** Steps asked about first: they cannot be undone (publishing puts the call before everyone). */
const CONFIRMED: readonly CallAction[] = ['publish', 'withdraw', 'close', 'archive'];

async function newCallPage(c: Ctx, actor: SignedIn, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const clusters = await callClusterChoice(c.var.db, actor);
  return renderPage(
    c,
    <CallFormPage page={page} form={onFormFields(form, page.tr)} action="/calls/new" clusters={clusters} />,
    status,
  );
}

function editCallPage(c: Ctx, record: CallRecord, form: FormState, status: 200 | 400 = 200) {
  const page = pageContext(c);
  return renderPage(
    c,
    <CallFormPage
      page={page}
      form={onFormFields(form, page.tr)}
      action={`/calls/${record.id}/edit`}
      editing={record}
    />,
    status,
  );
}

/** A moderator may create a call for a cluster they run: an admin, or a moderator of any cluster. */
const mayCreateCalls = (actor: SignedIn) => {
  if (!actor.isAdmin && actor.moderates.length === 0) authorizeUser(actor, 'call.create', { clusters: [] });
  return actor;
};

/**
 * Moderators' call pages: a new call, its edit form, and the steps of its life cycle. They post to
 * the same domain functions as the API (POST/PATCH /api/v1/calls, …/transitions).
 */
export const callEditPages = new Hono<AppEnv>()
  .get('/calls/new', signedIn, async (c) => {
    const actor = mayCreateCalls(c.var.user);
    return newCallPage(c, actor, emptyForm(newCallValues(translatorFor(c))));
  })
  .post('/calls/new', signedIn, async (c) => {
    const user = mayCreateCalls(c.var.user);
    return submitForm(c, newCallForm, {
      run: async (input) => {
        const clusters = await clustersBySlug(c.var.db, input.clusters);
        const actor = authorizeUser(user, 'call.create', { clusters });
        const id = await createCall(c.var.db, actor, clusters, input);
        return c.redirect(`/calls/${id}?done=created`, 303);
      },
      rerender: (form) => newCallPage(c, user, form, 400),
      wholeForm: true,
    });
  })
  .get(`/calls/${ID}/edit`, signedIn, async (c) => {
    const { record } = await loadCallForEdit(c.var.db, c.var.user, c.req.param('id'));
    return editCallPage(c, record, emptyForm(callValues(record)));
  })
  .post(`/calls/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadCallForEdit(c.var.db, c.var.user, id);
    return submitForm(c, editCallForm, {
      run: async ({ version, ...changes }) => {
        if (version !== record.version) {
          // The form comes back with what was typed and the current version: saving again is deliberate.
          throw new DomainError(
            'stale_version',
            'Someone changed this call while you were editing it. What you typed is still here: check it against the call and save again.',
            { details: { current_version: record.version } },
          );
        }
        await updateCall(c.var.db, actor, record, version, changes);
        return c.redirect(`/calls/${id}?done=saved`, 303);
      },
      rerender: (form) => editCallPage(c, record, form, 400),
      wholeForm: true,
    });
  })
  .post(`/calls/${ID}/transitions`, signedIn, async (c) => {
    const id = c.req.param('id');
    const record = await loadCall(c.var.db, c.var.user, id);
    return submitForm(c, callTransitionForm, {
      run: async ({ action, note }) => {
        const actor = authorizeUser(c.var.user, 'call.transition', { call: record, action });
        try {
          await transitionCall(c.var.db, actor, record, action, note);
        } catch (err) {
          return c.redirect(`/calls/${id}?failed=${failureCode(err)}#actions`, 303);
        }
        return c.redirect(`/calls/${id}?done=${action}`, 303);
      },
      // A note too long comes back next to the note; any other mistake is a step the page never offered.
      rerender: (form) => {
        if (form.errors.note && !form.errors.action) return showCall(c, { transition: form }, 400);
        throw new DomainError('validation_failed', 'Choose one of the steps offered on the call page.');
      },
      confirm: ({ action }, tr) => {
        if (!CONFIRMED.includes(action)) return undefined;
        const say = (part: 'question' | 'consequence' | 'yes') =>
          tr.t(`calls.confirm.${action}.${part}` as MessageKey, { title: record.title });
        return {
          question: say('question'),
          consequence: say('consequence'),
          yes: say('yes'),
          back: `/calls/${id}#actions`,
        };
      },
    });
  });
