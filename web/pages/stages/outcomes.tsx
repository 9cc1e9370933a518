import type { feedbackFor } from '../../../worker/domain/evaluation/feedback';
import type { SolutionStageRow } from '../../../worker/domain/stages/outcomes';
import { stageName } from '../../components/stages';
import type { MessageKey } from '../../i18n/en';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

type Feedback = Awaited<ReturnType<typeof feedbackFor>>;

/** A solution's stages as its page shows them (issue 15). */
export interface SolutionStages {
  rows: readonly SolutionStageRow[];
  /** The stage the challenge is in. */
  current: number;
  /** What the current stage asks for (STAGE_FIELDS). */
  fields: readonly string[];
  /** The jury's feedback per stage it did not advance from, when shared with its team. */
  feedback: ReadonlyMap<number, Feedback | undefined>;
}

/** The shared feedback of one stage: the score, how many jurors, and their comments (without names). */
function StageFeedback({ page, stage, feedback }: { page: PageContext; stage: number; feedback: Feedback }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <div class="stage-feedback">
      <h3>{t('stages.outcome.feedback_title', { stage: String(stage) })}</h3>
      <p>
        {t('solution.feedback_score', {
          score: feedback.score === null ? '—' : tr.number(feedback.score, { maximumFractionDigits: 1 }),
          count: feedback.evaluations,
        })}
      </p>
      {feedback.comments.length > 0 && (
        <ul class="qa">
          {feedback.comments.map((comment) => (
            <li>
              <p class="prose">{comment}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Each stage of the challenge with this solution's outcome in it ("Stage 1: advanced"), its
 * deadline and the current one marked, and the jury's feedback where the owner shared it. Only for
 * a challenge with more than one stage: a single stage's outcome is the solution's status.
 */
export function StageOutcomes({ page, stages }: { page: PageContext; stages: SolutionStages }) {
  const { tr } = page;
  const { t } = tr;
  if (stages.rows.length < 2) return null;
  return (
    <section id="stage-outcomes" class="stages" aria-labelledby="stage-outcomes-title">
      <h2 id="stage-outcomes-title">{t('stages.outcomes')}</h2>
      <ol class="timeline">
        {stages.rows.map((r) => {
          const feedback = stages.feedback.get(r.stage);
          const outcome = r.outcome ? t(`stages.outcome.${r.outcome}`) : t('stages.outcome.not_reached');
          return (
            <li
              aria-current={r.stage === stages.current ? 'step' : undefined}
              class={r.stage === stages.current ? 'current' : undefined}
            >
              <strong>{t('stages.outcome.line', { name: stageName(tr, r.stage, r.name), outcome })}</strong> ·{' '}
              {t(`stages.kind.${r.kind}`)}
              {r.stage === stages.current && <> · {t('stages.current')}</>}
              <br />
              {r.submitted_at ? (
                <>
                  {t('stages.outcome.submitted')}:{' '}
                  <time datetime={r.submitted_at}>{tr.date(r.submitted_at, 'long')}</time>
                </>
              ) : (
                <>
                  {t('stages.deadline')}: <time datetime={r.deadline}>{tr.date(r.deadline, 'long')}</time>
                </>
              )}
              {feedback && <StageFeedback page={page} stage={r.stage} feedback={feedback} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The stage field a refusal names (the API's path) as the stage editor calls it. */
const fieldKey = (path: string) => (path === 'budget_amount_minor' || path === 'budget_currency' ? 'budget' : path);

/**
 * For the submitter of a shortlisted solution in a later stage: what the stage asks for, a link to
 * fill it in and the button that submits the stage (what its jury then reads). A refusal names
 * each field still missing, each linking to it on the edit page.
 */
export function StageSubmission({
  page,
  solutionId,
  stages,
  form,
}: {
  page: PageContext;
  solutionId: string;
  stages: SolutionStages;
  form?: FormState;
}) {
  const { tr } = page;
  const { t } = tr;
  const stage = String(stages.current);
  const row = stages.rows.find((r) => r.stage === stages.current);
  const missing = Object.keys(form?.errors ?? {});
  return (
    <section id="stage-submission" class="notice" aria-labelledby="stage-submission-title">
      <h2 id="stage-submission-title">
        {t('stages.submit.title', { stage, name: stageName(tr, stages.current, row?.name) })}
      </h2>
      {(form?.error || missing.length > 0) && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <h3>{t('stages.submit.refused')}</h3>
          {form?.error && <p>{form.error}</p>}
          <ul>
            {missing.map((path) => (
              <li>
                <a href={`/solutions/${solutionId}/edit#${path}`}>{form?.errors[path]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('stages.submit.asks')}</p>
      <ul>
        {stages.fields.map((f) => (
          <li>{t(`stages.field.${fieldKey(f)}` as MessageKey)}</li>
        ))}
      </ul>
      {row && (
        <p>
          {t('stages.deadline')}: <time datetime={row.deadline}>{tr.date(row.deadline, 'long')}</time>
        </p>
      )}
      <p>
        <a href={`/solutions/${solutionId}/edit`}>{t('stages.submit.edit', { stage })}</a>
      </p>
      <form method="post" action={`/solutions/${solutionId}/stage`} class="inline-action">
        <button type="submit">{t('stages.submit.button', { stage })}</button>
      </form>
    </section>
  );
}
