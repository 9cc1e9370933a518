import { Hono } from 'hono';
import { type EligibilityNotice, eligibilityNotice } from '../../../worker/access/calls';
import { authorizedOn, loadChallengeFor, loadChallengeWith } from '../../../worker/access/challenges';
import {
  loadSolution,
  loadSolutionPage,
  loadSolutionWith,
  solutionPageFor,
  solutionViewFor,
} from '../../../worker/access/solutions';
import { assertChangeOpen } from '../../../worker/domain/solutions/lifecycle';
import { challengeOfSolution, type SolutionRecord } from '../../../worker/domain/solutions/read';
import {
  createSolution,
  submitSolution,
  updateSolution,
  withdrawSolution,
} from '../../../worker/domain/solutions/write';
import { challengeTermsQuery } from '../../../worker/domain/terms/challenge-terms';
import type { ChallengeTermsVersion } from '../../../worker/domain/terms/terms.schema';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import {
  confirmForm,
  editSolutionForm,
  newSolutionForm,
  newSolutionValues,
  solutionValues,
  stageSubmitForm,
} from '../../forms/solutions';
import { pageContext } from '../../page';
import { SolutionFormPage } from '../../pages/solutions/form';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showSolution } from './show';

type ChallengeRef = { id: string; title: string; language: string; blind_review: boolean };
type SolutionFormStage = { current: number; fields: readonly string[] };

/** A solution shortlisted into the challenge's current, later stage: that stage and what it asks for (else null). */
const laterStage = (record: SolutionRecord): SolutionFormStage | null =>
  record.challenge.current_stage > 1 && record.stage_entered
    ? { current: record.challenge.current_stage, fields: JSON.parse(record.stage_fields_json ?? '[]') as string[] }
    : null;

/** What the form names of a loaded solution's challenge (read with the solution: no round trip of its own). */
const challengeRef = (record: SolutionRecord): ChallengeRef => ({
  id: record.challenge.id,
  title: record.challenge_title,
  language: record.challenge_language,
  blind_review: record.challenge.blind_review,
});

/** The solution form, new or edit, with what was typed and its errors, and the challenge's terms (issue 14). */
const solutionForm = async (
  c: Ctx,
  challenge: ChallengeRef,
  action: string,
  isNew: boolean,
  form: FormState,
  status: 200 | 400 = 200,
  // Read with the challenge where the caller could; else here.
  read?: ChallengeTermsVersion[],
  // A new solution to a challenge in a call (issue 15): its rules, and those the solver does not meet.
  eligibility?: EligibilityNotice | null,
  // A shortlisted solution in a later stage (issue 15): what that stage asks for.
  stage?: SolutionFormStage | null,
) => {
  const [terms] = read ?? (await challengeTermsQuery(c.var.db, challenge.id).limit(1));
  return renderPage(
    c,
    <SolutionFormPage
      page={pageContext(c)}
      form={form}
      challenge={challenge}
      action={action}
      isNew={isNew}
      terms={terms ?? null}
      eligibility={eligibility ?? null}
      stage={stage ?? null}
    />,
    status,
  );
};

export const solutionPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/solutions/new`, signedIn, async (c) => {
    const challengeId = c.req.param('id');
    // The challenge and its terms in one round trip.
    const [record, terms] = await loadChallengeWith(
      c.var.db,
      c.var.user,
      challengeId,
      challengeTermsQuery(c.var.db, challengeId).limit(1),
    );
    authorizedOn(c.var.user, 'solution.create', { ...record.row, competing: Boolean(record.has_my_solutions) });
    const { id, title, language, blind_review, call_id } = record.row;
    const action = `/challenges/${id}/solutions/new`;
    return solutionForm(
      c,
      { id, title, language, blind_review },
      action,
      true,
      emptyForm(newSolutionValues()),
      200,
      terms,
      await eligibilityNotice(c.var.db, c.var.user, call_id),
    );
  })
  .post(`/challenges/${ID}/solutions/new`, signedIn, async (c) => {
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, c.req.param('id'), 'solution.create');
    const { id, title, language, blind_review, call_id } = record.row;
    return submitForm(c, newSolutionForm, {
      run: async ({ submit, ...fields }) => {
        const solutionId = await createSolution(c.var.db, actor, record, fields, submit);
        return c.redirect(`/solutions/${solutionId}?done=${submit ? 'submitted' : 'saved'}`, 303);
      },
      rerender: async (form) =>
        solutionForm(
          c,
          { id, title, language, blind_review },
          `/challenges/${id}/solutions/new`,
          true,
          form,
          400,
          undefined,
          await eligibilityNotice(c.var.db, actor, call_id),
        ),
      wholeForm: true,
    });
  })
  .get(`/solutions/${ID}`, signedIn, async (c) => {
    const { record, actor, may, reads } = await loadSolutionPage(c.var.db, c.var.user, c.req.param('id'));
    return showSolution(c, actor, record, may, {}, 200, reads);
  })
  .get(`/solutions/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    // The session, then one batch: the solution with its challenge's title and facts, and the terms
    // in force (issue 17: was 4 round trips). The form shows no criteria, so none are read.
    const [{ record, actor }, terms] = await loadSolutionWith(
      c.var.db,
      c.var.user,
      id,
      'solution.edit',
      challengeTermsQuery(c.var.db, challengeOfSolution(id)).limit(1),
    );
    assertChangeOpen(record, 'edit');
    const solution = await solutionViewFor(c.var.db, actor, record);
    return solutionForm(
      c,
      challengeRef(record),
      `/solutions/${solution.id}/edit`,
      false,
      emptyForm(solutionValues(solution)),
      200,
      terms,
      null,
      laterStage(record),
    );
  })
  .post(`/solutions/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.edit');
    return submitForm(c, editSolutionForm, {
      run: async ({ version, ...changes }) => {
        await updateSolution(c.var.db, actor, record, version, changes);
        return c.redirect(`/solutions/${id}?done=saved`, 303);
      },
      rerender: (form) =>
        solutionForm(
          c,
          challengeRef(record),
          `/solutions/${id}/edit`,
          false,
          form,
          400,
          undefined,
          null,
          laterStage(record),
        ),
      wholeForm: true,
    });
  })
  .post(`/solutions/${ID}/submit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.submit');
    return submitForm(c, confirmForm, {
      run: async () => {
        await submitSolution(c.var.db, actor, record);
        return c.redirect(`/solutions/${id}?done=submitted`, 303);
      },
      rerender: () => c.redirect(`/solutions/${id}`, 303),
    });
  })
  // Issue 15: a shortlisted solution's content for the current, later stage (submitToStage).
  .post(`/solutions/${ID}/stage`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.submit');
    return submitForm(c, stageSubmitForm, {
      run: async () => {
        if (record.challenge.current_stage === 1) return c.redirect(`/solutions/${id}`, 303);
        await submitSolution(c.var.db, actor, record);
        return c.redirect(`/solutions/${id}?done=stage_submitted#stage-outcomes`, 303);
      },
      rerender: (form) => showSolution(c, actor, record, solutionPageFor(actor, record), { stage: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/solutions/${ID}/withdraw`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'solution.withdraw');
    return submitForm(c, confirmForm, {
      run: async () => {
        await withdrawSolution(c.var.db, actor, record);
        return c.redirect(`/solutions/${id}?done=withdrawn`, 303);
      },
      rerender: () => c.redirect(`/solutions/${id}`, 303),
      confirm: (_, tr) => confirmation(tr, 'withdraw_solution', { title: record.solution.title }, `/solutions/${id}`),
    });
  });
