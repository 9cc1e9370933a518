import { scaleBand, scaleLinear } from 'd3-scale';
import type { Translator } from '../../i18n';

const WIDTH = 560;
const HEIGHT = 220;
const MARGIN = { top: 18, right: 8, bottom: 44, left: 8 };

export interface BarSeries {
  /** A CSS modifier: `chart-series-<n>` colours the bars and the legend's swatch alike. */
  name: string;
  values: readonly { quarter: string; value: number }[];
}

/** `2024-Q1` as the page's language writes it: Q1 2024 (the quarter names are international). */
export const quarterLabel = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;

/**
 * Counts by quarter, one bar per series side by side in each quarter (needs posted, published,
 * decided …), server-rendered SVG that scales with its box and its printed page. An image to
 * assistive technology with a `<title>` and a `<desc>` that say every figure; the table under it
 * holds the same numbers.
 */
export function QuarterBars({
  tr,
  id,
  title,
  series,
}: {
  tr: Translator;
  id: string;
  title: string;
  series: readonly BarSeries[];
}) {
  const { t } = tr;
  const quarters = series[0]?.values.map((v) => v.quarter) ?? [];
  const x = scaleBand<string>()
    .domain(quarters)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.08);
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v.value)));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const desc = t('impact.chart.bars_desc', {
    series: series
      .map((s) =>
        t('impact.chart.series_desc', {
          name: s.name,
          values: tr.list(
            s.values.map((v) =>
              t('impact.chart.value_in', { value: tr.number(v.value), quarter: quarterLabel(v.quarter) }),
            ),
          ),
        }),
      )
      .join('; '),
  });
  const base = HEIGHT - MARGIN.bottom;
  // Figures above the bars only while they fit: a dozen quarters of three series would overlap.
  const labelled = inner.bandwidth() >= 14;
  return (
    <svg
      class="chart chart-quarters"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line class="chart-axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={base} y2={base} />
      {quarters.map((quarter) => (
        <text class="chart-tick" x={(x(quarter) ?? 0) + x.bandwidth() / 2} y={base + 14} text-anchor="middle">
          {quarterLabel(quarter)}
        </text>
      ))}
      {series.map((s, i) =>
        s.values.map((v) => {
          const left = (x(v.quarter) ?? 0) + (inner(i) ?? 0);
          const top = y(v.value);
          return (
            <g>
              <rect
                class={`chart-bar chart-series-${i}`}
                x={left}
                y={top}
                width={inner.bandwidth()}
                height={Math.max(0, base - top)}
              />
              {labelled && (
                <text class="chart-value" x={left + inner.bandwidth() / 2} y={top - 4} text-anchor="middle">
                  {tr.number(v.value)}
                </text>
              )}
            </g>
          );
        }),
      )}
      {series.map((s, i) => {
        const left = MARGIN.left + i * ((WIDTH - MARGIN.left - MARGIN.right) / series.length);
        return (
          <g>
            <rect class={`chart-bar chart-series-${i}`} x={left} y={HEIGHT - 16} width={10} height={10} />
            <text class="chart-label" x={left + 14} y={HEIGHT - 7}>
              {s.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
