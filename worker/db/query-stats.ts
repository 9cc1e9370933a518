/** How much one request asked of D1: round trips (a batch is one) and SQL statements. */
export interface QueryStats {
  calls: number;
  statements: number;
  millis: number;
}

export const newQueryStats = (): QueryStats => ({ calls: 0, statements: 0, millis: 0 });

type D1Like = Pick<D1DatabaseSession, 'prepare' | 'batch'>;

/** A D1 prepared statement that counts its executions into `stats`. */
class CountedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly stats: QueryStats,
  ) {}

  bind(...values: unknown[]): CountedStatement {
    return new CountedStatement(this.inner.bind(...values), this.stats);
  }

  private async time<T>(run: () => Promise<T>): Promise<T> {
    this.stats.calls++;
    this.stats.statements++;
    const started = Date.now();
    try {
      return await run();
    } finally {
      this.stats.millis += Date.now() - started;
    }
  }

  first(column?: string) {
    return this.time(() => (column === undefined ? this.inner.first() : this.inner.first(column)));
  }
  run() {
    return this.time(() => this.inner.run());
  }
  all() {
    return this.time(() => this.inner.all());
  }
  raw(options?: { columnNames?: false }) {
    return this.time(() => this.inner.raw(options));
  }
}

/**
 * Wraps a D1 database or session so every query is counted. Tests and `npm run bench` read
 * the counts from `Server-Timing` to prove read paths stay at a fixed number of queries.
 */
export function countQueries(d1: D1Like, stats: QueryStats): D1Like {
  return {
    prepare: (query: string) => new CountedStatement(d1.prepare(query), stats) as unknown as D1PreparedStatement,
    batch: async <T>(statements: D1PreparedStatement[]) => {
      stats.calls++;
      stats.statements += statements.length;
      const started = Date.now();
      try {
        const inner = statements.map((s) => (s as unknown as CountedStatement).inner ?? s);
        return await d1.batch<T>(inner);
      } finally {
        stats.millis += Date.now() - started;
      }
    },
  };
}
