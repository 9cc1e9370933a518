import Papa from 'papaparse';
import type { ImpactFigures, QuarterSeries, TimingFigures } from './figures.view';

/** A text cell a spreadsheet would run as a formula (as the evaluation report's CSV). */
const FORMULA = /^[=+\-@\t\r]/;

type Row = [metric: string, dimension: string, quarter: string, value: number | null];

const series = (metric: string, values: QuarterSeries | null | undefined, dimension = ''): Row[] =>
  (values ?? []).map((q) => [metric, dimension, q.quarter, q.value]);

const timing = (from: string, figures: TimingFigures): Row[] =>
  [...figures.by_quarter, { quarter: '', ...figures.overall }].flatMap((t): Row[] => [
    ['decisions_timed', from, t.quarter, t.n],
    ['days_to_decision_median', from, t.quarter, t.median_days],
    ['days_to_decision_p90', from, t.quarter, t.p90_days],
  ]);

/**
 * The figures flattened to `metric,dimension,quarter,value` (RFC 4180, CRLF, header row). An empty
 * quarter is the whole range; the first rows say which range that is. Sections the audience may not
 * read are absent, as in the JSON.
 */
export function figuresCsv(figures: ImpactFigures): string {
  const { range } = figures;
  const rows: Row[] = [
    ['range_from', range.from, '', null],
    ['range_to', range.to, '', null],
    ['counts_from', range.counts_from, '', null],
    ['counts_to', range.counts_to, '', null],
    ...(figures.scope.call ? [['call', figures.scope.call.id, '', null] as Row] : []),
    ...series('needs_posted', figures.needs.posted),
    ...series('needs_published', figures.needs.published),
    ...series('decisions', figures.decisions),
    ...series('solutions_submitted', figures.solutions.by_quarter),
    ...(figures.solutions.total === null ? [] : [['solutions_submitted', '', '', figures.solutions.total] as Row]),
    ...figures.solutions.by_country.map((s): Row => ['solutions_submitted', `country:${s.key}`, '', s.value]),
    ...(figures.solutions.by_kind ?? []).map((s): Row => ['solutions_submitted', `kind:${s.key}`, '', s.value]),
    ...(figures.smes ? [...series('smes', figures.smes.by_quarter), ['smes', '', '', figures.smes.total] as Row] : []),
    ...(figures.time_to_decision
      ? [
          ...timing('posting', figures.time_to_decision.from_posting),
          ...timing('publication', figures.time_to_decision.from_publication),
        ]
      : []),
    ...(figures.jury
      ? (['challenges', 'jurors', 'seats', 'max_per_juror', 'expected', 'evaluations', 'completion'] as const).map(
          (key): Row => [`jury_${key}`, '', '', figures.jury?.[key] ?? null],
        )
      : []),
    ...(figures.cooperations
      ? [
          ...series('cooperations_started', figures.cooperations.started),
          ...series('pilots_started', figures.cooperations.pilots_started),
          ...series('pilots_completed', figures.cooperations.pilots_completed),
          ['pilots_running', '', '', figures.cooperations.pilots_running] as Row,
          ...series('kpis_met', figures.cooperations.kpis_met),
          ...figures.cooperations.funding.map((f): Row => ['funding_minor', f.currency, '', f.amount_minor]),
        ]
      : []),
  ];
  return Papa.unparse(
    { fields: ['metric', 'dimension', 'quarter', 'value'], data: rows },
    { escapeFormulae: FORMULA, newline: '\r\n', header: true },
  );
}

/** `impact-<cluster or network>[-call-<id>]-<from>-<to>.csv`. */
export const figuresFileName = (figures: ImpactFigures) =>
  `impact-${figures.scope.slug ?? 'network'}${figures.scope.call ? `-call-${figures.scope.call.id}` : ''}-${figures.range.from}-${figures.range.to}.csv`;
