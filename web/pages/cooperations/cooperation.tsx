import type { CooperationAffordances } from '../../../worker/access/cooperations';
import type { Cooperation } from '../../../worker/domain/cooperations/cooperation.schema';
import { COOPERATION_MOVES } from '../../../worker/domain/cooperations/lifecycle';
import { Checkbox, ErrorSummary, Notice, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { MilestoneCards } from './parts';

export interface CooperationForms {
  status: FormState;
  publish: FormState;
}

/** Where the publication stands, in one sentence. */
const publication = (tr: Translator, c: Cooperation) =>
  c.public
    ? tr.t('coop.public.both')
    : c.public_clinic
      ? tr.t('coop.public.clinic_only')
      : c.public_solver
        ? tr.t('coop.public.solver_only')
        : tr.t('coop.public.none');

/**
 * A cooperation: who, since when, where publication stands, its milestones; for both sides and
 * the cluster's moderators the forms that move it on (status, their side's consent, milestones).
 */
export function CooperationPage({
  page,
  cooperation: c,
  may,
  forms,
  notice,
}: {
  page: PageContext;
  cooperation: Cooperation;
  may: CooperationAffordances;
  forms: CooperationForms;
  notice?: string;
}) {
  const { tr } = page;
  const { t } = tr;
  const title = t('coop.title', { challenge: c.challenge.title });
  const side = may.publishClinic ? 'clinic' : may.publishSolver ? 'solver' : undefined;
  return (
    <Layout
      page={page}
      title={title}
      preview={
        // A public cooperation (both sides agreed) is a story anyone may read and share.
        c.public
          ? {
              description: t('discovery.cooperation', {
                clinic: c.clinic_organization ?? t('coop.no_organization'),
                solver: c.solver_organization ?? t('coop.no_organization'),
                challenge: c.challenge.title,
              }),
              cluster: c.cluster.slug,
              type: 'article',
            }
          : undefined
      }
    >
      <p class="meta">
        <a href={`/clusters/${c.cluster.slug}`}>{c.cluster.name}</a>
      </p>
      <h1>{title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <dl class="facts">
        <dt>{t('coop.challenge')}</dt>
        <dd>
          <a href={`/challenges/${c.challenge.id}`}>{c.challenge.title}</a>
        </dd>
        <dt>{t('coop.solution')}</dt>
        <dd>{c.solution.title}</dd>
        <dt>{t('coop.clinic')}</dt>
        <dd>{c.clinic_organization ?? t('coop.no_organization')}</dd>
        <dt>{t('coop.solver')}</dt>
        <dd>{c.solver_organization ?? t('coop.no_organization')}</dd>
        <dt>{t('coop.started')}</dt>
        <dd>{tr.date(c.started_at, 'long')}</dd>
        <dt>{t('coop.status')}</dt>
        <dd>{t(`coop.status.${c.status}`)}</dd>
      </dl>
      {c.your_side && <p>{t(`coop.side.${c.your_side}`)}</p>}
      {may.edit && <p>{publication(tr, c)}</p>}

      <section aria-labelledby="milestones-title">
        <h2 id="milestones-title">{t('coop.milestones')}</h2>
        <MilestoneCards
          tr={tr}
          milestones={c.milestones}
          editHref={may.record ? (m) => `/cooperations/${c.id}/milestones/${m.id}` : undefined}
        />
        {may.record && (
          <p>
            <a class="button" href={`/cooperations/${c.id}/milestones/new`}>
              {t('coop.add.link')}
            </a>
          </p>
        )}
      </section>

      {may.edit && COOPERATION_MOVES[c.status].length > 0 && (
        <section aria-labelledby="status-title">
          <h2 id="status-title">{t('coop.status_form.title')}</h2>
          <ErrorSummary tr={tr} form={forms.status} />
          <form method="post" action={`/cooperations/${c.id}/status`} class="stack" novalidate>
            <input type="hidden" name="version" value={forms.status.values.version ?? String(c.version)} />
            <Select
              form={forms.status}
              name="status"
              label={t('coop.status')}
              options={[c.status, ...COOPERATION_MOVES[c.status]].map((s) => ({
                value: s,
                label: t(`coop.status.${s}`),
              }))}
              required
            />
            <button type="submit">{t('coop.status_form.save')}</button>
          </form>
        </section>
      )}

      {side && (
        <section aria-labelledby="publish-title">
          <h2 id="publish-title">{t('coop.publish.title')}</h2>
          <ErrorSummary tr={tr} form={forms.publish} />
          <form method="post" action={`/cooperations/${c.id}/publication`} class="stack" novalidate>
            <input type="hidden" name="version" value={forms.publish.values.version ?? String(c.version)} />
            <Checkbox
              form={forms.publish}
              name="public"
              label={t(side === 'clinic' ? 'coop.publish.clinic' : 'coop.publish.solver')}
              hint={t('coop.publish.hint')}
            />
            <button type="submit">{t('coop.publish.save')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
