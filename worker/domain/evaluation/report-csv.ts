import Papa from 'papaparse';
import type { EvaluationReport, ReportTable } from './report.view';

/**
 * One table of the evaluation report as CSV (RFC 4180: CRLF, fields quoted when they hold a
 * quote, comma or line break), UTF-8 with a header row. Papa Parse writes it; a text cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with ' and quoted. Papa's own `escapeFormulae: true` tests `^[=+\-@\t\r].*$`, which
 * misses a formula followed by a line break (`.` stops at it), so the pattern is given here.
 * Numbers stay numbers (a negative leniency is a value, not a formula).
 */
export const FORMULA = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

type RankingRow = EvaluationReport['ranking'][number];
type Criteria = EvaluationReport['challenge']['criteria'];

const rankingFields = (criteria: Criteria) => [
  'Weighted rank',
  'Normalised rank',
  'Solution',
  'Organization',
  'Status',
  'Score (0-100)',
  'Normalised score',
  'Evaluations',
  'Under the minimum',
  'Spread (SD)',
  ...criteria.flatMap((c) => [`${c.label}: mean`, `${c.label}: SD`]),
  'Override note',
];

const rankingData = (criteria: Criteria, ranking: readonly RankingRow[]): Cell[][] =>
  ranking.map((r) => [
    r.weighted_rank,
    r.normalised_rank,
    r.title,
    r.organization,
    r.status,
    r.score,
    r.normalised_score,
    r.evaluations,
    yesNo(r.under_minimum),
    r.spread,
    ...criteria.flatMap((c) => {
      const figure = r.criteria.find((x) => x.key === c.key);
      return [figure?.mean ?? null, figure?.spread ?? null];
    }),
    r.override_note,
  ]);

function rows(report: EvaluationReport, table: ReportTable): { fields: string[]; data: Cell[][] } {
  switch (table) {
    case 'ranking': {
      const criteria = report.challenge.criteria;
      return { fields: rankingFields(criteria), data: rankingData(criteria, report.ranking) };
    }
    case 'jurors':
      return {
        fields: ['Juror', 'Evaluations', 'Mean score (0-100)', 'Leniency', 'Conflicts declared'],
        data: report.jurors.map((j) => [j.name, j.evaluations, j.mean_score, j.leniency, j.conflicts]),
      };
    case 'conflicts':
      return {
        fields: ['Juror', 'Solution', 'Declared at', 'Reason'],
        data: report.conflicts.map((d) => [d.juror, d.title, d.declared_at, d.reason]),
      };
    case 'comments':
      return {
        fields: ['Solution', 'Juror', 'Comment', 'Evaluated at'],
        data: report.comments.flatMap((s) => s.comments.map((c) => [s.title, c.juror, c.comment, c.evaluated_at])),
      };
    case 'agreement':
      return {
        fields: ['Criterion', 'Alpha', 'Reading'],
        data: [
          ...report.agreement.criteria.map((c) => [c.label, c.alpha, c.reading]),
          ['Overall (pooled)', report.agreement.overall.alpha, report.agreement.overall.reading],
        ],
      };
  }
}

const OPTIONS = { escapeFormulae: FORMULA, newline: '\r\n' };

/** One table of the report, whole (the ranking: the rows of the page `report` holds). */
export function reportCsv(report: EvaluationReport, table: ReportTable): string {
  const { fields, data } = rows(report, table);
  return Papa.unparse({ fields, data }, { ...OPTIONS, header: true });
}

/** The rows of the ranking after a cursor, and the cursor after them (null after the last). */
export type RankingChunk = (cursor: string) => Promise<{ rows: EvaluationReport['ranking']; next: string | null }>;

/**
 * The CSV of the whole ranking, streamed (issue 17): the header and the rows of the page `report`
 * holds, then each later chunk (`chunk`, from the report's `ranking_next`) read only when the
 * consumer has taken the one before (a queue of one), so memory holds about two chunks whatever
 * the size of the challenge and each chunk reads only its own rows (keyset on the weighted rank).
 * A failure after the first chunk errors the stream: the download breaks off rather than ending
 * as if complete.
 */
export function rankingCsvStream(report: EvaluationReport, chunk: RankingChunk): ReadableStream<Uint8Array> {
  const criteria = report.challenge.criteria;
  const fields = rankingFields(criteria);
  const encoder = new TextEncoder();
  let next = report.ranking_next;
  let first: string | null = Papa.unparse(
    { fields, data: rankingData(criteria, report.ranking) },
    { ...OPTIONS, header: true },
  );
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (first !== null) {
            controller.enqueue(encoder.encode(first));
            first = null;
          } else if (next !== null) {
            const read = await chunk(next);
            next = read.next;
            if (read.rows.length > 0) {
              const text = Papa.unparse(
                { fields, data: rankingData(criteria, read.rows) },
                { ...OPTIONS, header: false },
              );
              controller.enqueue(encoder.encode(`\r\n${text}`));
            }
          }
          if (first === null && next === null) controller.close();
        } catch (err) {
          controller.error(err);
        }
      },
    },
    new CountQueuingStrategy({ highWaterMark: 1 }),
  );
}

/** `evaluation-report-<table>-<YYYY-MM-DD>.csv` (the date of the download, UTC). */
export const reportFileName = (table: ReportTable, now: Date) =>
  `evaluation-report-${table}-${now.toISOString().slice(0, 10)}.csv`;
