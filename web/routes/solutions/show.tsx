import type { SolutionAffordances } from '../../../worker/access/solutions';
import type { SignedIn } from '../../../worker/domain/actor';
import { challengeContext } from '../../../worker/domain/solutions/challenge-context';
import { readSolutionView, type SolutionRecord } from '../../../worker/domain/solutions/read';
import type { Ctx } from '../../ctx';
import type { Translator } from '../../i18n';
import { pageContext } from '../../page';
import { DeclarePage } from '../../pages/evaluation/declare';
import { SolutionPage } from '../../pages/solutions/solution';
import { emptyForm, type FormState, type FormValues } from '../../pipeline/forms';
import { renderPage } from '../../render';

const DONE = ['saved', 'submitted', 'withdrawn', 'declared'] as const;
const noticeFor = (tr: Translator, done: string | undefined) =>
  DONE.find((d) => d === done) && tr.t(`solution.done.${done as (typeof DONE)[number]}`);

/** Forms on the solution page that failed and are shown again with what was typed. */
export interface SolutionForms {
  score?: FormState;
  declare?: FormState;
}

/**
 * The solution page, for a viewer the access layer let through (see loadSolutionPage): the
 * solution itself, or for a jury member who has not declared yet the declaration first, with
 * only its title and organization.
 */
export async function showSolution(
  c: Ctx,
  actor: SignedIn,
  record: SolutionRecord,
  may: SolutionAffordances,
  forms: SolutionForms = {},
  status: 200 | 400 = 200,
) {
  const page = pageContext(c);
  const challenge = await challengeContext(c.var.db, record.solution.challenge_id);
  const declareForm = forms.declare ?? emptyForm();
  if (!may.read) {
    return renderPage(c, <DeclarePage page={page} record={record} challenge={challenge} form={declareForm} />, status);
  }
  const solution = await readSolutionView(c.var.db, actor, record);
  const values: FormValues = { comment: solution.my_evaluation?.comment ?? '' };
  for (const [key, score] of Object.entries(solution.my_evaluation?.scores ?? {}))
    values[`scores.${key}`] = String(score);
  return renderPage(
    c,
    <SolutionPage
      page={page}
      solution={solution}
      challenge={challenge}
      may={may}
      scoreForm={forms.score ?? emptyForm(values)}
      declareForm={declareForm}
      notice={noticeFor(page.tr, c.req.query('done'))}
    />,
    status,
  );
}
