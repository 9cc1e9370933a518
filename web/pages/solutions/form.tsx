import type { EligibilityNotice as EligibilityNoticeFacts } from '../../../worker/access/calls';
import { IP_STATUSES } from '../../../worker/db/enums';
import type { ChallengeTermsVersion } from '../../../worker/domain/terms/terms.schema';
import { Checkbox, ErrorSummary, Field, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { solutionLabels, withLinkErrors } from '../../forms/solutions';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { EligibilityNotice } from '../calls/call-parts';
import { NotConfidentialNotice } from '../terms/terms';

interface SolutionFormProps {
  page: PageContext;
  form: FormState;
  challenge: { id: string; title: string; language: string; blind_review: boolean };
  action: string;
  /** A new solution can be saved as a draft or submitted at once; an edit just saves. */
  isNew: boolean;
  /**
   * The challenge's terms in force (issue 14): where they say submissions are not confidential the
   * form says so first; with terms, a new solution is saved as a draft (the team accepts, then submits).
   */
  terms: ChallengeTermsVersion | null;
  /** A new solution to a challenge in a call (issue 15): the call's rules and those the solver does not meet. */
  eligibility?: EligibilityNoticeFacts | null;
  /** Issue 15: a shortlisted solution in a later stage: that stage's number and what it asks for. */
  stage?: { current: number; fields: readonly string[] } | null;
}

/** Who will read a solution, said before anything is typed: founders must know what they disclose. */
export function Confidentiality({ page }: { page: PageContext }) {
  const { t } = page.tr;
  return (
    <section class="notice" aria-labelledby="who-sees">
      <h2 id="who-sees">{t('solution.who_sees')}</h2>
      <ul>
        <li>{t('solution.who_sees.confidential')}</li>
        <li>{t('solution.who_sees.draft')}</li>
        <li>{t('solution.who_sees.jury')}</li>
        <li>{t('solution.who_sees.public')}</li>
        <li>{t('solution.who_sees.secrets')}</li>
      </ul>
    </section>
  );
}

export function SolutionFormPage({
  page,
  form: posted,
  challenge,
  action,
  isNew,
  terms,
  eligibility,
  stage,
}: SolutionFormProps) {
  const { tr } = page;
  const form = withLinkErrors(posted);
  const { t } = tr;
  const labels = solutionLabels(tr);
  const title = isNew ? t('solution.new_title') : t('solution.edit_title');
  return (
    <Layout page={page} title={title} scripts={['/enhance.js']}>
      <h1>{title}</h1>
      <p class="lead">
        {t('solution.for_challenge')}{' '}
        <a href={`/challenges/${challenge.id}`} lang={challenge.language}>
          {challenge.title}
        </a>
      </p>
      {terms && !terms.submissions_confidential && <NotConfidentialNotice page={page} />}
      <Confidentiality page={page} />
      {challenge.blind_review && <p class="notice">{t('blind.solver_notice')}</p>}
      {isNew && terms && <p class="call">{t('terms.draft_first')}</p>}
      {eligibility && <EligibilityNotice tr={tr} {...eligibility} />}
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={action} class="stack wide" novalidate>
        {form.values.version && <input type="hidden" name="version" value={form.values.version} />}
        <Field form={form} name="title" label={labels.title ?? ''} hint={t('solution.title_hint')} required />
        <TextArea form={form} name="summary" label={labels.summary ?? ''} hint={t('solution.summary_hint')} required />
        <TextArea
          form={form}
          name="approach"
          label={labels.approach ?? ''}
          hint={t('solution.approach_hint')}
          required
        />
        <Select
          form={form}
          name="trl"
          label={labels.trl ?? ''}
          hint={t('solution.trl_hint')}
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))}
        />
        <TextArea form={form} name="team" label={labels.team ?? ''} hint={t('solution.team_hint')} />
        <Select
          form={form}
          name="ip_status"
          label={labels.ip_status ?? ''}
          options={IP_STATUSES.map((v) => ({ value: v, label: t(`ip.${v}`) }))}
        />
        <TextArea form={form} name="links" label={labels.links ?? ''} hint={t('solution.links_hint')} />
        {stage && (stage.fields.includes('budget') || stage.fields.includes('work_plan')) && (
          <fieldset class="stack" id="stage-fields">
            <legend>{t('stages.form.legend', { stage: String(stage.current) })}</legend>
            <p class="hint">{t('stages.form.intro', { stage: String(stage.current) })}</p>
            {stage.fields.includes('budget') && (
              <>
                <Field
                  form={form}
                  name="budget_amount_minor"
                  label={labels.budget_amount_minor ?? ''}
                  hint={t('stages.form.budget_amount_hint')}
                  required
                />
                <Field
                  form={form}
                  name="budget_currency"
                  label={labels.budget_currency ?? ''}
                  hint={t('stages.form.budget_currency_hint')}
                  required
                />
              </>
            )}
            {stage.fields.includes('work_plan') && (
              <TextArea
                form={form}
                name="work_plan"
                label={labels.work_plan ?? ''}
                hint={t('stages.form.work_plan_hint')}
                required
              />
            )}
          </fieldset>
        )}
        <fieldset class="stack">
          <legend>{t('public.solution.published_legend')}</legend>
          <p class="hint">{t('public.solution.published_intro')}</p>
          <Checkbox
            form={form}
            name="summary_public"
            label={labels.summary_public ?? ''}
            hint={t('solution.summary_public_hint')}
          />
          <Checkbox
            form={form}
            name="name_if_winner"
            label={labels.name_if_winner ?? ''}
            hint={t('public.solution.name_if_winner_hint')}
          />
        </fieldset>
        {isNew ? (
          <div class="buttons">
            {/* The draft button first: Enter in a field saves, it never submits by accident. */}
            <button type="submit" name="intent" value="draft" class="secondary">
              {t('form.save_draft')}
            </button>
            {!terms && (
              <button type="submit" name="intent" value="submit">
                {t('solution.submit_now')}
              </button>
            )}
          </div>
        ) : (
          <button type="submit">{t('solution.save')}</button>
        )}
      </form>
    </Layout>
  );
}
