import { env } from 'cloudflare:test';

/**
 * Row counts of every table (FTS shadow tables too): a refused or failed request must leave all of
 * them as they were. Used by the fuzzing suites, the fault suite and tests that check "nothing
 * was written".
 */

/**
 * Tables a refused request may still write to: the counters of limits and sign-in guards, and the
 * ranking's derived figures (ranking_cache, ranking_places: worker/domain/evaluation/ranking-places.ts).
 * Those are computed from the scores by whichever read first needs them at the current
 * `scores_version` — a refused decision form re-renders the ranking page, which may be that read —
 * and a read fills them with what any later read would compute; they hold nothing of the request.
 */
export const COUNTERS = new Set(['rate_limits', 'sign_in_guards', 'ranking_cache', 'ranking_places']);

/**
 * Tables kept as running totals, upserted in place: a write changes their values, not always their
 * row count (the first solution of a quarter adds rows, the next ones add to them; the first
 * challenge of a cluster in a state adds its row), so their sum is what is compared.
 */
const MEASURE: Record<string, string> = {
  impact_tallies: 'coalesce(sum(value), 0)',
  cluster_state_tallies: 'coalesce(sum(challenges), 0)',
  impact_sme_tallies: 'coalesce(sum(value), 0)',
};

export type RowCounts = Record<string, number>;

/**
 * A function that reads every table's row count in one statement, prepared once (a statement per
 * table would cost more than the request being checked).
 */
export async function rowCounter(): Promise<() => Promise<RowCounts>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND substr(name, 1, 4) <> '_cf_' ORDER BY name",
  ).all<{ name: string }>();
  const tables = results.map((r) => r.name);
  const countAll = env.DB.prepare(
    `SELECT ${tables.map((t, i) => `(SELECT ${MEASURE[t] ?? 'count(*)'} FROM "${t}") AS n${i}`).join(', ')}`,
  );
  return async () => {
    const row = await countAll.first<RowCounts>();
    return Object.fromEntries(tables.map((name, i) => [name, row?.[`n${i}`] ?? -1]));
  };
}

/** The row count of every table, once. */
export const tableCounts = async (): Promise<RowCounts> => (await rowCounter())();

/** Tables whose count changed, counters and derived figures aside. */
export const changedTables = (before: RowCounts, after: RowCounts) =>
  Object.keys({ ...before, ...after }).filter((t) => !COUNTERS.has(t) && before[t] !== after[t]);

/**
 * Row counts once queued work has landed: the queue takes up to a second to start a job
 * (`max_batch_timeout`), so wait for a change from `before` (at most 2.5 s; an unknown address
 * changes nothing), then for three equal reads 50 ms apart.
 */
export async function settled(count: () => Promise<RowCounts>, before: RowCounts): Promise<RowCounts> {
  let last = await count();
  for (let i = 0; i < 25 && !changedTables(before, last).length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await count();
  }
  let same = 0;
  for (let i = 0; i < 50 && same < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await count();
    same = changedTables(last, now).length ? 0 : same + 1;
    last = now;
  }
  return last;
}
