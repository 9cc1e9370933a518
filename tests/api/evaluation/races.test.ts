import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { DomainError } from '../../../worker/domain/errors';
import { decideChallenge } from '../../../worker/domain/evaluation/decision';
import { submitEvaluation } from '../../../worker/domain/evaluation/scoring';
import { findSolution } from '../../../worker/domain/solutions/read';
import { withdrawSolution as withdrawDomain } from '../../../worker/domain/solutions/write';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { interleaved, signedInAs } from '../../helpers/domain';
import {
  assignJury,
  decide,
  declare,
  evaluate,
  OVERRIDE_NOTE,
  putEvaluation,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { must } from '../../helpers/http';
import { solutionRow, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

/** A challenge in evaluation with two submitted solutions (A, B), both scored once by one juror. */
async function inEvaluation() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const [solverA, solverB] = (await Promise.all([solverOf('Alder'), solverOf('Birch')])) as [TestUser, TestUser];
  const A = await submitSolution(solverA, id);
  const B = await submitSolution(solverB, id);
  const [juror] = (await jurors(1)) as [TestUser];
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  for (const s of [A, B]) await declare(juror, s, false);
  await evaluate(juror, A, scoresOf([3]));
  await evaluate(juror, B, scoresOf([3]));
  return { id, owner, moderator, juror, solverA, solverB, A, B };
}

const later = <T>(ms: number, call: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => call().then(resolve, reject), ms));

/** The DomainError a domain call threw (fails the test if it did not throw one). */
async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

const storedScores = async (solutionId: string, evaluatorId: string) => {
  const row = await env.DB.prepare('SELECT scores FROM evaluations WHERE solution_id = ? AND evaluator_id = ?')
    .bind(solutionId, evaluatorId)
    .first<{ scores: string }>();
  return row ? (JSON.parse(row.scores) as Record<string, number>) : null;
};
/** The ranking's sums, as the published results read them. */
const sums = (solutionId: string) =>
  env.DB.prepare(
    'SELECT criterion_key, total, evaluations FROM solution_scores WHERE solution_id = ? ORDER BY criterion_key',
  )
    .bind(solutionId)
    .all()
    .then((r) => r.results);
const challengeRow = (id: string) =>
  env.DB.prepare('SELECT status, version, decided_at FROM challenges WHERE id = ?')
    .bind(id)
    .first<{ status: string; version: number; decided_at: string | null }>();
const scoreAudits = (solutionId: string) =>
  count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'evaluation.score'", solutionId);

