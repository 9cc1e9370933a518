import type { MatrixCase, MatrixRequest } from './types';

/**
 * Building a case's fixture (a fresh challenge, a solution with a team, a cooperation) is most of
 * what the matrices cost: 445 of the policy matrix's 1 478 requests took over 100 ms, 158 s of 192,
 * nearly all of it making the fixture anew for each role. A request that changes nothing — a read,
 * or any refusal (a 4xx writes nothing, DESIGN.md) — leaves the fixture as the next role needs it.
 * So each case runs its actors in this order: those that change nothing first, then those whose
 * write succeeds; they share one fixture until a write spends it, and each later write builds its
 * own. A refused request that wrote after all shows as the next role's wrong status.
 */
export function fixtureSharing<A>(testCase: MatrixCase, actors: readonly A[], expected: (actor: A) => number) {
  const writes = (actor: A) => !/^(GET|HEAD) /.test(testCase.route) && expected(actor) < 400;
  let fixture: Promise<MatrixRequest> | undefined;
  return {
    /** The actors, stably sorted: those that change nothing first. */
    order: [...actors].sort((a, b) => Number(writes(a)) - Number(writes(b))),
    /** The request for `actor`: the shared fixture's, or a fresh one after a write spent it. */
    request(actor: A, build: () => MatrixRequest | Promise<MatrixRequest>): Promise<MatrixRequest> {
      const current = fixture ?? Promise.resolve(build());
      fixture = writes(actor) ? undefined : current;
      return current;
    },
  };
}
