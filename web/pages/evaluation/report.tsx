import type { ChallengePages } from '../../../worker/access/challenges';
import type { EvaluationReport, ReportTable } from '../../../worker/domain/evaluation/report.view';
import { LeniencyChart } from '../../components/charts/leniency';
import { ScoreDistribution } from '../../components/charts/score-distribution';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import { FRACTION_DIGITS } from '../../i18n';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';
import { AgreementFigures } from './agreement';

interface ReportPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  report: EvaluationReport;
}

const TABLES: readonly ReportTable[] = ['ranking', 'jurors', 'conflicts', 'comments', 'agreement'];

/**
 * The evaluation report, printable on A4 (styles.css `@media print`): the facts of the decision,
 * both rankings with spreads, agreement, the score distributions and the jurors' leniency as
 * charts with their figures in tables beside them, the conflicts declared, the jury's comments and
 * the decision with its overrides. Each table is also a CSV download.
 */
export function ReportPage({ page, challenge, links, report }: ReportPageProps) {
  const { tr } = page;
  const { t } = tr;
  const num = (value: number | null, digits: 1 | 2 = 1) =>
    value === null ? '—' : tr.number(value, FRACTION_DIGITS[digits]);
  const signed = (value: number | null) =>
    value === null ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${tr.number(Math.abs(value), FRACTION_DIGITS[1])}`;
  const lang = challenge.language;
  const criteria = report.challenge.criteria;
  const labels = new Map(criteria.map((c) => [c.key, c.label]));
  const base = `/api/v1/challenges/${challenge.id}/evaluation-report?format=csv&table=`;
  const counted = report.jurors.reduce((sum, j) => sum + j.evaluations, 0);
  const { decision } = report;

  return (
    <Layout page={page} title={t('report.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="report" />
      <h1>{t('report.title')}</h1>
      <p class="report-subject">
        <span lang={lang}>{report.challenge.title}</span> <StatusBadge tr={tr} status={report.challenge.status} />
      </p>
      <p class="hint">{t('report.intro')}</p>
      <dl class="report-facts">
        <dt>{t('report.facts.decided')}</dt>
        <dd>{decision.decided_at ? tr.date(decision.decided_at, 'long') : t('report.facts.not_decided')}</dd>
        <dt>{t('report.facts.minimum')}</dt>
        <dd>{tr.number(report.challenge.min_evaluations)}</dd>
        <dt>{t('report.facts.jurors')}</dt>
        <dd>{tr.number(report.jurors.length)}</dd>
        <dt>{t('report.facts.evaluations')}</dt>
        <dd>{tr.number(counted)}</dd>
        <dt>{t('report.facts.mean')}</dt>
        <dd>{num(report.mean_score)}</dd>
        <dt>{t('report.facts.generated')}</dt>
        <dd>{tr.dateTime(new Date().toISOString())}</dd>
      </dl>

      <section class="report-downloads" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('report.downloads.title')}</h2>
        <p class="hint">{t('report.downloads.explain')}</p>
        <ul>
          {TABLES.map((table) => (
            <li>
              <a href={`${base}${table}`} download>
                {t(`report.downloads.${table}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="methods-title">
        <h2 id="methods-title">{t('report.methods.title')}</h2>
        <p>{t('quality.method.weighted_note')}</p>
        <p>{t('quality.method.normalised_note')}</p>
        {report.top_disagreement.disagree && (
          <p class="notice ranking-disagree" role="note">
            {t('quality.disagree', { places: tr.number(report.top_disagreement.places) })}
          </p>
        )}
      </section>

      <h2 id="report-ranking-title">{t('report.ranking.title')}</h2>
      <ScrollTable label={t('report.ranking.title')}>
        <table class="report-table" aria-labelledby="report-ranking-title">
          <thead>
            <tr>
              <th scope="col">{t('report.ranking.weighted_rank')}</th>
              <th scope="col">{t('report.ranking.normalised_rank')}</th>
              <th scope="col">{t('challenge.solution')}</th>
              <th scope="col">{t('report.ranking.status')}</th>
              <th scope="col">{t('report.ranking.score')}</th>
              <th scope="col">{t('quality.normalised')}</th>
              <th scope="col">{t('ranking.evaluations')}</th>
              <th scope="col">{t('report.ranking.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {report.ranking.map((r) => (
              <tr>
                <td>{tr.number(r.weighted_rank)}</td>
                <td>{tr.number(r.normalised_rank)}</td>
                <th scope="row">
                  <a href={`/solutions/${r.solution_id}`}>{r.title}</a>
                  <br />
                  <span class="meta">{r.organization ?? t('declare.no_organization')}</span>
                  {r.override_note && (
                    <>
                      <br />
                      <span class="meta">{t('quality.override.shown', { note: r.override_note })}</span>
                    </>
                  )}
                </th>
                <td>
                  <StatusBadge tr={tr} status={r.status} />
                </td>
                <td>{num(r.score)}</td>
                <td>{num(r.normalised_score, 2)}</td>
                <td>
                  {tr.number(r.evaluations)}
                  {r.under_minimum && (
                    <strong class="ranked-minimum">
                      {' '}
                      ({t('quality.under_minimum', { min: tr.number(report.challenge.min_evaluations) })})
                    </strong>
                  )}
                </td>
                <td>{num(r.spread)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p class="hint">{t('report.ranking.spread_hint')}</p>
      {/* Issue 17: the ranking and its criteria a page at a time; every other part is whole. */}
      {report.ranking.length > 0 && report.ranking_total > report.ranking.length && (
        <p class="hint">
          {t('report.ranking.page', {
            from: tr.number(report.ranking[0]?.weighted_rank ?? 0),
            to: tr.number(report.ranking.at(-1)?.weighted_rank ?? 0),
            total: tr.number(report.ranking_total),
          })}
        </p>
      )}

      <h2 id="report-criteria-title">{t('report.criteria.title')}</h2>
      <p class="hint">{t('report.criteria.explain')}</p>
      <ScrollTable label={t('report.criteria.title')}>
        <table class="report-table" aria-labelledby="report-criteria-title">
          <thead>
            <tr>
              <th scope="col">{t('challenge.solution')}</th>
              {criteria.map((c) => (
                <th scope="col">
                  <span lang={lang}>{c.label}</span>{' '}
                  <span class="meta">({t('ranking.weight', { weight: tr.number(c.weight) })})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.ranking.map((r) => (
              <tr>
                <th scope="row">{r.title}</th>
                {r.criteria.map((c) => (
                  <td>
                    {num(c.mean, 2)}
                    {c.spread !== null && <span class="meta"> ± {num(c.spread, 2)}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <NextPage
        tr={tr}
        href={
          report.ranking_next
            ? `/challenges/${challenge.id}/evaluation-report?cursor=${encodeURIComponent(report.ranking_next)}`
            : null
        }
      />

      <AgreementFigures
        page={page}
        agreement={report.agreement}
        labels={labels}
        idPrefix="report-"
        lang={lang}
        tableClass="report-table"
      />

      <section class="report-section" aria-labelledby="report-distribution-title">
        <h2 id="report-distribution-title">{t('report.distribution.title')}</h2>
        <p class="hint">{t('report.distribution.explain')}</p>
        <div class="chart-grid">
          {report.distribution.map((d, i) => (
            <figure class="chart-figure">
              <ScoreDistribution tr={tr} id={`distribution-${i}`} label={d.label} counts={d.counts} />
              <figcaption lang={lang}>{d.label}</figcaption>
            </figure>
          ))}
        </div>
        <h3 id="report-distribution-table">{t('report.distribution.table')}</h3>
        <ScrollTable label={t('report.distribution.table')}>
          <table class="report-table" aria-labelledby="report-distribution-table">
            <thead>
              <tr>
                <th scope="col">{t('quality.agreement.criterion')}</th>
                {[1, 2, 3, 4, 5].map((s) => (
                  <th scope="col">{t('report.distribution.score', { score: tr.number(s) })}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.distribution.map((d) => (
                <tr>
                  <th scope="row" lang={lang}>
                    {d.label}
                  </th>
                  {d.counts.map((n) => (
                    <td>{tr.number(n)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>

      <section class="report-section" aria-labelledby="report-jurors-title">
        <h2 id="report-jurors-title">{t('report.jurors.title')}</h2>
        <p class="hint">{t('report.jurors.explain', { mean: num(report.mean_score) })}</p>
        <figure class="chart-figure chart-wide">
          <LeniencyChart tr={tr} id="leniency" jurors={report.jurors} />
        </figure>
        <ScrollTable label={t('report.jurors.table')}>
          <table class="report-table">
            <caption>{t('report.jurors.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.jurors.juror')}</th>
                <th scope="col">{t('ranking.evaluations')}</th>
                <th scope="col">{t('report.jurors.mean')}</th>
                <th scope="col">{t('report.jurors.leniency')}</th>
                <th scope="col">{t('report.jurors.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {report.jurors.map((j) => (
                <tr>
                  <th scope="row">{personName(tr, j.name)}</th>
                  <td>{tr.number(j.evaluations)}</td>
                  <td>{num(j.mean_score)}</td>
                  <td>{signed(j.leniency)}</td>
                  <td>{tr.number(j.conflicts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>

      {/* Not a section of its own: the scrolling table is the region named like the heading. */}
      <div class="report-section">
        <h2 id="report-conflicts-title">{t('report.conflicts.title')}</h2>
        <p class="hint">{t('report.conflicts.explain')}</p>
        {report.conflicts.length === 0 ? (
          <p>{t('report.conflicts.none')}</p>
        ) : (
          <ScrollTable label={t('report.conflicts.title')}>
            <table class="report-table" aria-labelledby="report-conflicts-title">
              <thead>
                <tr>
                  <th scope="col">{t('report.jurors.juror')}</th>
                  <th scope="col">{t('challenge.solution')}</th>
                  <th scope="col">{t('report.conflicts.declared')}</th>
                  <th scope="col">{t('report.conflicts.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.conflicts.map((d) => (
                  <tr>
                    <th scope="row">{personName(tr, d.juror)}</th>
                    <td>{d.title}</td>
                    <td>{tr.date(d.declared_at)}</td>
                    <td>{d.reason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </div>

      <section class="report-section" aria-labelledby="report-comments-title">
        <h2 id="report-comments-title">{t('report.comments.title')}</h2>
        {report.comments.length === 0 ? (
          <p>{t('report.comments.none')}</p>
        ) : (
          report.comments.map((s, i) => (
            <div class="report-comments">
              <h3 id={`comments-${i}`}>{s.title}</h3>
              <ul aria-labelledby={`comments-${i}`}>
                {s.comments.map((c) => (
                  <li>
                    <p class="meta">
                      {personName(tr, c.juror)} · {tr.date(c.evaluated_at)}
                    </p>
                    <p class="prose">{c.comment}</p>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section class="report-section" aria-labelledby="report-decision-title">
        <h2 id="report-decision-title">{t('report.decision.title')}</h2>
        {decision.decided_at === null ? (
          <p>{t('report.decision.pending')}</p>
        ) : (
          <>
            <p>{t('report.decision.on', { date: tr.date(decision.decided_at, 'long') })}</p>
            {decision.note && (
              <p class="prose" lang={lang}>
                {decision.note}
              </p>
            )}
            <h3>{t('report.decision.winners')}</h3>
            <ul>
              {decision.winners.map((w) => (
                <li>{w.title}</li>
              ))}
            </ul>
            {decision.shortlisted.length > 0 && (
              <>
                <h3>{t('report.decision.shortlist')}</h3>
                <ul>
                  {decision.shortlisted.map((w) => (
                    <li>{w.title}</li>
                  ))}
                </ul>
              </>
            )}
            <h3>{t('report.decision.overrides')}</h3>
            {report.overrides.length === 0 ? (
              <p>{t('report.decision.no_overrides')}</p>
            ) : (
              <ul>
                {report.overrides.map((o) => (
                  <li>
                    <strong>{o.title}</strong>: {o.note}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </Layout>
  );
}
