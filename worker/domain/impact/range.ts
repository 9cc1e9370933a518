import { z } from '@hono/zod-openapi';
import { DomainError } from '../errors';
import { quarterOf } from './tallies';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .regex(DAY, 'Use a date as YYYY-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Use a real calendar date.');

export const ImpactQuerySchema = z.object({
  from: day.optional().openapi({
    description: 'First day of the range (YYYY-MM-DD, UTC). Default: the first day of the quarter seven quarters ago.',
    example: '2024-01-01',
  }),
  to: day.optional().openapi({
    description: 'Last day of the range, included (YYYY-MM-DD, UTC). Default: today.',
    example: '2024-06-30',
  }),
  call: z
    .string()
    .max(64)
    .optional()
    .openapi({
      description:
        "A call's id: only the figures of its challenges (in this cluster, for a cluster's figures). Counted from " +
        'the base tables, not the quarterly tallies; 404 for a call you may not see.',
      example: '01938c4e-7a52-7cc1-8f3e-2b9d5c6a1f00',
    }),
});
export type ImpactQuery = z.output<typeof ImpactQuerySchema>;

/** No more than ten years of quarters in one answer. */
const MAX_QUARTERS = 40;

/** The dates a dashboard covers: exact for medians, widened to whole quarters for counts (distinct SMEs too). */
export interface ImpactRange {
  from: string;
  to: string;
  /** `[start, end)` as ISO timestamps, for the base tables. */
  start: string;
  end: string;
  quarters: string[];
  counts_from: string;
  counts_to: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first day of `quarter` (`YYYY-Qn`) shifted by `shift` quarters. */
function quarterStart(quarter: string, shift = 0) {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + shift;
  const year = Math.floor(index / 4);
  const month = (index % 4) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function resolveRange(query: ImpactQuery, today = new Date()): ImpactRange {
  const to = query.to ?? today.toISOString().slice(0, 10);
  const from = query.from ?? quarterStart(quarterOf(to), -7);
  if (from > to) {
    throw new DomainError(
      'validation_failed',
      `The range starts (${from}) after it ends (${to}). Give a 'from' on or before 'to'.`,
      {
        errors: [{ path: 'from', message: 'Must be on or before to.' }],
      },
    );
  }
  const quarters: string[] = [];
  for (let q = quarterOf(from); q <= quarterOf(to); q = quarterOf(quarterStart(q, 1))) {
    quarters.push(q);
    if (quarters.length > MAX_QUARTERS) {
      throw new DomainError(
        'validation_failed',
        `The range covers more than ${MAX_QUARTERS} quarters. Ask for ten years or less at a time.`,
        { errors: [{ path: 'from', message: `At most ${MAX_QUARTERS} quarters before to.` }] },
      );
    }
  }
  const last = quarters.at(-1) ?? quarterOf(to);
  return {
    from,
    to,
    start: `${from}T00:00:00.000Z`,
    end: `${addDays(to, 1)}T00:00:00.000Z`,
    quarters,
    counts_from: quarterStart(quarterOf(from)),
    counts_to: addDays(quarterStart(last, 1), -1),
  };
}
