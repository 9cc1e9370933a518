import { raw } from 'hono/html';
import type { SolutionAffordances } from '../../../worker/access/solutions';
import type { ChallengeTermsVersion, SolutionTerms } from '../../../worker/domain/terms/terms.schema';
import { Checkbox, ErrorSummary, Select } from '../../components/form';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { termsHtml } from './markdown';

/** Said before anyone writes, where a challenge declares its submissions not confidential. */
export function NotConfidentialNotice({ page }: { page: PageContext }) {
  const { t } = page.tr;
  return (
    <section class="notice" aria-labelledby="not-confidential-title">
      <h2 id="not-confidential-title">{t('terms.not_confidential_title')}</h2>
      <p>{t('terms.not_confidential')}</p>
    </section>
  );
}

/**
 * The terms of a challenge as people accept them: the version, what is confidential, the IP
 * option, what the clinic may do, data access, and the text (Markdown, its HTML escaped).
 */
export function TermsText({
  page,
  terms,
  level = 3,
}: {
  page: PageContext;
  terms: ChallengeTermsVersion;
  /** The level of the terms' title: 3 in the challenge page's section, 4 inside the accept step. */
  level?: 3 | 4;
}) {
  const Title = level === 3 ? 'h3' : 'h4';
  const { tr } = page;
  const { t } = tr;
  return (
    <div class="terms" lang={terms.language}>
      <p class="meta" lang={tr.locale}>
        {t('terms.version', { version: terms.version, date: tr.date(terms.created_at, 'long') })}
      </p>
      <Title>{terms.title}</Title>
      <p lang={tr.locale} class={terms.submissions_confidential ? undefined : 'notice'}>
        {terms.submissions_confidential ? t('terms.confidential') : t('terms.not_confidential')}
      </p>
      <dl class="facts">
        <dt lang={tr.locale}>{t('terms.ip')}</dt>
        <dd lang={tr.locale}>{t(`terms.ip.${terms.ip_option}`)}</dd>
        <dt lang={tr.locale}>{t('terms.clinic_use')}</dt>
        <dd class="prose">{terms.clinic_use}</dd>
        {terms.data_access && (
          <>
            <dt lang={tr.locale}>{t('terms.data_access')}</dt>
            <dd class="prose">{terms.data_access}</dd>
          </>
        )}
      </dl>
      <div class="prose">{raw(termsHtml(terms.body_md, level + 1))}</div>
    </div>
  );
}

/** A template a challenge can take: the version in force of one key of its cluster. */
export interface ChoosableTemplate {
  key: string;
  version: number;
  title: string;
}

interface ChallengeTermsProps {
  page: PageContext;
  challengeId: string;
  terms: ChallengeTermsVersion | null;
  /** Offered to the owner before approval and to moderators while it is open (the affordance). */
  choose: boolean;
  templates: ChoosableTemplate[];
  form: FormState;
}

/**
 * The challenge page's section: the terms in force (or that there are none) and, for whoever may
 * set them now, the form to choose a template of the cluster.
 */
export function ChallengeTermsSection({ page, challengeId, terms, choose, templates, form }: ChallengeTermsProps) {
  const { tr } = page;
  const { t } = tr;
  if (!terms && !choose) return null;
  return (
    <section id="terms" aria-labelledby="terms-title">
      <h2 id="terms-title" lang={tr.locale}>
        {t('terms.title')}
      </h2>
      {terms ? <TermsText page={page} terms={terms} /> : <p lang={tr.locale}>{t('terms.none')}</p>}
      {choose && (
        <section aria-labelledby="choose-terms-title" lang={tr.locale}>
          <h3 id="choose-terms-title">{t('terms.choose.title')}</h3>
          <p class="hint">{t('terms.choose.explain')}</p>
          {templates.length === 0 ? (
            <p>{t('terms.choose.none')}</p>
          ) : (
            <>
              <ErrorSummary tr={tr} form={form} />
              <form method="post" action={`/challenges/${challengeId}/terms`} class="stack" novalidate>
                <Select
                  form={form}
                  name="template_key"
                  label={t('terms.choose.template')}
                  options={templates.map((tpl) => ({
                    value: tpl.key,
                    label: `${tpl.title} (${tpl.key}, ${t('terms.version_short', { version: tpl.version })})`,
                  }))}
                  required
                />
                <Checkbox
                  form={form}
                  name="not_confidential"
                  label={t('terms.choose.not_confidential')}
                  hint={t('terms.choose.not_confidential_hint')}
                />
                <button type="submit">{t('terms.choose.button')}</button>
              </form>
            </>
          )}
        </section>
      )}
    </section>
  );
}

interface AcceptanceProps {
  page: PageContext;
  solutionId: string;
  terms: SolutionTerms;
  /** The text of the version in force (null: the challenge states no terms). */
  current: ChallengeTermsVersion | null;
  may: SolutionAffordances;
  form: FormState;
}

/**
 * On a solution: who on the team accepted which version and when, who has not accepted the version
 * in force yet, and for a member who has not, the terms and a checkbox "I accept version N".
 */
export function TermsAcceptanceSection({ page, solutionId, terms, current, may, form }: AcceptanceProps) {
  const { tr } = page;
  const { t } = tr;
  const version = terms.current_version;
  if (version === null || !current) return null;
  const waiting = terms.not_accepted.map((m) => personName(tr, m.name));
  return (
    <section id="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('terms.acceptances.title')}</h2>
      <p>
        {waiting.length > 0
          ? t('terms.acceptances.waiting', { version, names: tr.list(waiting) })
          : t('terms.acceptances.all', { version })}
      </p>
      {terms.acceptances.length > 0 && (
        <ScrollTable label={t('terms.acceptances.caption')}>
          <table>
            <caption>{t('terms.acceptances.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('terms.acceptances.member')}</th>
                <th scope="col">{t('terms.acceptances.version')}</th>
                <th scope="col">{t('terms.acceptances.when')}</th>
              </tr>
            </thead>
            <tbody>
              {terms.acceptances.map((a) => (
                <tr>
                  <th scope="row">{personName(tr, a.name)}</th>
                  <td>{a.version}</td>
                  <td>
                    <time datetime={a.accepted_at}>{tr.date(a.accepted_at, 'long')}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {may.acceptTerms && (
        <section aria-labelledby="accept-terms-title">
          <h3 id="accept-terms-title">{t('terms.accept.title')}</h3>
          <p class="hint">{t('terms.accept.explain')}</p>
          <TermsText page={page} terms={current} level={4} />
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={`/solutions/${solutionId}/terms`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(version)} />
            <Checkbox form={form} name="accept" label={t('terms.accept.checkbox', { version })} />
            <button type="submit">{t('terms.accept.button')}</button>
          </form>
        </section>
      )}
    </section>
  );
}
