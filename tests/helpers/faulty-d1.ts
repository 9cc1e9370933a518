import { env } from 'cloudflare:test';
import type { Bindings } from '../../worker/env';

/** What D1 answers when it fails on its side (Cloudflare's D1 debugging guide), used in turn. */
export const D1_OUTAGES = [
  'D1_ERROR: Network connection lost.',
  'D1 DB is overloaded. Requests queued for too long.',
  'D1_ERROR: storage operation exceeded timeout which caused object to be reset.',
  'D1_ERROR: Internal error in D1 DB storage caused object to be reset.',
];

/**
 * Which call to the database fails: the `failAt`-th execution (a statement's first/all/run/raw,
 * or a whole batch) since the plan was armed. `fired` says whether it did.
 */
export interface FaultPlan {
  failAt: number;
  message: string;
  calls: number;
  fired: boolean;
  armed: boolean;
}

export const faultAt = (failAt: number, message = D1_OUTAGES[(failAt - 1) % D1_OUTAGES.length] ?? ''): FaultPlan => ({
  failAt,
  message,
  calls: 0,
  fired: false,
  armed: true,
});

/** Counts one call to the database and rejects it when it is the planned one; the real D1 is never reached then. */
function step(plan: FaultPlan): void {
  if (!plan.armed) return;
  plan.calls++;
  if (plan.calls === plan.failAt) {
    plan.fired = true;
    throw new Error(plan.message);
  }
}

/** A real prepared statement that consults the plan before it runs. */
class FaultyStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly plan: FaultPlan,
  ) {}

  bind(...values: unknown[]): FaultyStatement {
    return new FaultyStatement(this.inner.bind(...values), this.plan);
  }
  async first(column?: string) {
    step(this.plan);
    return column === undefined ? this.inner.first() : this.inner.first(column);
  }
  async run() {
    step(this.plan);
    return this.inner.run();
  }
  async all() {
    step(this.plan);
    return this.inner.all();
  }
  async raw(options?: { columnNames?: false }) {
    step(this.plan);
    return this.inner.raw(options);
  }
}

/** Unwraps statements other wrappers (the query counter) passed on, down to the real ones D1 batches. */
const real = (statement: unknown): D1PreparedStatement =>
  statement instanceof FaultyStatement ? statement.inner : (statement as D1PreparedStatement);

/**
 * The real local D1 (or a session of it) behind a wrapper that fails the planned call: not a mock,
 * every other call reaches the database. Sessions opened from it fail by the same plan.
 */
function faulty<T extends object>(target: T, plan: FaultPlan): T {
  return new Proxy(target, {
    get(inner, property) {
      const d1 = inner as unknown as D1Database;
      if (property === 'prepare') return (query: string) => new FaultyStatement(d1.prepare(query), plan);
      if (property === 'batch') {
        return async (statements: unknown[]) => {
          step(plan);
          return d1.batch(statements.map(real));
        };
      }
      if (property === 'withSession') {
        return (constraint?: string) => faulty(d1.withSession(constraint as D1SessionConstraint), plan);
      }
      const value = Reflect.get(inner, property);
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
}

/** The test bindings, with DB failing by `plan`. */
export const faultyEnv = (plan: FaultPlan, overrides: Partial<Bindings> = {}): Bindings =>
  ({ ...env, ...overrides, DB: faulty(env.DB, plan) }) as Bindings;
