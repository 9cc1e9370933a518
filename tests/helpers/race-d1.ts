import { env } from 'cloudflare:test';
import type { Bindings } from '../../worker/env';

/**
 * The real local D1 behind a wrapper that lets another writer in at one exact moment: before the
 * first batch holding a statement whose SQL matches `pattern`, `meanwhile` runs against the same
 * database (once). That is how a race between a request's reads and its guarded batch is
 * reproduced over HTTP without timing luck. Not a mock: every statement reaches the database.
 */
export function racingEnv(pattern: RegExp, meanwhile: () => Promise<unknown>): Bindings & { raced: () => boolean } {
  const sqlOf = new WeakMap<object, string>();
  let raced = false;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(inner, property) {
        const d1 = inner as unknown as D1Database;
        if (property === 'prepare') {
          return (query: string) => {
            const statement = d1.prepare(query);
            sqlOf.set(statement, query);
            return new Proxy(statement, {
              get(s, p) {
                const value = Reflect.get(s, p);
                if (p !== 'bind' || typeof value !== 'function')
                  return typeof value === 'function' ? value.bind(s) : value;
                return (...values: unknown[]) => {
                  const bound = (value as D1PreparedStatement['bind']).apply(s, values);
                  sqlOf.set(bound, query);
                  return bound;
                };
              },
            });
          };
        }
        if (property === 'batch') {
          return async (statements: D1PreparedStatement[]) => {
            if (!raced && statements.some((s) => pattern.test(sqlOf.get(s) ?? ''))) {
              raced = true;
              await meanwhile();
            }
            return d1.batch(statements);
          };
        }
        if (property === 'withSession') {
          return (constraint?: string) => wrap(d1.withSession(constraint as D1SessionConstraint));
        }
        const value = Reflect.get(inner, property);
        return typeof value === 'function' ? value.bind(inner) : value;
      },
    });
  return { ...(env as unknown as Bindings), DB: wrap(env.DB), raced: () => raced } as Bindings & {
    raced: () => boolean;
  };
}