describe('the decision against a score or a withdrawal landing at the same time', () => {
  it('a score read before the decision and written after it is refused (409) and changes nothing', async () => {
    const { id, owner, juror, A } = await inEvaluation();
    const db = createDb(env.DB);
    const record = await findSolution(db, signedInAs(juror), A);
    if (!record) throw new Error('solution not found');
    await must(decide(owner, id, { winners: [A] }));
    const [sumsAtDecision, auditsAtDecision] = [await sums(A), await scoreAudits(A)];

    const err = await refusal(submitEvaluation(db, signedInAs(juror), record, { scores: scoresOf([5]) }));
    expect(err.code).toBe('invalid_state');
    expect(err.details?.current_state).toBe('decided');
    expect(await storedScores(A, juror.id)).toEqual(scoresOf([3]));
    expect(await sums(A)).toEqual(sumsAtDecision);
    expect(await scoreAudits(A)).toBe(auditsAtDecision);
  });

  it('a withdrawal read before the decision and written after it is refused (412); the winner stays one', async () => {
    const { id, owner, solverA, A } = await inEvaluation();
    const db = createDb(env.DB);
    const record = await findSolution(db, signedInAs(solverA, { kind: 'solver' }), A);
    if (!record) throw new Error('solution not found');
    await must(decide(owner, id, { winners: [A] }));

    const err = await refusal(withdrawDomain(db, signedInAs(solverA, { kind: 'solver' }), record));
    expect(err.code).toBe('stale_version');
    expect((await solutionRow(A))?.status).toBe('winner');
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'solution.withdraw'", A),
    ).toBe(0);
  });

  it('a decision read before a named solution was withdrawn is refused (409): nothing is decided', async () => {
    const { id, owner, solverB, A, B } = await inEvaluation();
    const record = await findChallenge(createDb(env.DB), id, owner.id);
    if (!record) throw new Error('challenge not found');
    // The withdrawal lands after the decision checked its names, before its batch.
    const db = interleaved(() => must(withdrawSolution(solverB, B)));

    const err = await refusal(
      decideChallenge(db, signedInAs(owner), record, {
        winners: [A],
        shortlist: [B],
        overrides: [{ solution_id: A, note: OVERRIDE_NOTE }],
      }),
    );
    expect(err.code).toBe('invalid_state');
    expect(err.message).toContain('withdrawn or hidden while the decision was being saved');
    expect(await challengeRow(id)).toMatchObject({ status: 'evaluation', decided_at: null });
    expect((await solutionRow(A))?.status).toBe('submitted');
    expect((await solutionRow(B))?.status).toBe('withdrawn');
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'", id),
    ).toBe(0);
    expect(await count('SELECT count(*) AS n FROM notifications WHERE challenge_id = ?', id)).toBe(
      await count("SELECT count(*) AS n FROM notifications WHERE challenge_id = ? AND kind != 'results_published'", id),
    );
  });

  it('fired together, scores, a withdrawal and the decision never leave published results that differ from the scores at the decision', async () => {
    const ROUNDS = 6;
    const SCORES = 6;
    const seen = { decided: 0, refusedDecisions: 0, scoresLanded: 0, scoresRefused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { id, owner, juror, solverB, A, B } = await inEvaluation();
      const auditsBefore = await scoreAudits(A);
      const scoreSets = Array.from({ length: SCORES }, (_, i) => scoresOf([1 + (i % 5), 5 - (i % 5)]));
      // The scores spread over 100 ms, the withdrawal at 50 ms, the decision a little later each
      // round: it lands before, between or after them.
      const scoring = scoreSets.map((scores, i) => later(i * 20, () => putEvaluation(juror, A, { scores })));
      const [decision, withdrawal, ...scored] = await Promise.all([
        later(round * 20, () => decide(owner, id, { winners: [A], shortlist: [B] })),
        later(50, () => withdrawSolution(solverB, B)),
        ...scoring,
      ]);
      const row = await challengeRow(id);
      const statusB = (await solutionRow(B))?.status;
      // The decision and the withdrawal of a named solution: exactly one of them lands, whole.
      if (decision.status === 200) {
        seen.decided++;
        expect(row?.status).toBe('decided');
        expect([409, 412]).toContain(withdrawal.status);
        expect(statusB).toBe('shortlisted');
        expect((await solutionRow(A))?.status).toBe('winner');
      } else {
        seen.refusedDecisions++;
        // 409 when the withdrawal landed inside the decision's window; 400 (B is no longer a
        // submitted solution) when the decision was read after it.
        expect([400, 409], JSON.stringify(decision.body)).toContain(decision.status);
        expect(withdrawal.status).toBe(200);
        expect(row).toMatchObject({ status: 'evaluation', decided_at: null });
        expect(statusB).toBe('withdrawn');
        expect((await solutionRow(A))?.status).toBe('submitted');
      }
      // Every score either landed (200, audited) or was refused cleanly (409); never a 5xx.
      const landed = scored.filter((r) => r.status === 200);
      for (const r of scored) expect([200, 409], JSON.stringify(r.body)).toContain(r.status);
      seen.scoresLanded += landed.length;
      seen.scoresRefused += scored.length - landed.length;
      expect(await scoreAudits(A)).toBe(auditsBefore + landed.length);
      // What is stored is what the last score that landed wrote (rowid is commit order)…
      const last = await env.DB.prepare(
        "SELECT after FROM audit_log WHERE entity_id = ? AND action = 'evaluation.score' ORDER BY rowid DESC LIMIT 1",
      )
        .bind(A)
        .first<{ after: string }>();
      const stored = await storedScores(A, juror.id);
      expect(stored).toEqual(JSON.parse(last?.after ?? 'null').scores);
      // …no score landed after the decision…
      if (decision.status === 200) {
        expect(
          await count(
            `SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'evaluation.score'
              AND rowid > (SELECT rowid FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide')`,
            A,
            id,
          ),
        ).toBe(0);
      }
      // …and the published sums are exactly the stored scores.
      const expected = Object.entries(stored ?? {})
        .map(([criterion_key, total]) => ({ criterion_key, total, evaluations: 1 }))
        .sort((a, b) => a.criterion_key.localeCompare(b.criterion_key));
      expect(await sums(A)).toEqual(expected);
    }
    expect(seen.decided + seen.refusedDecisions).toBe(ROUNDS);
  }, 30_000);
});
