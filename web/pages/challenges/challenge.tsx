import type { ChallengeAffordances } from '../../../worker/access/challenges';
import { tagWords } from '../../../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../../../worker/domain/challenges/challenge.view';
import { acceptsSolutions, type TransitionAction } from '../../../worker/domain/challenges/lifecycle';
import type { Ranking } from '../../../worker/domain/evaluation/evaluation.view';
import type { MySolution } from '../../../worker/domain/solutions/list';
import type { StageTimelineRow } from '../../../worker/domain/stages/read';
import type { ChallengeTermsVersion } from '../../../worker/domain/terms/terms.schema';
import { Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { ModeratorNote } from '../../components/moderator-note';
import type { Preview } from '../../components/preview';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import { emptyForm, type FormState } from '../../pipeline/forms';
import { AttachmentsSection } from '../attachments/section';
import { StageTimeline } from '../stages/stages';
import { ChallengeTermsSection, type ChoosableTemplate, NotConfidentialNotice } from '../terms/terms';
import { ChallengeNav } from './nav';

export type PublicResult = Extract<Ranking, { view: 'public' }>['data'][number];

interface ChallengeProps {
  page: PageContext;
  /** Only when anyone may read it (the route asks the policy): its link preview. */
  preview?: Preview;
  challenge: Challenge;
  /** What this viewer may do here now (the access layer's affordances). */
  may: ChallengeAffordances;
  /** The public results once decided, winners first, then the shortlist (see shapeRanking). */
  results: PublicResult[] | null;
  /** When submissions closed (early, or at the deadline); null while they are open. */
  closedAt: string | null;
  /** The viewer's own solutions here, newest first. */
  mySolutions: MySolution[];
  askForm: FormState;
  answerForm?: { question: string; form: FormState };
  /** The life-cycle step with a note, shown again with its message (a note too long). */
  transitionForm?: FormState;
  notice?: string;
  /** A confirmation about the questions (asked, answered, hidden), shown where the person lands: at the questions. */
  questionNotice?: string;
  failure?: string;
  attachmentError?: string;
  attachmentNotice?: string;
  /** The participation terms in force, and for whoever may set them the templates to choose from (issue 14). */
  terms: { current: ChallengeTermsVersion | null; templates: ChoosableTemplate[]; form: FormState };
  /** Its stages and the one it is in (issue 15): a timeline when there are several. */
  stages: { rows: readonly StageTimelineRow[]; current: number };
}

/**
 * How many working days moderators usually take to review a submitted challenge. Nothing
 * measures it yet: this is the cluster offices' stated aim, told to owners so they know what to
 * expect. Change it here when review times are measured.
 */
export const REVIEW_WORKING_DAYS = 5;

/** Moderator actions that must tell the owner why. */
const NEEDS_NOTE: TransitionAction[] = ['request_changes', 'reject'];
/** Steps that end something for good look unlike the ones that move a challenge on. */
const DANGEROUS: TransitionAction[] = ['withdraw', 'reject'];
const buttonClass = (action: TransitionAction) => (DANGEROUS.includes(action) ? 'danger' : undefined);

/** The public results in groups: winners, the shortlist, then the other solutions made public. */
function Results({
  page,
  challenge: c,
  results,
  report = false,
}: {
  page: PageContext;
  challenge: Challenge;
  results: PublicResult[];
  /** Link the evaluation report (for those who may read it). */
  report?: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  const winners = results.filter((r) => r.status === 'winner');
  const groups: [string, string, PublicResult[]][] = [
    ['winners', tr.plural('public.results.winners', winners.length), winners],
    ['shortlist', t('public.results.shortlist'), results.filter((r) => r.status === 'shortlisted')],
    ['others', t('public.results.others'), results.filter((r) => r.status !== 'winner' && r.status !== 'shortlisted')],
  ];
  return (
    <section id="results" class="results" aria-labelledby="results-title" lang={tr.locale}>
      <h2 id="results-title">{t('challenge.results')}</h2>
      {c.decision_note && (
        <p class="prose" lang={c.language}>
          {c.decision_note}
        </p>
      )}
      <p class="hint">{t('public.results.explain')}</p>
      {report && (
        <p class="report-link">
          <a href={`/challenges/${c.id}/evaluation-report`}>{t('report.link')}</a>
        </p>
      )}
      {groups
        .filter(([, , rows]) => rows.length > 0)
        .map(([key, heading, rows]) => (
          <>
            <h3 id={`results-${key}`}>{heading}</h3>
            <ol class="cards" aria-labelledby={`results-${key}`}>
              {rows.map((r) => (
                <li class="card">
                  <p class="result-title">
                    <strong>{r.title}</strong>
                  </p>
                  <p class="meta">
                    <StatusBadge tr={tr} status={r.status} />
                    {r.organization && ` · ${r.organization}`}
                    {r.score !== null &&
                      ` · ${t('public.results.score', { score: tr.number(r.score, { maximumFractionDigits: 1 }) })}`}
                  </p>
                  {r.summary ? <p>{r.summary}</p> : <p class="meta">{t('public.results.named_only')}</p>}
                </li>
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}

/** The owner's answer to one question; ids carry the question's id, as several sit on one page. */
function AnswerForm({
  page,
  challengeId,
  question,
  form,
}: {
  page: PageContext;
  challengeId: string;
  question: { id: string; answer: string | null };
  form: FormState;
}) {
  const { t } = page.tr;
  const id = `answer-${question.id}`;
  const error = form.errors.answer;
  return (
    <form
      method="post"
      // Back at this question, with the message next to the answer, wherever it is on a long page.
      action={`/challenges/${challengeId}/questions/${question.id}/answer#q-${question.id}`}
      class={`stack${error ? ' has-error' : ''}`}
      novalidate
    >
      <div class="field">
        <label for={id} lang={page.tr.locale}>
          {question.answer ? t('questions.correct_answer') : t('questions.answer')}
        </label>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <textarea
          id={id}
          name="answer"
          rows={3}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[`q-${question.id}-text`, error ? `${id}-error` : ''].join(' ').trim()}
        >
          {form.values.answer ?? ''}
        </textarea>
      </div>
      <button type="submit" lang={page.tr.locale}>
        {t('questions.answer_button')}
      </button>
    </form>
  );
}

/** Everything a solver needs to judge fit without a call, then Q&A and, once decided, the results. */
export function ChallengePage({
  page,
  preview,
  challenge: c,
  may,
  results,
  closedAt,
  mySolutions,
  stages,
  askForm,
  answerForm,
  transitionForm,
  notice,
  questionNotice,
  failure,
  attachmentError,
  attachmentNotice,
  terms,
}: ChallengeProps) {
  const { tr } = page;
  const { t } = tr;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const links = may.pages;
  const actions = may.transitions;
  const working = links.solutions || links.jury || links.ranking || links.audit;
  const waiting = c.questions.filter((q) => q.answer === null).length;
  return (
    <Layout page={page} title={c.title} scripts={['/enhance.js']} preview={preview}>
      {working && (
        <ChallengeNav
          page={page}
          challenge={{ id: c.id, title: c.title, language: c.language, status: c.status }}
          links={links}
          current="challenge"
        />
      )}
      <article lang={c.language} aria-labelledby="challenge-title">
        <p class="meta">
          <StatusBadge tr={tr} status={c.status} /> <a href={`/clusters/${c.cluster.slug}`}>{c.cluster.name}</a>
          {c.organization && ` · ${c.organization.name}`}
        </p>
        <h1 id="challenge-title">{c.title}</h1>
        {notice && <Notice>{notice}</Notice>}
        {may.awaitingReview && (
          <p class="call" lang={tr.locale}>
            {t('public.review.who', { cluster: c.cluster.name, days: REVIEW_WORKING_DAYS })}
          </p>
        )}
        {failure && (
          <div class="error-summary" role="alert" lang={tr.locale}>
            <p>{failure}</p>
          </div>
        )}
        {may.confirmToTakePart && (
          <p class="call" lang={tr.locale}>
            {t('challenge.confirm_to_take_part')} <a href="/me">{t('challenge.confirm_to_take_part_link')}</a>
          </p>
        )}
        {mySolutions.length > 0 && (
          <div class="call" lang={tr.locale}>
            <p>{t('public.challenge.my_solutions')}</p>
            <ul>
              {mySolutions.map((s) => (
                <li>
                  <a href={`/solutions/${s.id}`}>{s.title}</a> <StatusBadge tr={tr} status={s.status} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {c.blind_review && <p class="notice">{t('blind.challenge_note')}</p>}
        {c.call_id && c.call_title && (
          <p class="meta">
            {t('calls.part_of', { title: '' })}
            <a href={`/calls/${c.call_id}`}>{c.call_title}</a>
          </p>
        )}
        {terms.current && !terms.current.submissions_confidential && acceptsSolutions(c.status) && (
          <div lang={tr.locale}>
            <NotConfidentialNotice page={page} />
          </div>
        )}
        {(may.submitSolution || may.signInToTakePart) && (
          <p class="call" lang={tr.locale}>
            {may.submitSolution ? (
              <a class="button" href={`/challenges/${c.id}/solutions/new`}>
                {t('challenge.submit_solution')}
              </a>
            ) : (
              <a href={`/signin?next=${encodeURIComponent(`/challenges/${c.id}`)}`}>
                {t('challenge.sign_in_to_take_part')}
              </a>
            )}
          </p>
        )}
        {may.contact && (
          <p lang={tr.locale}>
            <a href={`/conversations/new?about_kind=challenge&about_id=${c.id}`}>
              {t('conversation.contact.link.challenge')}
            </a>
          </p>
        )}
        {(may.edit || actions.length > 0) && (
          <section id="actions" class="actions" aria-labelledby="actions-title" lang={tr.locale}>
            <h2 id="actions-title">{t('actions.title')}</h2>
            {may.edit && (
              <p>
                <a href={`/challenges/${c.id}/edit`}>{t('actions.edit')}</a>
              </p>
            )}
            {actions
              .filter((a) => !NEEDS_NOTE.includes(a))
              .map((action) => (
                <form method="post" action={`/challenges/${c.id}/transitions`} class="inline-action">
                  <input type="hidden" name="action" value={action} />
                  <button type="submit" class={buttonClass(action)}>
                    {t(`actions.${action}`)}
                  </button>
                </form>
              ))}
            {actions.some((a) => NEEDS_NOTE.includes(a)) && (
              <form method="post" action={`/challenges/${c.id}/transitions`} class="stack">
                <TextArea
                  form={transitionForm ?? emptyForm()}
                  name="note"
                  label={t('actions.note')}
                  hint={t('actions.note_hint')}
                />
                {actions
                  .filter((a) => NEEDS_NOTE.includes(a))
                  .map((action) => (
                    <button type="submit" name="action" value={action} class={buttonClass(action)}>
                      {t(`actions.${action}`)}
                    </button>
                  ))}
              </form>
            )}
          </section>
        )}
        <p class="lead">{c.summary}</p>
        <p class="meta" lang={tr.locale}>
          {closedAt ? (
            <>
              {t('public.challenge.closed_on')} <time datetime={closedAt}>{tr.date(closedAt, 'long')}</time>
            </>
          ) : (
            <>
              {t('challenge.deadline')}: <time datetime={c.deadline}>{tr.date(c.deadline, 'long')}</time>
            </>
          )}{' '}
          · {tr.plural('challenge.endorsements', c.endorsement_count)}
          {!closedAt && (
            <>
              {' '}
              · <a href={`/api/v1/challenges/${c.id}/calendar.ics`}>{t('challenge.calendar')}</a>
            </>
          )}
        </p>
        <StageTimeline page={page} stages={stages.rows} current={stages.current} />
        {results && <Results page={page} challenge={c} results={results} report={links.report} />}
        <ModeratorNote tr={tr} challenge={c} />

        <h2 lang={tr.locale}>{t('challenge.problem')}</h2>
        <p class="prose">{c.problem_statement}</p>
        {c.clinical_context && <p class="prose">{c.clinical_context}</p>}

        <h2 lang={tr.locale}>{t('challenge.need')}</h2>
        <dl class="facts">
          <dt lang={tr.locale}>{t('challenge.indication')}</dt>
          <dd>
            {c.indication}
            {c.icd10_code && <span class="meta"> (ICD-10 {c.icd10_code})</span>}
          </dd>
          <dt lang={tr.locale}>{t('challenge.pathway')}</dt>
          <dd lang={tr.locale}>{t(`pathway.${c.care_pathway_step}`)}</dd>
          <dt lang={tr.locale}>{t('challenge.population')}</dt>
          <dd>{c.patient_population}</dd>
          <dt lang={tr.locale}>{t('challenge.standard_of_care')}</dt>
          <dd>{c.standard_of_care}</dd>
          <dt lang={tr.locale}>{t('challenge.target_outcome')}</dt>
          <dd>{c.target_outcome}</dd>
          <dt lang={tr.locale}>{t('challenge.kpi')}</dt>
          <dd>{c.outcome_kpi}</dd>
          <dt lang={tr.locale}>{t('challenge.regulation')}</dt>
          <dd lang={tr.locale}>
            {t(`regulation.${c.regulation}`)}
            {c.device_class && ` · ${t('challenge.device_class')} ${c.device_class}`} · {t('challenge.ce_marking')}:{' '}
            {yesNo(c.ce_marking_required)}
          </dd>
          <dt lang={tr.locale}>{t('challenge.data_on_offer')}</dt>
          <dd lang={tr.locale}>{t(`data.${c.data_on_offer}`)}</dd>
          <dt lang={tr.locale}>{t('challenge.trl')}</dt>
          <dd>
            TRL {c.trl_min}–{c.trl_max}
          </dd>
          {c.integration_needs && (
            <>
              <dt lang={tr.locale}>{t('challenge.integration')}</dt>
              <dd>{c.integration_needs}</dd>
            </>
          )}
          <dt lang={tr.locale}>{t('challenge.reward')}</dt>
          <dd>
            <span lang={tr.locale}>{t(`reward.${c.reward_kind}`)}</span>
            {c.reward_details && ` — ${c.reward_details}`}
          </dd>
          {c.tags.length > 0 && (
            <>
              <dt lang={tr.locale}>{t('challenge.tags')}</dt>
              <dd>
                {c.tags.map((tag) => (
                  <a class="tag" href={`/challenges?tag=${encodeURIComponent(tag)}`}>
                    {tagWords(tag)}
                  </a>
                ))}
              </dd>
            </>
          )}
        </dl>
        {c.involves_patient_data && (
          <p class="notice" lang={tr.locale}>
            {t('challenge.patient_data_notice')}
          </p>
        )}

        <h2 lang={tr.locale}>{t('challenge.criteria')}</h2>
        <ScrollTable label={t('challenge.criteria_caption')}>
          <table lang={tr.locale}>
            <caption>{t('challenge.criteria_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('challenge.criterion')}</th>
                <th scope="col">{t('challenge.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {c.criteria.map((criterion) => (
                <tr>
                  <td lang={c.language}>
                    {criterion.label}
                    {/* What a good answer looks like: the jury scores against it, so solvers read it too. */}
                    {criterion.description && <p class="hint">{criterion.description}</p>}
                  </td>
                  <td>{tr.number(criterion.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>

        <ChallengeTermsSection
          page={page}
          challengeId={c.id}
          terms={terms.current}
          choose={may.setTerms}
          templates={terms.templates}
          form={terms.form}
        />

        {may.endorse && (
          <form method="post" action={`/challenges/${c.id}/endorsement`} class="stack" lang={tr.locale}>
            <input type="hidden" name="endorsed" value={c.endorsed_by_me ? '0' : '1'} />
            <button type="submit">{c.endorsed_by_me ? t('challenge.unendorse') : t('challenge.endorse')}</button>
          </form>
        )}

        <AttachmentsSection
          page={page}
          attachments={c.attachments}
          uploadAction={may.edit ? `/challenges/${c.id}/attachments` : undefined}
          error={attachmentError}
          notice={attachmentNotice}
        />

        <section id="questions" aria-labelledby="questions-title">
          <h2 id="questions-title" lang={tr.locale}>
            {t('challenge.questions')}
          </h2>
          {questionNotice && <Notice>{questionNotice}</Notice>}
          {may.answer && c.questions.length > 0 && (
            <p class="call" lang={tr.locale}>
              {waiting > 0 ? tr.plural('public.questions.waiting', waiting) : t('public.questions.all_answered')}
            </p>
          )}
          {c.questions.length === 0 ? (
            <p lang={tr.locale}>{t('challenge.no_questions')}</p>
          ) : (
            <ol class="qa">
              {c.questions.map((q) => (
                <li id={`q-${q.id}`}>
                  <p id={`q-${q.id}-text`}>
                    <strong lang={tr.locale}>{t('challenge.question')}:</strong> {q.body}
                  </p>
                  <p>
                    <strong lang={tr.locale}>{t('challenge.answer')}:</strong>{' '}
                    {q.answer ?? <em lang={tr.locale}>{t('challenge.unanswered')}</em>}
                  </p>
                  {may.answer && (
                    <AnswerForm
                      page={page}
                      challengeId={c.id}
                      question={q}
                      form={answerForm?.question === q.id ? answerForm.form : emptyForm({ answer: q.answer ?? '' })}
                    />
                  )}
                  {may.hideQuestions && (
                    <form
                      method="post"
                      action={`/challenges/${c.id}/questions/${q.id}/hide`}
                      class="inline-action"
                      lang={tr.locale}
                      data-confirm={t('public.questions.hide_confirm')}
                    >
                      <button type="submit" class="danger" aria-describedby={`q-${q.id}-text`}>
                        {t('public.questions.hide')}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ol>
          )}
          {may.ask && (
            // The anchor brings the asker back to this form, and its message, not to the top of a long page.
            <form
              id="ask"
              method="post"
              action={`/challenges/${c.id}/questions#ask`}
              class="stack"
              lang={tr.locale}
              novalidate
            >
              <TextArea form={askForm} name="body" label={t('questions.ask')} hint={t('questions.ask_hint')} required />
              <button type="submit">{t('questions.ask_button')}</button>
            </form>
          )}
        </section>
      </article>
    </Layout>
  );
}
