import type { Child } from 'hono/jsx';
import { ORGANIZATION_KINDS } from '../../../worker/db/enums';
import type { ImpactFigures, QuarterSeries, TimingFigures } from '../../../worker/domain/impact/figures.view';
import { type BarSeries, QuarterBars, quarterLabel } from '../../components/charts/quarter-bars';
import { type Share, ShareBars } from '../../components/charts/share-bars';
import { TrendLine } from '../../components/charts/trend-line';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/scroll-table';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';

/** The dates in the form: what was asked for, or (after a mistake) what was typed. */
export interface RangeForm {
  from: string;
  to: string;
  invalid: boolean;
  /** The call chosen ('' for all challenges). */
  call?: string;
}

/** A call the viewer may see, offered as a filter (a cluster's dashboard only). */
export interface CallChoice {
  id: string;
  title: string;
}

interface DashboardProps {
  page: PageContext;
  /** Where the form sends the dates, and the API path of the downloads (without `.csv`). */
  paths: { page: string; api: string };
  title: string;
  form: RangeForm;
  /** None when the dates given were wrong: the page shows the form and what to fix. */
  figures?: ImpactFigures;
  /** The calls to filter by; none, no filter offered. */
  calls?: readonly CallChoice[];
}

/** Series by quarter as a table: a row per quarter, a column per series (the chart above shows the same). */
function SeriesTable({ tr, caption, series }: { tr: Translator; caption: string; series: readonly BarSeries[] }) {
  const quarters = series[0]?.values.map((v) => v.quarter) ?? [];
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.t('impact.quarter')}</th>
            {series.map((s) => (
              <th scope="col">{s.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter, i) => (
            <tr>
              <th scope="row">{quarterLabel(quarter)}</th>
              {series.map((s) => (
                <td class="num">{tr.number(s.values[i]?.value ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/**
 * A chart that keeps readable labels on a phone: below 36rem it keeps a minimum width and scrolls
 * sideways (keyboard too, hence focusable), like the table under it.
 */
const ChartScroll = ({ tr, label, children }: { tr: Translator; label: string; children: Child }) => (
  <section class="chart-scroll" tabindex={0} aria-label={tr.t('impact.chart.region', { title: label })}>
    {children}
  </section>
);

function ShareFigure({ tr, id, title, shares }: { tr: Translator; id: string; title: string; shares: Share[] }) {
  const { t } = tr;
  const total = shares.reduce((sum, s) => sum + s.value, 0);
  return (
    <figure class="chart-figure chart-wide">
      <ChartScroll tr={tr} label={title}>
        <ShareBars tr={tr} id={id} title={title} shares={shares} />
      </ChartScroll>
      <ScrollTable label={title}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impact.share.key')}</th>
              <th scope="col">{t('impact.share.count')}</th>
              <th scope="col">{t('impact.share.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((s) => (
              <tr>
                <th scope="row">{s.label}</th>
                <td class="num">{tr.number(s.value)}</td>
                <td class="num">
                  {tr.number(total ? s.value / total : 0, { style: 'percent', maximumFractionDigits: 0 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </figure>
  );
}

function TimingFigure({ tr, id, title, timing }: { tr: Translator; id: string; title: string; timing: TimingFigures }) {
  const { t } = tr;
  const days = (value: number | null) => (value === null ? '—' : tr.number(value, { maximumFractionDigits: 1 }));
  const rows = [
    ...timing.by_quarter.map((q) => ({ label: quarterLabel(q.quarter), ...q })),
    { label: t('impact.timing.overall'), ...timing.overall },
  ];
  return (
    <figure class="chart-figure chart-wide">
      <ChartScroll tr={tr} label={title}>
        <TrendLine
          tr={tr}
          id={id}
          title={title}
          points={timing.by_quarter.map((q) => ({ quarter: q.quarter, median: q.median_days, p90: q.p90_days }))}
        />
      </ChartScroll>
      <ScrollTable label={title}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impact.quarter')}</th>
              <th scope="col">{t('impact.timing.n')}</th>
              <th scope="col">{t('impact.timing.median')}</th>
              <th scope="col">{t('impact.timing.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td class="num">{tr.number(r.n)}</td>
                <td class="num">{days(r.median_days)}</td>
                <td class="num">{days(r.p90_days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </figure>
  );
}

function BarsFigure({ tr, id, title, series }: { tr: Translator; id: string; title: string; series: BarSeries[] }) {
  return (
    <figure class="chart-figure chart-wide">
      <ChartScroll tr={tr} label={title}>
        <QuarterBars tr={tr} id={id} title={title} series={series} />
      </ChartScroll>
      <SeriesTable tr={tr} caption={title} series={series} />
    </figure>
  );
}

const kindLabel = (tr: Translator, kind: string) =>
  (ORGANIZATION_KINDS as readonly string[]).includes(kind)
    ? tr.t(`org.${kind as (typeof ORGANIZATION_KINDS)[number]}`)
    : tr.t('impact.kind.unknown');
const countryLabel = (tr: Translator, country: string) =>
  country === 'unknown' ? tr.t('impact.country.unknown') : country;

/** The date-range form: a GET, so the figures of any dates have an address to share and bookmark. */
function RangeFields({
  tr,
  action,
  form,
  calls = [],
}: {
  tr: Translator;
  action: string;
  form: RangeForm;
  calls?: readonly CallChoice[];
}) {
  const { t } = tr;
  return (
    <form method="get" action={action} class="impact-range" aria-labelledby="impact-range-title">
      <h2 id="impact-range-title">{t('impact.range.title')}</h2>
      {form.invalid && (
        <p class="error" role="alert" id="impact-range-error">
          {t('impact.range.invalid')}
        </p>
      )}
      <div class="impact-range-fields">
        <div class="field">
          <label for="from">{t('impact.range.from')}</label>
          <input
            id="from"
            name="from"
            type="date"
            value={form.from}
            aria-invalid={form.invalid ? 'true' : undefined}
            aria-describedby={form.invalid ? 'impact-range-error' : undefined}
          />
        </div>
        <div class="field">
          <label for="to">{t('impact.range.to')}</label>
          <input
            id="to"
            name="to"
            type="date"
            value={form.to}
            aria-invalid={form.invalid ? 'true' : undefined}
            aria-describedby={form.invalid ? 'impact-range-error' : undefined}
          />
        </div>
        {calls.length > 0 && (
          <div class="field">
            <label for="call">{t('impact.call.label')}</label>
            <select id="call" name="call">
              <option value="" selected={!form.call}>
                {t('impact.call.all')}
              </option>
              {calls.map((call) => (
                <option value={call.id} selected={form.call === call.id}>
                  {call.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit">{t('impact.range.show')}</button>
      </div>
    </form>
  );
}

const series = (name: string, values: QuarterSeries): BarSeries => ({ name, values });

/**
 * A dashboard of impact figures (a cluster's, or the network's): each chart server-rendered SVG
 * with its figures in a table under it, the date-range form, the downloads. The public version
 * shows only what its figures hold (the rest is null in them).
 */
export function ImpactDashboard({ page, paths, title, form, figures, calls }: DashboardProps) {
  const { tr } = page;
  const { t } = tr;
  const call = figures?.scope.call;
  const query = figures
    ? `?from=${figures.range.from}&to=${figures.range.to}${call ? `&call=${encodeURIComponent(call.id)}` : ''}`
    : '';
  const intro = !figures
    ? null
    : figures.audience === 'public'
      ? t('impact.intro.public')
      : figures.scope.kind === 'network'
        ? `${t('impact.intro.full')} ${t('impact.intro.network')}`
        : t('impact.intro.full');
  // Only what anyone may see describes itself to crawlers: a cluster's public figures.
  const preview =
    figures?.audience === 'public' && figures.scope.kind === 'cluster' && !call
      ? {
          description: t('discovery.impact', { name: figures.scope.name ?? '' }),
          cluster: figures.scope.slug ?? undefined,
        }
      : undefined;
  return (
    <Layout page={page} title={title} preview={preview}>
      <h1>{title}</h1>
      {intro && <p class="hint">{intro}</p>}
      <RangeFields tr={tr} action={paths.page} form={form} calls={calls} />
      {figures && (
        <>
          {call && <p>{t('impact.call.used', { call: call.title })}</p>}
          <p>
            {t('impact.range.used', {
              from: tr.date(figures.range.from, 'long'),
              to: tr.date(figures.range.to, 'long'),
              counts_from: tr.date(figures.range.counts_from, 'long'),
              counts_to: tr.date(figures.range.counts_to, 'long'),
            })}
          </p>
          <p class="impact-downloads">
            {t('impact.downloads')} <a href={`${paths.api}.csv${query}`}>{t('impact.downloads.csv')}</a> ·{' '}
            <a href={`${paths.api}${query}`} type="application/json">
              {t('impact.downloads.json')}
            </a>
          </p>
          <Figures tr={tr} figures={figures} />
        </>
      )}
    </Layout>
  );
}

function Figures({ tr, figures }: { tr: Translator; figures: ImpactFigures }) {
  const { t } = tr;
  const { needs, solutions, smes, time_to_decision: timing, jury, cooperations } = figures;
  const needSeries = [
    ...(needs.posted ? [series(t('impact.series.posted'), needs.posted)] : []),
    series(t('impact.series.published'), needs.published),
    series(t('impact.series.decisions'), figures.decisions),
  ];
  const percent = (value: number) => tr.number(value, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      <section aria-labelledby="impact-needs">
        <h2 id="impact-needs">{t('impact.needs.title')}</h2>
        <BarsFigure tr={tr} id="chart-needs" title={t('impact.needs.chart')} series={needSeries} />
      </section>

      <section aria-labelledby="impact-solutions">
        <h2 id="impact-solutions">{t('impact.solutions.title')}</h2>
        {solutions.total !== null && <p>{t('impact.solutions.total', { count: tr.number(solutions.total) })}</p>}
        {smes && <p>{t('impact.smes.total', { count: tr.number(smes.total) })}</p>}
        {solutions.by_quarter && (
          <BarsFigure
            tr={tr}
            id="chart-solutions"
            title={t('impact.solutions.chart')}
            series={[
              series(t('impact.series.solutions'), solutions.by_quarter),
              ...(smes ? [series(t('impact.series.smes'), smes.by_quarter)] : []),
            ]}
          />
        )}
        <ShareFigure
          tr={tr}
          id="chart-countries"
          title={t('impact.countries.chart')}
          shares={solutions.by_country.map((s) => ({ label: countryLabel(tr, s.key), value: s.value }))}
        />
        {solutions.countries_withheld && <p class="hint">{t('impact.countries.withheld')}</p>}
        {solutions.by_kind && (
          <ShareFigure
            tr={tr}
            id="chart-kinds"
            title={t('impact.kinds.chart')}
            shares={solutions.by_kind.map((s) => ({ label: kindLabel(tr, s.key), value: s.value }))}
          />
        )}
      </section>

      {timing && (
        <section aria-labelledby="impact-timing">
          <h2 id="impact-timing">{t('impact.timing.title')}</h2>
          <p class="hint">{t('impact.timing.explain')}</p>
          <TimingFigure
            tr={tr}
            id="chart-publication"
            title={t('impact.timing.chart.publication')}
            timing={timing.from_publication}
          />
          <TimingFigure
            tr={tr}
            id="chart-posting"
            title={t('impact.timing.chart.posting')}
            timing={timing.from_posting}
          />
        </section>
      )}

      {jury && (
        <section aria-labelledby="impact-jury">
          <h2 id="impact-jury">{t('impact.jury.title')}</h2>
          <p class="hint">{t('impact.jury.explain')}</p>
          <dl class="report-facts">
            <dt>{t('impact.jury.challenges')}</dt>
            <dd>{tr.number(jury.challenges)}</dd>
            <dt>{t('impact.jury.jurors')}</dt>
            <dd>{tr.number(jury.jurors)}</dd>
            <dt>{t('impact.jury.seats')}</dt>
            <dd>{tr.number(jury.seats)}</dd>
            <dt>{t('impact.jury.max_per_juror')}</dt>
            <dd>{tr.number(jury.max_per_juror)}</dd>
            <dt>{t('impact.jury.evaluations')}</dt>
            <dd>{`${tr.number(jury.evaluations)} / ${tr.number(jury.expected)}`}</dd>
            <dt>{t('impact.jury.completion')}</dt>
            <dd>{jury.completion === null ? '—' : percent(jury.completion)}</dd>
          </dl>
        </section>
      )}

      {cooperations && (
        <section aria-labelledby="impact-cooperations">
          <h2 id="impact-cooperations">{t('impact.cooperations.title')}</h2>
          {figures.audience === 'public' && <p>{t('impact.cooperations.public_only')}</p>}
          {[cooperations.started, cooperations.pilots_started, cooperations.kpis_met].every((s) =>
            s.every((q) => q.value === 0),
          ) ? (
            <p>{t('impact.cooperations.none')}</p>
          ) : (
            <BarsFigure
              tr={tr}
              id="chart-cooperations"
              title={t('impact.cooperations.chart')}
              series={[
                series(t('impact.series.cooperations'), cooperations.started),
                series(t('impact.series.pilots_started'), cooperations.pilots_started),
                series(t('impact.series.pilots_completed'), cooperations.pilots_completed),
                series(t('impact.series.kpis_met'), cooperations.kpis_met),
              ]}
            />
          )}
          <p>{t('impact.cooperations.running', { count: tr.number(cooperations.pilots_running) })}</p>
          {cooperations.funding.length > 0 && (
            <ScrollTable label={t('impact.funding.title')}>
              <table>
                <caption>{t('impact.funding.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('impact.funding.currency')}</th>
                    <th scope="col">{t('impact.funding.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cooperations.funding.map((f) => (
                    <tr>
                      <th scope="row">{f.currency}</th>
                      <td class="num">
                        {tr.number(f.amount_minor / 100, { style: 'currency', currency: f.currency })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      )}
    </>
  );
}
