import type { ChallengePages } from '../../../worker/access/challenges';
import type { Ranking } from '../../../worker/domain/evaluation/evaluation.view';
import { ErrorSummary, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

interface RankingPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  ranking: Extract<Ranking, { view: 'full' }>;
  /** The owner or a moderator, while the challenge is in evaluation. */
  canDecide: boolean;
  form: FormState;
  notice?: string;
}

const OUTCOMES = ['not_selected', 'shortlisted', 'winner'] as const;

/**
 * The full ranking with each criterion's mean, and for those who decide, an outcome per
 * submitted solution and a note, in one plain form.
 */
export function RankingPage({ page, challenge, links, ranking, canDecide, form, notice }: RankingPageProps) {
  const { tr } = page;
  const { t } = tr;
  const score = (value: number | null, digits = 1) =>
    value === null ? '—' : tr.number(value, { maximumFractionDigits: digits });
  const table = (
    <table class="ranking">
      <caption>{t('ranking.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('challenge.solution')}</th>
          <th scope="col">{t('challenge.score')}</th>
          <th scope="col">{canDecide ? t('ranking.outcome_choice') : t('challenge.outcome')}</th>
          <th scope="col">{t('challenge.organization')}</th>
          <th scope="col">{t('ranking.evaluations')}</th>
          {ranking.criteria.map((c) => (
            <th scope="col">
              <span lang={challenge.language}>{c.label}</span>{' '}
              <span class="meta">({t('ranking.weight', { weight: tr.number(c.weight) })})</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ranking.data.map((r) => (
          <tr>
            <td>{r.rank}</td>
            <th scope="row">
              <a href={`/solutions/${r.solution_id}`}>{r.title}</a>
            </th>
            <td>{score(r.score)}</td>
            <td>
              {canDecide && r.status === 'submitted' ? (
                <select name={`outcome.${r.solution_id}`} aria-label={t('ranking.outcome_for', { title: r.title })}>
                  {OUTCOMES.map((o) => (
                    <option value={o} selected={(form.values[`outcome.${r.solution_id}`] ?? 'not_selected') === o}>
                      {t(`status.${o}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <StatusBadge tr={tr} status={r.status} />
              )}
            </td>
            <td>{r.organization ?? '—'}</td>
            <td>{tr.number(r.evaluations)}</td>
            {ranking.criteria.map((c) => (
              <td>{score(r.criteria[c.key] ?? null, 2)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Layout page={page} title={t('ranking.title')} scripts={canDecide ? ['/enhance.js'] : []}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="ranking" />
      <h1>{t('ranking.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="hint">{t('ranking.explain')}</p>
      {ranking.data.length === 0 ? (
        <p>{t('solutions.empty')}</p>
      ) : canDecide ? (
        <>
          <ErrorSummary tr={tr} form={form} />
          <form
            method="post"
            action={`/challenges/${challenge.id}/decision`}
            class="stack full"
            novalidate
            data-confirm={t('ranking.decide_confirm')}
          >
            <ScrollTable label={t('ranking.caption')} id="winners">
              {table}
            </ScrollTable>
            <TextArea form={form} name="note" label={t('ranking.note')} hint={t('ranking.note_hint')} />
            <p class="notice">{t('ranking.decide_warning')}</p>
            <button type="submit">{t('ranking.decide')}</button>
          </form>
        </>
      ) : (
        <ScrollTable label={t('ranking.caption')}>{table}</ScrollTable>
      )}
    </Layout>
  );
}
