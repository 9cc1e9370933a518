import { type Context, Hono } from 'hono';
import { challengeContext } from '../../worker/domain/solutions/context';
import type { SolutionRecord } from '../../worker/domain/solutions/facts';
import { findSolution } from '../../worker/domain/solutions/facts';
import { declarationOpen, declareConflict, scoringOpen, submitEvaluation } from '../../worker/domain/solutions/judging';
import { toSolution } from '../../worker/domain/solutions/read';
import {
  ConflictInputSchema,
  EvaluationInputSchema,
  SolutionCreateSchema,
  SolutionPatchSchema,
} from '../../worker/domain/solutions/solution.schema';
import {
  assertChangeOpen,
  changeOpen,
  createSolution,
  submitSolution,
  updateSolution,
  withdrawSolution,
} from '../../worker/domain/solutions/write';
import type { AppEnv } from '../../worker/env';
import { notVisible } from '../../worker/http/problem';
import type { SignedIn } from '../../worker/policy/actor';
import { authorize, can, decide } from '../../worker/policy/policy';
import { loadVisibleChallenge } from '../../worker/routes/challenges/load';
import { loadSolutionFor } from '../../worker/routes/solutions/load';
import { emptyForm, type FormState, fieldErrorsOrThrow, problemToForm, readForm, validate } from '../forms';
import type { Translator } from '../i18n';
import { pageContext } from '../page';
import { DeclarePage } from '../pages/declare';
import { SolutionPage } from '../pages/solution';
import { SolutionFormPage } from '../pages/solution-form';
import { renderPage } from '../render';
import { newSolutionValues, solutionInput, solutionValues } from '../solution-form';
import { signInFirst } from './sign-in-first';

const DONE = ['saved', 'submitted', 'withdrawn', 'declared'] as const;
const noticeFor = (tr: Translator, done: string | undefined) =>
  DONE.find((d) => d === done) && tr.t(`solution.done.${done as (typeof DONE)[number]}`);

/** Link errors come per line (`links.2`); the form has one field for all of them. */
const collapseLinks = (form: FormState): FormState => {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(form.errors))
    errors[path.startsWith('links.') ? 'links' : path] ??= message;
  return { ...form, errors };
};

/** Forms on the solution page that failed and are shown again with what was typed. */
interface SolutionForms {
  score?: FormState;
  declare?: FormState;
}

/**
 * The detail page: the solution for those who may read it; jury members who have not declared
 * yet get the declaration first (with only title and organization, unless they may read it anyway).
 */
async function showSolution(
  c: Context<AppEnv>,
  actor: SignedIn,
  record: SolutionRecord,
  forms: SolutionForms = {},
  status: 200 | 400 = 200,
) {
  const page = pageContext(c);
  const { facts } = record;
  const readable = decide(actor, 'solution.read', facts);
  const undeclared =
    facts.jury !== undefined &&
    record.jury_conflict === null &&
    can(actor, 'solution.declare', facts) &&
    declarationOpen(record);
  if (!readable.allow && !undeclared) authorize(actor, 'solution.read', facts);
  const challenge = await challengeContext(c.var.db, record.solution.challenge_id);
  const declareForm = forms.declare ?? emptyForm();
  if (!readable.allow) {
    return renderPage(c, <DeclarePage page={page} record={record} challenge={challenge} form={declareForm} />, status);
  }
  const solution = await toSolution(c.var.db, actor, record);
  const mine = record.solution.submitter_id === actor.id;
  const edit = can(actor, 'solution.edit', facts);
  const actions = {
    edit: edit && changeOpen(record, 'edit'),
    submit: edit && changeOpen(record, 'submit'),
    withdraw: edit && changeOpen(record, 'withdraw'),
    declare: undeclared,
    score: can(actor, 'solution.evaluate', facts) && scoringOpen(record),
    scoreLater: can(actor, 'solution.evaluate', facts) && record.challenge.status === 'open',
  };
  const values: Record<string, string> = { comment: solution.my_evaluation?.comment ?? '' };
  for (const [key, score] of Object.entries(solution.my_evaluation?.scores ?? {}))
    values[`scores.${key}`] = String(score);
  return renderPage(
    c,
    <SolutionPage
      page={page}
      solution={solution}
      challenge={challenge}
      actions={actions}
      mine={mine}
      scoreForm={forms.score ?? emptyForm(values)}
      declareForm={declareForm}
      notice={noticeFor(page.tr, c.req.query('done'))}
    />,
    status,
  );
}

/** The solution form, new or edit, with what was typed and its errors (link errors on their one field). */
const solutionForm = (
  c: Context<AppEnv>,
  challenge: { id: string; title: string; language: string },
  action: string,
  isNew: boolean,
  form: FormState,
  status: 200 | 400 = 200,
) =>
  renderPage(
    c,
    <SolutionFormPage
      page={pageContext(c)}
      form={collapseLinks(form)}
      challenge={challenge}
      action={action}
      isNew={isNew}
    />,
    status,
  );

