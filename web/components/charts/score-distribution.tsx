import { scaleBand, scaleLinear } from 'd3-scale';
import type { Translator } from '../../i18n';

const WIDTH = 300;
const HEIGHT = 170;
const MARGIN = { top: 18, right: 8, bottom: 34, left: 8 };
const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * How often each score from 1 to 5 was given on one criterion, as bars: server-rendered SVG that
 * scales with its box (and the printed page). An image to assistive technology, named by its
 * `<title>` and described by `<desc>`, which says every count; the same counts are in the table
 * beside it.
 */
export function ScoreDistribution({
  tr,
  id,
  label,
  counts,
}: {
  tr: Translator;
  id: string;
  /** The criterion's label. */
  label: string;
  /** How many scores of 1, 2, 3, 4 and 5. */
  counts: readonly number[];
}) {
  const { t } = tr;
  const x = scaleBand<number>()
    .domain([...SCORES])
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const max = Math.max(1, ...counts);
  const y = scaleLinear()
    .domain([0, max])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const title = t('report.chart.distribution_title', { criterion: label });
  const desc = t('report.chart.distribution_desc', {
    counts: tr.list(
      SCORES.map((s, i) => t('report.chart.score_count', { score: s, count: tr.number(counts[i] ?? 0) })),
    ),
  });
  return (
    <svg
      class="chart chart-distribution"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line
        class="chart-axis"
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={HEIGHT - MARGIN.bottom}
        y2={HEIGHT - MARGIN.bottom}
      />
      {SCORES.map((s, i) => {
        const count = counts[i] ?? 0;
        const left = x(s) ?? 0;
        const top = y(count);
        const middle = left + x.bandwidth() / 2;
        return (
          <g>
            <rect class="chart-bar" x={left} y={top} width={x.bandwidth()} height={HEIGHT - MARGIN.bottom - top} />
            <text class="chart-value" x={middle} y={top - 4} text-anchor="middle">
              {tr.number(count)}
            </text>
            <text class="chart-tick" x={middle} y={HEIGHT - MARGIN.bottom + 14} text-anchor="middle">
              {tr.number(s)}
            </text>
          </g>
        );
      })}
      <text class="chart-tick" x={WIDTH / 2} y={HEIGHT - 4} text-anchor="middle">
        {t('report.chart.score_axis')}
      </text>
    </svg>
  );
}
