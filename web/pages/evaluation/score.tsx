import { ErrorSummary, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** A criterion as the jury scores it: its name, weight and (when the owner gave one) what a good answer looks like. */
export interface ScoreCriterion {
  key: string;
  label: string;
  weight: number;
  description: string | null;
}

const SCALE = [1, 2, 3, 4, 5] as const;

interface ScoreFormProps {
  page: PageContext;
  solutionId: string;
  criteria: readonly ScoreCriterion[];
  /** The challenge's language: criteria are written in it. */
  language: string;
  form: FormState;
  /** A complete score is sent already: the form changes it (and offers no draft). */
  scored: boolean;
}

/**
 * The score form: per criterion its description, then the five choices in one row (the number
 * shown, its word read out and shown where there is room), then a comment. It sends the score,
 * or (before the first complete score) what there is so far, to finish later.
 */
export function ScoreForm({ page, solutionId, criteria, language, form, scored }: ScoreFormProps) {
  const { tr } = page;
  const { t } = tr;
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <section aria-labelledby="score-title" id="score">
      <h2 id="score-title">{scored ? t('score.change') : t('score.title')}</h2>
      <p class="hint">{t('score.scale')}</p>
      <p class="hint score-legend">{t('judging.score.legend')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form
        method="post"
        action={`/solutions/${solutionId}/evaluation`}
        class="stack wide"
        novalidate
        data-score-preview
      >
        {criteria.map((criterion) => {
          const name = `scores.${criterion.key}`;
          const error = form.errors[name];
          const describedBy = [criterion.description ? `${name}-description` : '', error ? `${name}-error` : '']
            .filter(Boolean)
            .join(' ');
          return (
            <fieldset
              id={name}
              data-weight={criterion.weight}
              class={error ? 'score-criterion has-error' : 'score-criterion'}
              aria-describedby={describedBy || undefined}
            >
              <legend>
                <span lang={language}>{criterion.label}</span>{' '}
                <span class="meta">
                  {t('score.weight', {
                    weight: tr.number(criterion.weight),
                    share: tr.number(total ? criterion.weight / total : 0, {
                      style: 'percent',
                      maximumFractionDigits: 0,
                    }),
                  })}
                </span>
              </legend>
              {criterion.description && (
                <p class="criterion-description" id={`${name}-description`}>
                  <span class="visually-hidden">{t('judging.score.what_good_looks_like')} </span>
                  <span lang={language}>{criterion.description}</span>
                </p>
              )}
              {error && (
                <p class="field-error" id={`${name}-error`}>
                  {error}
                </p>
              )}
              <div class="scale score-scale">
                {SCALE.map((n) => {
                  // "4 · good": the number is shown large, the word beside it where there is room.
                  const [number, ...word] = t(`score.${n}`).split(' · ');
                  return (
                    <label class="choice score-choice">
                      <input
                        type="radio"
                        name={name}
                        value={String(n)}
                        checked={form.values[name] === String(n)}
                        required
                      />
                      <span class="score-number">{number}</span>
                      {word.length > 0 && (
                        <span class="score-word">
                          <span class="visually-hidden"> · </span>
                          {word.join(' · ')}
                        </span>
                      )}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <p
          class="progress"
          hidden
          data-preview
          data-template={t('score.preview')}
          data-incomplete={t('score.preview_incomplete')}
        >
          <output aria-live="polite" />
        </p>
        <TextArea form={form} name="comment" label={t('score.comment')} hint={t('score.comment_hint')} />
        <div class="buttons">
          <button type="submit" name="intent" value="score">
            {scored ? t('score.save_change') : t('score.save')}
          </button>
          {!scored && (
            <button type="submit" name="intent" value="draft" class="secondary" aria-describedby="finish-later-hint">
              {t('judging.score.finish_later')}
            </button>
          )}
        </div>
        {!scored && (
          <p class="hint" id="finish-later-hint">
            {t('judging.score.finish_later_hint')}
          </p>
        )}
      </form>
    </section>
  );
}

interface ScorePageProps {
  page: PageContext;
  solution: { id: string; title: string };
  challenge: { id: string; title: string; language: string };
  criteria: readonly ScoreCriterion[];
  form: FormState;
  scored: boolean;
  /** When this jury member saved part of the score to finish later. */
  draftSavedAt: string | null;
  /** Scoring now, later (the challenge is still open), or no more. */
  when: 'now' | 'later' | 'closed';
}

/** A jury member's score page: the form with each criterion's description, and the way back to the solution. */
export function ScorePage({ page, solution, challenge, criteria, form, scored, draftSavedAt, when }: ScorePageProps) {
  const { tr } = page;
  const { t } = tr;
  const title = t('judging.score.page_title', { title: solution.title });
  return (
    <Layout page={page} title={title} scripts={when === 'now' ? ['/enhance.js'] : []}>
      <h1 class="page-title">{title}</h1>
      <p class="meta">
        {t('solution.for_challenge')}{' '}
        <a href={`/challenges/${challenge.id}`} lang={challenge.language}>
          {challenge.title}
        </a>
      </p>
      <p>
        <a href={`/solutions/${solution.id}`}>{t('judging.score.read_again')}</a>
      </p>
      {draftSavedAt && !scored && (
        <Notice>{t('judging.score.draft_notice', { date: tr.dateTime(draftSavedAt) })}</Notice>
      )}
      {when === 'now' ? (
        <ScoreForm
          page={page}
          solutionId={solution.id}
          criteria={criteria}
          language={challenge.language}
          form={form}
          scored={scored}
        />
      ) : (
        <p class="notice">{when === 'later' ? t('score.later') : t('judging.score.closed')}</p>
      )}
    </Layout>
  );
}

/**
 * For a jury member who has not declared on a solution yet: say so, with the way to the
 * declaration (the message is a link wherever it appears).
 */
export function DeclareFirstPage({
  page,
  challengeId,
  solutionId,
}: {
  page: PageContext;
  challengeId: string;
  solutionId: string;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('judging.declare.first_title')}>
      <h1>{t('judging.declare.first_title')}</h1>
      <p>{t('judging.declare.first_explain')}</p>
      <p>
        <a class="button" href={`/challenges/${challengeId}/conflicts#conflicts.${solutionId}`}>
          {t('judging.declare.first_link')}
        </a>
      </p>
    </Layout>
  );
}