export const solutionPages = new Hono<AppEnv>()
  .get('/challenges/:id/solutions/new', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    const challenge = await loadVisibleChallenge(c, c.req.param('id'));
    authorize(actor, 'solution.create', challenge.row);
    const { id, title, language } = challenge.row;
    return solutionForm(
      c,
      { id, title, language },
      `/challenges/${id}/solutions/new`,
      true,
      emptyForm(newSolutionValues()),
    );
  })
  .post('/challenges/:id/solutions/new', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${c.req.param('id')}`);
    const challenge = await loadVisibleChallenge(c, c.req.param('id'));
    authorize(actor, 'solution.create', challenge.row);
    const page = pageContext(c);
    const values = await readForm(c);
    const submit = values.intent === 'submit';
    const parsed = validate(SolutionCreateSchema, { ...solutionInput(values), submit }, page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        const { submit: now, ...fields } = parsed.data;
        const id = await createSolution(c.var.db, actor, challenge, fields, now);
        return c.redirect(`/solutions/${id}?done=${now ? 'submitted' : 'saved'}`, 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    const { id, title, language } = challenge.row;
    return solutionForm(c, { id, title, language }, `/challenges/${id}/solutions/new`, true, form, 400);
  })
  .get('/solutions/:id', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    const record = await findSolution(c.var.db, actor, c.req.param('id'));
    if (!record) throw notVisible('solution');
    return showSolution(c, actor, record);
  })
  .get('/solutions/:id/edit', async (c) => {
    if (c.var.actor.type !== 'user') return signInFirst(c);
    const { record, actor } = await loadSolutionFor(c, c.req.param('id'), 'solution.edit');
    assertChangeOpen(record, 'edit');
    const [solution, challenge] = await Promise.all([
      toSolution(c.var.db, actor, record),
      challengeContext(c.var.db, record.solution.challenge_id),
    ]);
    return solutionForm(c, challenge, `/solutions/${solution.id}/edit`, false, emptyForm(solutionValues(solution)));
  })
  .post('/solutions/:id/edit', async (c) => {
    const id = c.req.param('id');
    if (c.var.actor.type !== 'user') return signInFirst(c, `/solutions/${id}/edit`);
    const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
    const page = pageContext(c);
    const values = await readForm(c);
    // The version the form was loaded at is required: it is how a concurrent change is noticed.
    const parsed = validate(SolutionPatchSchema.required({ version: true }), solutionInput(values), page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        const { version, ...changes } = parsed.data;
        await updateSolution(c.var.db, actor, record, version, changes);
        return c.redirect(`/solutions/${id}?done=saved`, 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    const challenge = await challengeContext(c.var.db, record.solution.challenge_id);
    return solutionForm(c, challenge, `/solutions/${id}/edit`, false, form, 400);
  })
  .post('/solutions/:id/submit', async (c) => {
    const id = c.req.param('id');
    if (c.var.actor.type !== 'user') return signInFirst(c, `/solutions/${id}`);
    const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
    await submitSolution(c.var.db, actor, record);
    return c.redirect(`/solutions/${id}?done=submitted`, 303);
  })
  .post('/solutions/:id/withdraw', async (c) => {
    const id = c.req.param('id');
    if (c.var.actor.type !== 'user') return signInFirst(c, `/solutions/${id}`);
    const { record, actor } = await loadSolutionFor(c, id, 'solution.edit');
    await withdrawSolution(c.var.db, actor, record);
    return c.redirect(`/solutions/${id}?done=withdrawn`, 303);
  })
  .post('/solutions/:id/conflict', async (c) => {
    const id = c.req.param('id');
    if (c.var.actor.type !== 'user') return signInFirst(c, `/solutions/${id}`);
    const { record, actor } = await loadSolutionFor(c, id, 'solution.declare');
    const values = await readForm(c);
    const page = pageContext(c);
    // Only an explicit answer counts: a post without one must never read as "no conflict".
    const answer = values.conflict === 'yes' ? true : values.conflict === 'no' ? false : undefined;
    const parsed = validate(
      ConflictInputSchema,
      { conflict: answer, note: values.note?.trim() || undefined },
      page.tr.locale,
    );
    if (!parsed.ok || answer === undefined) {
      const errors = parsed.ok ? {} : parsed.errors;
      if (answer === undefined) errors.conflict = page.tr.t('declare.choose');
      return showSolution(c, actor, record, { declare: { values, errors } }, 400);
    }
    await declareConflict(c.var.db, actor, record, parsed.data.conflict, parsed.data.note);
    return parsed.data.conflict
      ? c.redirect(`/challenges/${record.solution.challenge_id}/solutions?done=conflict`, 303)
      : c.redirect(`/solutions/${id}?done=declared#score`, 303);
  })
  .post('/solutions/:id/evaluation', async (c) => {
    const id = c.req.param('id');
    if (c.var.actor.type !== 'user') return signInFirst(c, `/solutions/${id}`);
    const { record, actor } = await loadSolutionFor(c, id, 'solution.evaluate');
    const values = await readForm(c);
    const scores = Object.fromEntries(
      Object.entries(values)
        .filter(([name]) => name.startsWith('scores.'))
        .map(([name, value]) => [name.slice('scores.'.length), Number(value)]),
    );
    const parsed = validate(
      EvaluationInputSchema,
      { scores, comment: values.comment?.trim() || undefined },
      pageContext(c).tr.locale,
    );
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        await submitEvaluation(c.var.db, actor, record, parsed.data);
        return c.redirect(`/challenges/${record.solution.challenge_id}/solutions?done=scored`, 303);
      } catch (err) {
        form = fieldErrorsOrThrow(err, values);
      }
    }
    return showSolution(c, actor, record, { score: form }, 400);
  });
