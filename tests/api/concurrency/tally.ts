import { expect } from 'vitest';
import type { ApiResponse } from '../../helpers/http';

/**
 * What one concurrency file tried, for its closing line: races run, requests sent, 5xx seen,
 * invariants that held, and how many losers a guard refused inside the winner's write window. A
 * 5xx fails its race (with the bodies); the count is for the line.
 */
export function tally(file: string) {
  const seen = { races: 0, requests: 0, serverErrors: 0, invariants: 0, inWindow: 0 };
  return {
    /** Fires `calls` together and returns their answers in order; none may be a 5xx. */
    async race(calls: (() => Promise<ApiResponse>)[]): Promise<ApiResponse[]> {
      seen.races++;
      const answers = await Promise.all(calls.map((call) => call()));
      seen.requests += answers.length;
      const failed = answers.filter((res) => res.status >= 500);
      seen.serverErrors += failed.length;
      expect(failed.map((res) => [res.status, res.body])).toEqual([]);
      return answers;
    },
    /** Counts one invariant checked after a race (call it after its assertions passed). */
    held(n = 1) {
      seen.invariants += n;
    },
    /**
     * Counts losers refused by a guard inside the winner's write window (read before it committed):
     * proof that the race really overlapped, rather than ran one request after the other.
     */
    overlapped(n = 1) {
      seen.inWindow += n;
    },
    line: () =>
      `[concurrency] ${file}: races: ${seen.races}, requests: ${seen.requests}, 5xx: ${seen.serverErrors}, invariants held: ${seen.invariants}, refused inside the write window: ${seen.inWindow}`,
  };
}

/** Per test: a race of hundreds of requests on two shared cores takes seconds, not the default five. */
export const RACE_TIMEOUT = 30_000;
