import { z } from '@hono/zod-openapi';
import { DomainError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` for every list. */
export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `Items per page, 1–${MAX_PAGE_SIZE}.`, example: DEFAULT_PAGE_SIZE }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: 'The `next_cursor` of the previous page; omit for the first page.' }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next_cursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  });

/** Opaque keyset cursor: the sort values of the last item, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return btoa(JSON.stringify(values)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor<T extends readonly (string | number | null)[]>(cursor: string, shape: z.ZodType<T>): T {
  try {
    const json = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    return shape.parse(JSON.parse(json));
  } catch {
    throw new DomainError('validation_failed', 'The cursor is not one this API issued. Start again without `cursor`.', {
      errors: [{ path: 'cursor', message: 'Unknown or damaged cursor.' }],
    });
  }
}

/** Fetch `limit + 1` rows; this trims the extra one and builds the next cursor from the last row kept. */
export function toPage<Row, Out>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => readonly (string | number | null)[],
  map: (row: Row) => Out,
): { data: Out[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(map), next_cursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

/** The id in a cursor over lists ordered by id alone (most lists); undefined for the first page. */
export const idAfter = (cursor: string | undefined): string | undefined =>
  cursor ? decodeCursor(cursor, z.tuple([z.string()]))[0] : undefined;
