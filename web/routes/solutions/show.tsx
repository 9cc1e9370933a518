import { type SolutionAffordances, solutionViewFor } from '../../../worker/access/solutions';
import type { SignedIn } from '../../../worker/domain/actor';
import { feedbackFor } from '../../../worker/domain/evaluation/feedback';
import { readSolutionPage, type SolutionPageRows } from '../../../worker/domain/solutions/page-reads';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import { shapeTeam } from '../../../worker/domain/solutions/team';
import { sharedFeedbackStages } from '../../../worker/domain/stages/outcomes';
import type { Ctx } from '../../ctx';
import type { Translator } from '../../i18n';
import { pageContext } from '../../page';
import { DeclarePage } from '../../pages/evaluation/declare';
import { SolutionPage } from '../../pages/solutions/solution';
import { emptyForm, type FormState, type FormValues } from '../../pipeline/forms';
import { renderPage } from '../../render';
import { attachmentNoticeFor } from '../attachments/messages';

const DONE = ['saved', 'submitted', 'withdrawn', 'declared', 'stage_submitted'] as const;
const TEAM_DONE = ['invited', 'removed', 'handed_over', 'joined', 'revoked'] as const;
const noticeFor = (tr: Translator, done: string | undefined) =>
  (done === 'accepted' && tr.t('terms.done.accepted')) ||
  (DONE.find((d) => d === done) && tr.t(`solution.done.${done as (typeof DONE)[number]}`)) ||
  (TEAM_DONE.find((d) => d === done) && tr.t(`team.done.${done as (typeof TEAM_DONE)[number]}`)) ||
  undefined;

/** Forms on the solution page that failed and are shown again with what was typed. */
export interface SolutionForms {
  score?: FormState;
  declare?: FormState;
  /** The team invitation form. */
  team?: FormState;
  /** Why the last upload was refused, in the page's language (routes/attachments). */
  attachments?: string;
  /** Accepting the challenge's terms (issue 14). */
  terms?: FormState;
  /** Submitting to a later stage (issue 15): the fields that stage asks for and the solution lacks. */
  stage?: FormState;
}

/**
 * The solution page, for a viewer the access layer let through (see loadSolutionPage): the
 * solution itself, or for a jury member who has not declared yet the declaration first, with
 * only its title and organization. `reads` are what loadSolutionPage read with the solution; a
 * page shown again after a form reads them in one round trip.
 */
export async function showSolution(
  c: Ctx,
  actor: SignedIn,
  record: SolutionRecord,
  may: SolutionAffordances,
  forms: SolutionForms = {},
  status: 200 | 400 = 200,
  reads?: SolutionPageRows,
) {
  const page = pageContext(c);
  const [criteria, invitations, recusals, termsRows, stageRows, drafts] =
    reads ?? (await readSolutionPage(c.var.db, record.solution.id, actor.id));
  const challenge = {
    id: record.challenge.id,
    title: record.challenge_title,
    language: record.challenge_language,
    blind_review: record.challenge.blind_review,
    criteria,
  };
  // A jury member who may score reads the score sheet: the criteria and their unfinished score
  // (never counted). The team's invitations for the submitter, its recusals for the owner and
  // moderators; nothing of it for anyone else.
  const draft = may.score ? (drafts[0] ?? null) : null;
  const team = shapeTeam(record, { invitations: may.inviteTeam || may.manageTeam, recusals: may.recusals }, [
    invitations,
    recusals,
  ]);
  // A jury member scoring is on no team: the terms are for the others (issue 14). Issue 15: its
  // place in each stage, for its team and those who choose the shortlist.
  const terms = may.score ? null : (termsRows[0] ?? null);
  const stages = !may.score && may.stageOutcomes ? stageRows : [];
  const declareForm = forms.declare ?? emptyForm();
  if (!may.read) {
    return renderPage(
      c,
      <DeclarePage page={page} record={record} challenge={challenge} form={declareForm} identified={may.identify} />,
      status,
    );
  }
  // The jury's feedback of a stage it did not advance from, when shared: at most one (it went no further).
  const feedbackStages = may.stageFeedback ? sharedFeedbackStages(stages) : [];
  const [solution, ...feedback] = await Promise.all([
    solutionViewFor(c.var.db, actor, record),
    ...feedbackStages.map((k) => feedbackFor(c.var.db, record.solution.challenge_id, record.solution.id, k)),
  ]);
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
      team={team}
      teamForm={forms.team ?? emptyForm({ role: 'technical_lead' })}
      terms={terms}
      termsForm={forms.terms ?? emptyForm()}
      viewerId={actor.id}
      notice={noticeFor(page.tr, c.req.query('done'))}
      attachmentError={forms.attachments}
      attachmentNotice={attachmentNoticeFor(page.tr, c.req.query('done'))}
      stages={{
        rows: stages,
        current: record.challenge.current_stage,
        fields: JSON.parse(record.stage_fields_json ?? '[]') as string[],
        feedback: new Map(feedbackStages.map((k, i) => [k, feedback[i]])),
      }}
      stageForm={forms.stage ?? emptyForm()}
    />,
    status,
  );
}
