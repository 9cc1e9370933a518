import { Hono } from 'hono';
import { challengePages } from '../../../worker/access/challenges';
import { loadDeclarations, loadScoring } from '../../../worker/access/evaluation';
import { loadSolution, solutionPageFor } from '../../../worker/access/solutions';
import type { SignedIn } from '../../../worker/domain/actor';
import { declareConflict, declareConflicts } from '../../../worker/domain/evaluation/conflicts';
import {
  type ScoreSheetRows,
  saveDraft,
  scoreSheet,
  submitEvaluation,
} from '../../../worker/domain/evaluation/scoring';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { declareAllForm, declareForm, scoreForm } from '../../forms/evaluation';
import { pageContext } from '../../page';
import { DeclareAllPage } from '../../pages/evaluation/declare';
import { DeclareFirstPage, ScorePage } from '../../pages/evaluation/score';
import { emptyForm, type FormState, type FormValues, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showSolution } from '../solutions/show';

/** The declaration page for all solutions of a challenge; one round trip. */
async function showDeclarations(c: Ctx, actor: SignedIn, id: string, form?: FormState, status: 200 | 400 = 200) {
  // A page at a time (issue 17); `?cursor=` names it, and the form posts back to the same page.
  const cursor = c.req.query('cursor') || undefined;
  const { challenge, solutions, open, identified, jury, next_cursor, progress } = await loadDeclarations(
    c.var.db,
    actor,
    id,
    cursor,
  );
  const answers: FormValues = {};
  for (const s of solutions) {
    if (s.conflict !== null) answers[`conflicts.${s.id}`] = s.conflict ? 'yes' : 'no';
    if (s.note) answers[`notes.${s.id}`] = s.note;
  }
  return renderPage(
    c,
    <DeclareAllPage
      page={pageContext(c)}
      challenge={challenge.row}
      links={challengePages(actor, challenge.row, jury, Boolean(challenge.has_my_solutions))}
      solutions={solutions}
      open={open}
      identified={identified}
      form={form ?? emptyForm(answers)}
      progress={progress}
      cursor={cursor ?? null}
      nextCursor={next_cursor}
      saved={c.req.query('done') === 'saved'}
    />,
    status,
  );
}

/** A jury member's score page: the saved draft (or the score sent) filled in, unless a failed form comes back. */
async function showScore(
  c: Ctx,
  record: SolutionRecord,
  when: 'now' | 'later' | 'closed',
  sheet: ScoreSheetRows,
  form?: FormState,
  status: 200 | 400 = 200,
) {
  const { challenge, criteria, draft } = scoreSheet(record, sheet);
  const scored = Boolean(record.my_evaluation?.scores);
  const saved = scored ? record.my_evaluation : draft;
  const values: FormValues = { comment: saved?.comment ?? '' };
  for (const [key, score] of Object.entries(saved?.scores ?? {})) values[`scores.${key}`] = String(score);
  return renderPage(
    c,
    <ScorePage
      page={pageContext(c)}
      solution={{ id: record.solution.id, title: record.solution.title }}
      challenge={challenge}
      criteria={criteria}
      form={form ?? emptyForm(values)}
      scored={scored}
      draftSavedAt={draft?.updated_at ?? null}
      when={when}
    />,
    status,
  );
}

const declareFirst = (c: Ctx, record: SolutionRecord) =>
  renderPage(
    c,
    <DeclareFirstPage page={pageContext(c)} challengeId={record.challenge.id} solutionId={record.solution.id} />,
    403,
  );

/**
 * A jury member's forms: conflicts for a whole challenge or for one solution (on its page), and
 * the score, sent whole or saved to finish later.
 */
export const judgingPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/conflicts`, signedIn, (c) => showDeclarations(c, c.var.user, c.req.param('id')))
  .post(`/challenges/${ID}/conflicts`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { challenge, solutions, next_cursor } = await loadDeclarations(
      c.var.db,
      c.var.user,
      id,
      c.req.query('cursor') || undefined,
    );
    const { t } = pageContext(c).tr;
    return submitForm(c, declareAllForm(solutions), {
      run: async (answers, values) => {
        // A note typed for a solution left unanswered would be lost: ask for the answer instead.
        const unanswered = solutions.filter((s) => answers.notes[s.id] && answers.conflicts[s.id] === undefined);
        if (unanswered.length) {
          const errors = Object.fromEntries(
            unanswered.map((s) => [
              `conflicts.${s.id}`,
              `${t('judging.declare.answer_for', { title: s.title })}: ${t('judging.declare.note_without_answer')}`,
            ]),
          );
          return showDeclarations(c, c.var.user, id, { values, errors }, 400);
        }
        await declareConflicts(c.var.db, c.var.user, challenge.row, solutions, answers);
        // Saved a page with more after it: on to the next one; the last one leads to the work list.
        return next_cursor
          ? c.redirect(`/challenges/${id}/conflicts?cursor=${next_cursor}&done=saved`, 303)
          : c.redirect(`/challenges/${id}/solutions?done=declared`, 303);
      },
      rerender: (form) => showDeclarations(c, c.var.user, id, form, 400),
    });
  })
  .post(`/solutions/${ID}/conflict`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.declare');
    return submitForm(c, declareForm, {
      run: async ({ conflict, note }) => {
        await declareConflict(c.var.db, actor, record, conflict, note);
        return conflict
          ? c.redirect(`/challenges/${record.solution.challenge_id}/solutions?done=conflict`, 303)
          : c.redirect(`/solutions/${id}?done=declared#score`, 303);
      },
      // Shown again only to those who may still open the page: never to a juror who declared a conflict.
      rerender: (form) => showSolution(c, actor, record, solutionPageFor(actor, record), { declare: form }, 400),
    });
  })
  .get(`/solutions/${ID}/evaluation`, signedIn, async (c) => {
    const scoring = await loadScoring(c.var.db, c.var.user, c.req.param('id'));
    if (scoring.declareFirst) return declareFirst(c, scoring.record);
    return showScore(c, scoring.record, scoring.when, scoring.sheet);
  })
  .post(`/solutions/${ID}/evaluation`, signedIn, async (c) => {
    const scoring = await loadScoring(c.var.db, c.var.user, c.req.param('id'));
    if (scoring.declareFirst) return declareFirst(c, scoring.record);
    const { record, actor, when, sheet } = scoring;
    const { criteria } = scoreSheet(record, sheet);
    const { t } = pageContext(c).tr;
    const again = (form: FormState) => showScore(c, record, when, sheet, form, 400);
    return submitForm(c, scoreForm(criteria), {
      run: async (input, values) => {
        if (input.draft) {
          if (Object.keys(input.scores).length === 0 && !input.comment) {
            return again({ values, errors: {}, error: t('judging.score.draft_empty') });
          }
          await saveDraft(c.var.db, actor, record, input);
          return c.redirect(`/challenges/${record.challenge.id}/solutions?done=draft`, 303);
        }
        // Named in the page's language, next to each criterion left out.
        const missing = criteria.filter((criterion) => input.scores[criterion.key] === undefined);
        if (missing.length) {
          const errors = Object.fromEntries(
            missing.map((m) => [`scores.${m.key}`, `${m.label}: ${t('judging.score.missing')}`]),
          );
          return again({ values, errors });
        }
        await submitEvaluation(c.var.db, actor, record, input);
        return c.redirect(`/challenges/${record.challenge.id}/solutions?done=scored`, 303);
      },
      rerender: again,
    });
  });
