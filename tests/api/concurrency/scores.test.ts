import { env } from 'cloudflare:test';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { DomainError } from '../../../worker/domain/errors';
import { saveDraft } from '../../../worker/domain/evaluation/scoring';
import { findSolution } from '../../../worker/domain/solutions/read';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { signedInAs } from '../../helpers/domain';
import {
  assignJury,
  DEFAULT_KEYS,
  decide,
  declare,
  putEvaluation,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from '../evaluation/fixtures';
import { RACE_TIMEOUT, tally } from './tally';

// The decision against a score and a withdrawal (issue 13, item 5) races in
// tests/api/evaluation/races.test.ts; this file adds one juror hammering one solution.
const suite = tally('scores');
afterAll(() => console.info(suite.line()));

const WRITES = 200;

/** The i-th score set: i written in base 5 over the six criteria, so a stored row names its write. */
const scoresFor = (i: number) =>
  Object.fromEntries(DEFAULT_KEYS.map((key, digit) => [key, 1 + (Math.floor(i / 5 ** digit) % 5)]));
const writeOf = (scores: Record<string, number>) =>
  DEFAULT_KEYS.reduce((i, key, digit) => i + ((scores[key] ?? 1) - 1) * 5 ** digit, 0);

describe(`${WRITES} concurrent score upserts by one juror on one solution`, () => {
  it(
    'leave one row, the last write whole, an unbroken audit chain and sums equal to the row',
    async () => {
      const { moderator, owner, cluster } = await freshCast();
      const challenge = await openChallenge(owner, moderator, cluster.slug);
      const solution = await submitSolution(await solverOf('Cedar'), challenge);
      const [juror] = (await jurors(1)) as [TestUser];
      await assignJury(owner, challenge, juror);
      await startEvaluation(owner, challenge);
      await declare(juror, solution, false);

      const answers = await suite.race(
        Array.from(
          { length: WRITES },
          (_, i) => () => putEvaluation(juror, solution, { scores: scoresFor(i), comment: `write ${i}` }),
        ),
      );
      for (const [i, res] of answers.entries()) {
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.scores).toEqual(scoresFor(i));
      }

      // One row, and its scores and comment come from the same write.
      const rows = await env.DB.prepare(
        'SELECT scores, comment FROM evaluations WHERE solution_id = ? AND evaluator_id = ?',
      )
        .bind(solution, juror.id)
        .all<{ scores: string; comment: string }>();
      expect(rows.results).toHaveLength(1);
      const stored = JSON.parse(rows.results[0]?.scores ?? 'null') as Record<string, number>;
      expect(rows.results[0]?.comment).toBe(`write ${writeOf(stored)}`);
      suite.held(2);

      // Every write is audited once; each entry's "before" is the previous entry's "after" (rowid is
      // commit order), the first has none, and the last is what is stored: last write wins.
      const trail = await env.DB.prepare(
        "SELECT before, after FROM audit_log WHERE entity_id = ? AND action = 'evaluation.score' ORDER BY rowid",
      )
        .bind(solution)
        .all<{ before: string | null; after: string }>();
      expect(trail.results).toHaveLength(WRITES);
      const chain = trail.results.map((e) => ({
        before: e.before === null ? null : JSON.parse(e.before).scores,
        after: JSON.parse(e.after).scores,
      }));
      expect(chain[0]?.before).toBeNull();
      for (let k = 1; k < chain.length; k++) expect(chain[k]?.before).toEqual(chain[k - 1]?.after);
      expect(chain.at(-1)?.after).toEqual(stored);
      expect(new Set(chain.map((e) => writeOf(e.after))).size).toBe(WRITES);
      suite.held(3);

      // The ranking's sums are the stored row's, counted once; no draft is left behind.
      const sums = await env.DB.prepare(
        'SELECT criterion_key, total, evaluations FROM solution_scores WHERE solution_id = ?',
      )
        .bind(solution)
        .all<{ criterion_key: string; total: number; evaluations: number }>();
      expect(Object.fromEntries(sums.results.map((s) => [s.criterion_key, s.total]))).toEqual(stored);
      expect(sums.results.every((s) => s.evaluations === 1)).toBe(true);
      expect(await count('SELECT count(*) AS n FROM evaluation_drafts WHERE solution_id = ?', solution)).toBe(0);
      suite.held(2);
    },
    RACE_TIMEOUT,
  );
});

