import { Checkbox, ErrorSummary, Messages } from '../../components/form';
import { shortlistField } from '../../forms/stages';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** A solution of the stage's cohort as the shortlist offers it: in rank order. */
export interface ShortlistEntry {
  solution_id: string;
  title: string;
  rank: number;
}

/**
 * The shortlist of a stage under evaluation before the last (issue 15): a checkbox per solution of
 * the stage in rank order, whether those not advanced read the jury's feedback, and one button,
 * asked about first (it cannot be undone). Posts to the domain function the API's advance uses.
 */
export function ShortlistForm({
  page,
  challengeId,
  stage,
  entries,
  form,
}: {
  page: PageContext;
  challengeId: string;
  /** The stage under evaluation: its shortlist goes on to the next one. */
  stage: number;
  entries: readonly ShortlistEntry[];
  form: FormState;
}) {
  const { tr } = page;
  const { t } = tr;
  const next = String(stage + 1);
  return (
    <section id="shortlist" class="shortlist" aria-labelledby="shortlist-title">
      <h2 id="shortlist-title">{t('stages.shortlist.title', { stage: next })}</h2>
      <p>{t('stages.shortlist.intro', { stage: next })}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={`/challenges/${challengeId}/advance`} class="stack full" novalidate>
        <input type="hidden" name="stage" value={String(stage)} />
        <fieldset id="solution_ids" class={form.errors.solution_ids ? 'choices has-error' : 'choices'}>
          <legend>{t('stages.shortlist.legend')}</legend>
          <Messages form={form} name="solution_ids" />
          {entries.map((e) => (
            <Checkbox
              form={form}
              name={shortlistField(e.solution_id)}
              label={t('stages.shortlist.entry', { rank: tr.number(e.rank), title: e.title })}
            />
          ))}
        </fieldset>
        <Checkbox
          form={form}
          name="share_feedback"
          label={t('stages.shortlist.share_feedback')}
          hint={t('stages.shortlist.share_feedback_hint')}
        />
        <p class="notice">{t('stages.shortlist.warning', { stage: next })}</p>
        <button type="submit" class="danger">
          {t('stages.shortlist.submit', { stage: next })}
        </button>
      </form>
    </section>
  );
}
