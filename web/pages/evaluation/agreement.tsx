import type { Agreement } from '../../../worker/domain/evaluation/evaluation.view';
import { ScrollTable } from '../../components/scroll-table';
import { FRACTION_DIGITS } from '../../i18n';
import type { PageContext } from '../../page';

interface AgreementFiguresProps {
  page: PageContext;
  agreement: Pick<Agreement, 'criteria' | 'overall' | 'disputed'>;
  /** The criteria's labels by key, for the disputed solutions' criteria. */
  labels: ReadonlyMap<string, string>;
  /** Distinct heading ids per page (the ranking and the report). */
  idPrefix: string;
  /** The challenge's language, for the criteria's labels when it is not the page's. */
  lang?: string;
  tableClass?: string;
}

/**
 * Krippendorff's alpha per criterion and overall, read in plain words, and the solutions the
 * jurors disagree on most: the same on the ranking page (before deciding) and in the report.
 */
export function AgreementFigures({ page, agreement, labels, idPrefix, lang, tableClass }: AgreementFiguresProps) {
  const { tr } = page;
  const { t } = tr;
  const alpha = (value: number | null) =>
    value === null ? '—' : tr.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const reading = (r: Agreement['overall']['reading']) => t(`quality.reading.${r ?? 'none'}`);
  const title = `${idPrefix}agreement-title`;
  const disputed = `${idPrefix}disputed-title`;
  return (
    <>
      <h2 id={title}>{t('quality.agreement.title')}</h2>
      <p class="hint">{t('quality.agreement.explain')}</p>
      <ScrollTable label={t('quality.agreement.title')}>
        <table class={tableClass} aria-labelledby={title}>
          <thead>
            <tr>
              <th scope="col">{t('quality.agreement.criterion')}</th>
              <th scope="col">{t('quality.agreement.alpha')}</th>
              <th scope="col">{t('quality.agreement.reading')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.criteria.map((c) => (
              <tr>
                <th scope="row" lang={lang}>
                  {c.label}
                </th>
                <td>{alpha(c.alpha)}</td>
                <td>{reading(c.reading)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('quality.agreement.overall')}</th>
              <td>
                <strong>{alpha(agreement.overall.alpha)}</strong>
              </td>
              <td>
                <strong>{reading(agreement.overall.reading)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <h3 id={disputed}>{t('quality.disputed.title')}</h3>
      <p class="hint">{t('quality.disputed.explain')}</p>
      {agreement.disputed.length === 0 ? (
        <p>{t('quality.disputed.none')}</p>
      ) : (
        <ul class="disputed" aria-labelledby={disputed}>
          {agreement.disputed.map((d) => (
            <li>
              <a href={`/solutions/${d.solution_id}`}>{d.title}</a>:{' '}
              {t('quality.disputed.item', {
                spread: tr.number(d.spread, FRACTION_DIGITS[1]),
                evaluations: tr.number(d.evaluations),
              })}
              {d.criteria.length > 0 &&
                `; ${t('quality.disputed.criteria', { criteria: tr.list(d.criteria.map((k) => labels.get(k) ?? k)) })}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