describe('a draft saved while the complete score or the decision lands', () => {
  it(
    'a draft saved together with the complete score (two tabs, a double click) never outlives it, nor lands after the decision (was a bug: the draft upsert was unguarded)',
    async () => {
      const { moderator, owner, cluster } = await freshCast();
      const challenge = await openChallenge(owner, moderator, cluster.slug);
      const solutions: string[] = [];
      for (const name of ['Elm', 'Fir', 'Gum', 'Hazel', 'Ivy', 'Juniper'])
        solutions.push(await submitSolution(await solverOf(name), challenge));
      // Four for the HTTP races, two for the reads made stale on purpose below.
      const [scoredMeanwhile, decidedMeanwhile] = solutions.splice(4) as [string, string];
      const [juror] = (await jurors(1)) as [TestUser];
      await assignJury(owner, challenge, juror);
      await startEvaluation(owner, challenge);
      for (const s of [...solutions, scoredMeanwhile, decidedMeanwhile]) await declare(juror, s, false);

      for (const solution of solutions) {
        // The complete score among draft saves, spread a little so they land before and after it.
        const answers = await suite.race(
          Array.from(
            { length: 8 },
            (_, i) => () =>
              i === 3
                ? putEvaluation(juror, solution, { scores: scoresOf([4]) })
                : putEvaluation(juror, solution, {
                    scores: { clinical_impact: 2 },
                    comment: `draft ${i}`,
                    draft: true,
                  }),
          ),
        );
        expect(answers[3]?.status, JSON.stringify(answers[3]?.body)).toBe(200);
        for (const res of answers.filter((r, i) => i !== 3 && r.status !== 200)) {
          expect(isProblem(res, 409, 'invalid_state')).toBe(true);
          expect(res.body.current_state).toBe('scored');
        }
        // A complete score is there, so no draft may be: it would count as "started" and refill the form.
        expect(await count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', solution)).toBe(1);
        expect(await count('SELECT count(*) AS n FROM evaluation_drafts WHERE solution_id = ?', solution)).toBe(0);
        suite.held(2);
      }

      // Read before the juror's own complete score (another tab) or the decision, written after
      // either: refused, nothing saved. The record is read first, as the request would have.
      const db = createDb(env.DB);
      const stale = async (id: string) => {
        const record = await findSolution(db, signedInAs(juror), id);
        if (!record) throw new Error('solution not found');
        return record;
      };
      const draft = { scores: { feasibility: 1 }, comment: 'Halfway.' };

      const beforeScore = await stale(scoredMeanwhile);
      await must(putEvaluation(juror, scoredMeanwhile, { scores: scoresOf([5]) }));
      const afterScore = await refusal(saveDraft(db, signedInAs(juror), beforeScore, draft));
      expect(afterScore.details?.current_state).toBe('scored');
      suite.overlapped();

      const beforeDecision = await stale(decidedMeanwhile);
      await must(decide(owner, challenge, { winners: [solutions[0] as string] }));
      const afterDecision = await refusal(saveDraft(db, signedInAs(juror), beforeDecision, draft));
      expect(afterDecision.details?.current_state).toBe('decided');
      suite.overlapped();

      for (const id of [scoredMeanwhile, decidedMeanwhile]) {
        expect(await count('SELECT count(*) AS n FROM evaluation_drafts WHERE solution_id = ?', id)).toBe(0);
      }
      suite.held(2);
    },
    RACE_TIMEOUT,
  );
});

/** The DomainError a domain call threw: an invalid_state (fails the test otherwise). */
async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe('invalid_state');
  return err as DomainError;
}
