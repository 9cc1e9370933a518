import { scaleLinear, scalePoint } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import type { Translator } from '../../i18n';
import { quarterLabel } from './quarter-bars';

const WIDTH = 560;
const HEIGHT = 220;
const MARGIN = { top: 20, right: 40, bottom: 44, left: 40 };

export interface TrendPoint {
  quarter: string;
  median: number | null;
  p90: number | null;
}

/**
 * The median and the 90th percentile of the days to a decision, as two lines over the quarters
 * (d3-shape's `line()` without a context returns the path as a string: no DOM). A quarter without
 * decisions breaks the lines. An image to assistive technology with a `<title>` and a `<desc>` that
 * say every value; the table under it holds the same numbers.
 */
export function TrendLine({
  tr,
  id,
  title,
  points,
}: {
  tr: Translator;
  id: string;
  title: string;
  points: readonly TrendPoint[];
}) {
  const { t } = tr;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.quarter))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const max = Math.max(1, ...points.flatMap((p) => [p.median ?? 0, p.p90 ?? 0]));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const lines = [
    { key: 'median', name: t('impact.timing.median'), value: (p: TrendPoint) => p.median },
    { key: 'p90', name: t('impact.timing.p90'), value: (p: TrendPoint) => p.p90 },
  ] as const;
  const days = (value: number | null) =>
    value === null
      ? t('impact.chart.no_value')
      : t('impact.chart.days', { days: tr.number(value, { maximumFractionDigits: 1 }) });
  const desc = t('impact.chart.trend_desc', {
    series: lines
      .map((l) =>
        t('impact.chart.series_desc', {
          name: l.name,
          values: tr.list(
            points.map((p) =>
              t('impact.chart.value_in', { value: days(l.value(p)), quarter: quarterLabel(p.quarter) }),
            ),
          ),
        }),
      )
      .join('; '),
  });
  const base = HEIGHT - MARGIN.bottom;
  const ticks = y.ticks(4);
  return (
    <svg
      class="chart chart-trend"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {ticks.map((tick) => (
        <g>
          <line class="chart-grid-line" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          <text class="chart-tick" x={MARGIN.left - 6} y={y(tick)} text-anchor="end" dominant-baseline="middle">
            {tr.number(tick)}
          </text>
        </g>
      ))}
      <line class="chart-axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={base} y2={base} />
      {points.map((p) => (
        <text class="chart-tick" x={x(p.quarter) ?? 0} y={base + 14} text-anchor="middle">
          {quarterLabel(p.quarter)}
        </text>
      ))}
      {lines.map((l, i) => {
        const path = line<TrendPoint>()
          .defined((p) => l.value(p) !== null)
          .x((p) => x(p.quarter) ?? 0)
          .y((p) => y(l.value(p) ?? 0))
          .curve(curveMonotoneX)(points);
        return (
          <g>
            {path && <path class={`chart-line chart-series-${i}`} d={path} />}
            {points.map((p) => {
              const value = l.value(p);
              return value === null ? null : (
                <circle class={`chart-dot chart-series-${i}`} cx={x(p.quarter) ?? 0} cy={y(value)} r={3.5} />
              );
            })}
            <rect
              class={`chart-bar chart-series-${i}`}
              x={MARGIN.left + i * 180}
              y={HEIGHT - 16}
              width={10}
              height={10}
            />
            <text class="chart-label" x={MARGIN.left + i * 180 + 14} y={HEIGHT - 7}>
              {l.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
