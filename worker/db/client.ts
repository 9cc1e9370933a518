import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/** Drizzle over D1 or a D1 session; TS keys are the snake_case column names, as in the API. */
export function createDb(d1: Pick<D1DatabaseSession, 'prepare' | 'batch'>) {
  return drizzle(d1 as D1Database, { schema });
}

export type Database = ReturnType<typeof createDb>;
