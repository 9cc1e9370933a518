import { scaleBand, scaleLinear } from 'd3-scale';
import { FRACTION_DIGITS, type Translator } from '../../i18n';
import { personName } from '../person-name';

const WIDTH = 560;
const ROW = 26;
const MARGIN = { top: 22, right: 8, bottom: 10, left: 150 };
const NAME_CHARS = 22;

export interface LeniencyRow {
  user_id: string;
  name: string;
  /** The juror's mean weighted score minus the mean of all evaluations; null without evaluations. */
  leniency: number | null;
}

const signed = (tr: Translator, value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${tr.number(Math.abs(value), FRACTION_DIGITS[1])}`;

/**
 * Each juror's leniency as a bar diverging from 0 (right: more lenient than the jury as a whole,
 * left: harsher), in points of the 0–100 weighted score; server-rendered SVG. An image to assistive
 * technology with a `<title>` and a `<desc>` that says every juror's figure; the jurors' table
 * beside it holds the same numbers.
 */
export function LeniencyChart({ tr, id, jurors }: { tr: Translator; id: string; jurors: readonly LeniencyRow[] }) {
  const { t } = tr;
  const rows = jurors.filter((j): j is LeniencyRow & { leniency: number } => j.leniency !== null);
  const height = MARGIN.top + MARGIN.bottom + Math.max(1, rows.length) * ROW;
  // Room beyond the longest bar for its figure.
  const extent = Math.max(5, ...rows.map((j) => Math.abs(j.leniency))) * 1.35;
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<string>()
    .domain(rows.map((j) => j.user_id))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.25);
  const zero = x(0);
  const name = (j: LeniencyRow) => {
    const full = personName(tr, j.name);
    return full.length > NAME_CHARS ? `${full.slice(0, NAME_CHARS - 1)}…` : full;
  };
  const desc =
    rows.length === 0
      ? t('report.chart.leniency_none')
      : t('report.chart.leniency_desc', {
          jurors: tr.list(rows.map((j) => `${personName(tr, j.name)}: ${signed(tr, j.leniency)}`)),
        });
  return (
    <svg
      class="chart chart-leniency"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{t('report.chart.leniency_title')}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <text class="chart-tick" x={x(-extent)} y={12} text-anchor="start">
        {t('report.chart.harsher')}
      </text>
      <text class="chart-tick" x={x(extent)} y={12} text-anchor="end">
        {t('report.chart.more_lenient')}
      </text>
      {rows.map((j) => {
        const top = y(j.user_id) ?? 0;
        const end = x(j.leniency);
        const middle = top + y.bandwidth() / 2;
        return (
          <g>
            <text class="chart-label" x={MARGIN.left - 8} y={middle} dominant-baseline="middle" text-anchor="end">
              {name(j)}
            </text>
            <rect
              class={j.leniency < 0 ? 'chart-bar chart-bar-negative' : 'chart-bar'}
              x={Math.min(zero, end)}
              y={top}
              width={Math.max(1, Math.abs(end - zero))}
              height={y.bandwidth()}
            />
            <text
              class="chart-value"
              x={j.leniency < 0 ? Math.min(zero, end) - 4 : Math.max(zero, end) + 4}
              y={middle}
              dominant-baseline="middle"
              text-anchor={j.leniency < 0 ? 'end' : 'start'}
            >
              {signed(tr, j.leniency)}
            </text>
          </g>
        );
      })}
      <line class="chart-axis" x1={zero} x2={zero} y1={MARGIN.top - 4} y2={height - MARGIN.bottom + 4} />
    </svg>
  );
}
