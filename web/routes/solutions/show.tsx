import { type SolutionAffordances, solutionViewFor } from '../../../worker/access/solutions';
import type { SignedIn } from '../../../worker/domain/actor';
import { feedbackFor } from '../../../worker/domain/evaluation/feedback';
import { scoreSheet } from '../../../worker/domain/evaluation/scoring';
import { challengeContextQueries, shapeChallengeContext } from '../../../worker/domain/solutions/challenge-context';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import { readTeam, shapeTeam, teamExtras } from '../../../worker/domain/solutions/team';
import {
  type SolutionStageRow,
  sharedFeedbackStages,
  solutionStagesQuery,
} from '../../../worker/domain/stages/outcomes';
import { challengeTermsQuery } from '../../../worker/domain/terms/challenge-terms';
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
  // The team's invitations and recusals (for the submitter, the owner and moderators) in the same round trip.
  const show = { invitations: may.inviteTeam || may.manageTeam, recusals: may.recusals };
  // A jury member scoring is on no team: the terms' text is read for the others only (issue 14).
  // Issue 15: its place in each stage, for its team and those who choose the shortlist (else none read).
  const stagesOf = solutionStagesQuery(
    c.var.db,
    may.stageOutcomes ? record.solution.challenge_id : '',
    record.solution.id,
  );
  const { challenge, draft, team, terms, stages } = may.score
    ? await scoreSheet(c.var.db, record, actor.id).then(async (sheet) => ({
        challenge: { ...sheet.challenge, criteria: sheet.criteria },
        draft: sheet.draft,
        team: await readTeam(c.var.db, record, show),
        terms: null,
        stages: [] as SolutionStageRow[],
      }))
    : await c.var.db
        .batch([
          ...challengeContextQueries(c.var.db, record.solution.challenge_id),
          ...teamExtras(c.var.db, record, show),
          challengeTermsQuery(c.var.db, record.terms_version === null ? '' : record.solution.challenge_id),
          stagesOf,
        ])
        .then(([rows, criteria, invitations, recusals, termsRows, stageRows]) => ({
          challenge: shapeChallengeContext(record.solution.challenge_id, rows, criteria),
          draft: null,
          team: shapeTeam(record, show, [invitations, recusals]),
          terms: termsRows[0] ?? null,
          stages: stageRows,
        }));
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
