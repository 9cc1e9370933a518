import { type Context, Hono } from 'hono';
import { ChallengeCreateSchema, ChallengePatchSchema } from '../../worker/domain/challenges/challenge.schema';
import { createChallenge } from '../../worker/domain/challenges/create';
import { TRANSITION_ACTIONS, type TransitionAction } from '../../worker/domain/challenges/lifecycle';
import { findChallenge, toChallenge } from '../../worker/domain/challenges/read';
import { transitionChallenge } from '../../worker/domain/challenges/transition';
import { updateChallenge } from '../../worker/domain/challenges/update';
import { listClusters } from '../../worker/domain/clusters/list';
import type { AppEnv } from '../../worker/env';
import { notVisible, Problem } from '../../worker/http/problem';
import type { SignedIn } from '../../worker/policy/actor';
import { authorize, can, decide } from '../../worker/policy/policy';
import { challengeInput, challengeValues, newChallengeValues } from '../challenge-form';
import { emptyForm, type FormState, problemToForm, readForm, validate } from '../forms';
import { pageContext } from '../page';
import { ChallengeFormPage } from '../pages/challenge-form';
import { renderPage } from '../render';
import { errorPage } from './error-page';
import { signInFirst } from './sign-in-first';

/** Why an action failed, as a code the page translates (never free text in a URL). */
function failureCode(err: unknown): 'deadline' | 'note' | 'stale' | 'state' {
  if (!(err instanceof Problem)) throw err;
  const field = err.errors?.[0]?.path;
  if (field === 'deadline' || field === 'note') return field;
  return err.code === 'stale_version' ? 'stale' : 'state';
}

/**
 * The challenge an actor may edit; otherwise the same problems the API answers with (rendered as
 * HTML error pages by the app's error handler).
 */
async function loadEditable(c: Context<AppEnv>, actor: SignedIn, id: string) {
  const record = await findChallenge(c.var.db, id, actor.id);
  if (!record) throw notVisible('challenge');
  authorize(actor, 'challenge.read', record.row);
  authorize(actor, 'challenge.edit', record.row);
  return record;
}

export const challengeEditPages = new Hono<AppEnv>()
  .get('/challenges/new', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, '/challenges/new');
    if (!can(actor, 'challenge.create'))
      return errorPage(c, new Problem('forbidden', 'Only clinician accounts post challenges.'));
    const page = pageContext(c);
    const clusters = await listClusters(c.var.db, 100);
    return renderPage(
      c,
      <ChallengeFormPage
        page={page}
        form={emptyForm(newChallengeValues())}
        clusters={clusters}
        action="/challenges/new"
        title={page.tr.t('new.title')}
      />,
    );
  })
  .post('/challenges/new', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, '/challenges/new');
    if (!can(actor, 'challenge.create'))
      return errorPage(c, new Problem('forbidden', 'Only clinician accounts post challenges.'));
    const page = pageContext(c);
    const values = await readForm(c);
    const parsed = validate(ChallengeCreateSchema, challengeInput(values, values.cluster), page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        const { cluster, ...draft } = parsed.data;
        const id = await createChallenge(c.var.db, actor, cluster, draft);
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    const clusters = await listClusters(c.var.db, 100);
    return renderPage(
      c,
      <ChallengeFormPage
        page={page}
        form={form}
        clusters={clusters}
        action="/challenges/new"
        title={page.tr.t('new.title')}
      />,
      400,
    );
  })
  .get('/challenges/:id/edit', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}/edit`);
    const record = await loadEditable(c, actor, id);
    const page = pageContext(c);
    const values = challengeValues(toChallenge(record, actor));
    return renderPage(
      c,
      <ChallengeFormPage
        page={page}
        form={emptyForm(values)}
        action={`/challenges/${id}/edit`}
        title={page.tr.t('edit.title')}
      />,
    );
  })
  .post('/challenges/:id/edit', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}/edit`);
    const record = await loadEditable(c, actor, id);
    const page = pageContext(c);
    const values = await readForm(c);
    const parsed = validate(ChallengePatchSchema, challengeInput(values), page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        const { version: _ignored, ...changes } = parsed.data;
        await updateChallenge(c.var.db, actor, record, Number(values.version), changes);
        return c.redirect(`/challenges/${id}?done=saved`, 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    return renderPage(
      c,
      <ChallengeFormPage page={page} form={form} action={`/challenges/${id}/edit`} title={page.tr.t('edit.title')} />,
      400,
    );
  })
  .post('/challenges/:id/transitions', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}`);
    const values = await readForm(c);
    const action = values.action as TransitionAction;
    const record = await findChallenge(c.var.db, id, actor.id);
    if (!record || !decide(actor, 'challenge.read', record.row).allow) return errorPage(c, notVisible('challenge'));
    if (
      !TRANSITION_ACTIONS.includes(action) ||
      !can(actor, 'challenge.transition', { challenge: record.row, action })
    ) {
      return errorPage(c, new Problem('forbidden', 'You may not do that to this challenge.'));
    }
    try {
      await transitionChallenge(c.var.db, actor, record, action, values.note?.trim() || undefined);
    } catch (err) {
      return c.redirect(`/challenges/${id}?failed=${failureCode(err)}#actions`, 303);
    }
    return c.redirect(`/challenges/${id}?done=${action}`, 303);
  });
