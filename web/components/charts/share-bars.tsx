import { scaleBand, scaleLinear } from 'd3-scale';
import type { Translator } from '../../i18n';

const WIDTH = 560;
const ROW = 24;
const MARGIN = { top: 6, right: 90, bottom: 6, left: 130 };

export interface Share {
  /** What the bar is of, as the page shows it (a country, a kind of organization). */
  label: string;
  value: number;
}

/**
 * Shares of a whole (solutions by country, by kind of organization) as horizontal bars with their
 * count and percentage; server-rendered SVG. An image to assistive technology with a `<title>`
 * and a `<desc>` that say every share; the table under it holds the same numbers.
 */
export function ShareBars({
  tr,
  id,
  title,
  shares,
}: {
  tr: Translator;
  id: string;
  title: string;
  shares: readonly Share[];
}) {
  const { t } = tr;
  const total = shares.reduce((sum, s) => sum + s.value, 0);
  const height = MARGIN.top + MARGIN.bottom + Math.max(1, shares.length) * ROW;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...shares.map((s) => s.value))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<number>()
    .domain(shares.map((_, i) => i))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.2);
  const percent = (value: number) =>
    tr.number(total ? value / total : 0, { style: 'percent', maximumFractionDigits: 0 });
  const desc = shares.length
    ? t('impact.chart.shares_desc', {
        shares: tr.list(
          shares.map((s) =>
            t('impact.chart.share', { key: s.label, count: tr.number(s.value), percent: percent(s.value) }),
          ),
        ),
      })
    : t('impact.none');
  return (
    <svg
      class="chart chart-shares"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {shares.map((s, i) => {
        const top = y(i) ?? 0;
        const middle = top + y.bandwidth() / 2;
        return (
          <g>
            <text class="chart-label" x={MARGIN.left - 8} y={middle} dominant-baseline="middle" text-anchor="end">
              {s.label}
            </text>
            <rect
              class="chart-bar"
              x={MARGIN.left}
              y={top}
              width={Math.max(1, x(s.value) - MARGIN.left)}
              height={y.bandwidth()}
            />
            <text class="chart-value" x={x(s.value) + 4} y={middle} dominant-baseline="middle">
              {`${tr.number(s.value)} (${percent(s.value)})`}
            </text>
          </g>
        );
      })}
      <line class="chart-axis" x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={height - MARGIN.bottom} />
    </svg>
  );
}
