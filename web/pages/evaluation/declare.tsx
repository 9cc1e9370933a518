import type { ChallengeContext } from '../../../worker/domain/solutions/challenge-context';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import { ErrorSummary, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** Conflict or none, with an optional note; one button each, so the answer is never implied. */
export function DeclarationForm({
  page,
  solutionId,
  form,
}: {
  page: PageContext;
  solutionId: string;
  form: FormState;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={`/solutions/${solutionId}/conflict`} class="stack wide" novalidate>
        <TextArea form={form} name="note" label={t('declare.note')} hint={t('declare.note_hint')} />
        <div class="buttons" id="conflict">
          <button type="submit" name="conflict" value="no">
            {t('declare.none')}
          </button>
          <button type="submit" name="conflict" value="yes" class="secondary">
            {t('declare.conflict')}
          </button>
        </div>
      </form>
    </>
  );
}

/**
 * A jury member sees only a solution's title and organization until they declare: enough to
 * know whether they have a conflict of interest, nothing more.
 */
export function DeclarePage({
  page,
  record,
  challenge,
  form,
}: {
  page: PageContext;
  record: SolutionRecord;
  challenge: ChallengeContext;
  form: FormState;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('declare.title')}>
      <h1>{t('declare.title')}</h1>
      <p class="meta">
        {t('solution.for_challenge')}{' '}
        <a href={`/challenges/${challenge.id}`} lang={challenge.language}>
          {challenge.title}
        </a>
      </p>
      <dl class="facts">
        <dt>{t('solution.title')}</dt>
        <dd>{record.solution.title}</dd>
        <dt>{t('challenge.organization')}</dt>
        <dd>{record.organization?.name ?? t('declare.no_organization')}</dd>
      </dl>
      <p>{t('declare.explain')}</p>
      <DeclarationForm page={page} solutionId={record.solution.id} form={form} />
    </Layout>
  );
}
