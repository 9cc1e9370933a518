import type { SolutionAffordances } from '../../../worker/access/solutions';
import type { SignedIn } from '../../../worker/domain/actor';
import { scoreSheet } from '../../../worker/domain/evaluation/scoring';
import { challengeContext } from '../../../worker/domain/solutions/challenge-context';
import { readSolutionView, type SolutionRecord } from '../../../worker/domain/solutions/read';
import type { Ctx } from '../../ctx';
import type { Translator } from '../../i18n';
import { pageContext } from '../../page';
import { DeclarePage } from '../../pages/evaluation/declare';
import { SolutionPage } from '../../pages/solutions/solution';
import { emptyForm, type FormState, type FormValues } from '../../pipeline/forms';
import { renderPage } from '../../render';
import { attachmentNoticeFor } from '../attachments/messages';

const DONE = ['saved', 'submitted', 'withdrawn', 'declared'] as const;
const noticeFor = (tr: Translator, done: string | undefined) =>
  DONE.find((d) => d === done) && tr.t(`solution.done.${done as (typeof DONE)[number]}`);

/** Forms on the solution page that failed and are shown again with what was typed. */
export interface SolutionForms {
  score?: FormState;
  declare?: FormState;
  /** Why the last upload was refused, in the page's language (routes/attachments). */
  attachments?: string;
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
  // A jury member who may score reads the score sheet instead: the same challenge, criteria and
  // their unfinished score (never counted), in the same one round trip.
  const { challenge, draft } = may.score
    ? await scoreSheet(c.var.db, record, actor.id).then((sheet) => ({
        challenge: { ...sheet.challenge, criteria: sheet.criteria },
        draft: sheet.draft,
      }))
    : { challenge: await challengeContext(c.var.db, record.solution.challenge_id), draft: null };
  const declareForm = forms.declare ?? emptyForm();
  if (!may.read) {
    return renderPage(c, <DeclarePage page={page} record={record} challenge={challenge} form={declareForm} />, status);
  }
  const solution = await readSolutionView(c.var.db, actor, record);
  const saved = solution.my_evaluation ?? draft;
  const values: FormValues = { comment: saved?.comment ?? '' };
  for (const [key, score] of Object.entries(saved?.scores ?? {})) values[`scores.${key}`] = String(score);
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
      attachmentError={forms.attachments}
      attachmentNotice={attachmentNoticeFor(page.tr, c.req.query('done'))}
    />,
    status,
  );
}
