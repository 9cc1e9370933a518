import Papa from 'papaparse';
import type { Database } from '../../db/client';
import { FORMULA } from '../evaluation/report-csv';
import { type Cell, type Dataset, LICENCE, LICENCE_URL, PAGE_SIZE, type Row } from './dataset';
import type { Format } from './datasets';

/** How one format writes the rows: what comes before the first page, each page, and the end. */
interface Encoding {
  /** The first page's text: the header (CSV) or the opening of the object (JSON), then the rows. */
  first(rows: Row[]): string;
  /** A later page's text, joined to what came before. */
  next(rows: Row[]): string;
  end: string;
}

const csvCell = (value: Cell) => (Array.isArray(value) ? value.join('; ') : value);

/**
 * CSV as RFC 4180 (CRLF, a header row), through Papa Parse one page at a time, with a formula
 * guard on text cells (see evaluation/report-csv.ts for the pattern). CSV has no comments: the
 * licence travels in the `Link` header.
 */
function csv(dataset: Dataset): Encoding {
  const fields = [...dataset.columns];
  const data = (rows: Row[]) => rows.map((row) => fields.map((f) => csvCell(row[f] ?? null)));
  const options = { escapeFormulae: FORMULA, newline: '\r\n' };
  return {
    first: (rows) => Papa.unparse({ fields, data: data(rows) }, { ...options, header: true }),
    next: (rows) =>
      rows.length ? `\r\n${Papa.unparse({ fields, data: data(rows) }, { ...options, header: false })}` : '',
    end: '\r\n',
  };
}

/** JSON: `{ dataset, licence, licence_url, generated_at, rows: [...] }`, each row an object in column order. */
function json(name: string, dataset: Dataset, generatedAt: string): Encoding {
  const rowJson = (row: Row) => JSON.stringify(Object.fromEntries(dataset.columns.map((c) => [c, row[c] ?? null])));
  const head = JSON.stringify({ dataset: name, licence: LICENCE, licence_url: LICENCE_URL, generated_at: generatedAt });
  let written = 0;
  const rows = (page: Row[]) => {
    const text = page.map(rowJson).join(',');
    const joined = written > 0 && page.length > 0 ? `,${text}` : text;
    written += page.length;
    return joined;
  };
  return { first: (page) => `${head.slice(0, -1)},"rows":[${rows(page)}`, next: rows, end: ']}' };
}

/**
 * A dataset streamed page by page: the first page is read before this returns (so a failure then
 * can still be answered with a problem); each later page is read only when the consumer has taken
 * the one before (`pull` with a queue of one chunk), so at most about two pages are in memory,
 * whatever the size of the dataset. A failure later errors the stream. All pages read the rows as
 * they were at `generatedAt`.
 */
export async function datasetStream(
  db: Database,
  name: string,
  dataset: Dataset,
  format: Format,
  generatedAt: string,
): Promise<ReadableStream<Uint8Array>> {
  const encoding = format === 'csv' ? csv(dataset) : json(name, dataset, generatedAt);
  const encoder = new TextEncoder();
  let page: Row[] | null = await dataset.page(db, '', generatedAt, PAGE_SIZE);
  let last = '';
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          page ??= await dataset.page(db, last, generatedAt, PAGE_SIZE);
          const text = first ? encoding.first(page) : encoding.next(page);
          first = false;
          const done = page.length < PAGE_SIZE;
          last = String(page.at(-1)?.[dataset.key] ?? last);
          page = null;
          if (text) controller.enqueue(encoder.encode(text));
          if (done) {
            controller.enqueue(encoder.encode(encoding.end));
            controller.close();
          }
        } catch (err) {
          controller.error(err);
        }
      },
    },
    new CountQueuingStrategy({ highWaterMark: 1 }),
  );
}
