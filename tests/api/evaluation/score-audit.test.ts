import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, putEvaluation, scoresOf, startEvaluation, withOverrides } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

interface AuditRow {
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  cluster_id: string | null;
  before: string | null;
  after: string | null;
  created_at: string;
}

/** The score entries of a solution, oldest first, with their JSON read back. */
async function scoreEntries(solutionId: string) {
  const { results } = await env.DB.prepare(
    "SELECT actor_id, action, entity_type, entity_id, cluster_id, before, after, created_at FROM audit_log WHERE entity_id = ? AND action = 'evaluation.score' ORDER BY rowid",
  )
    .bind(solutionId)
    .all<AuditRow>();
  return results.map((r) => ({
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}

async function scoredChallenge() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const [solverA, solverB] = (await Promise.all([solverOf('Cedar'), solverOf('Dogwood')])) as [TestUser, TestUser];
  const A = await submitSolution(solverA, id);
  const B = await submitSolution(solverB, id);
  const [juror] = (await jurors(1)) as [TestUser];
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  for (const s of [A, B]) await declare(juror, s, false);
  return { id, cluster, moderator, owner, juror, solverA, A, B };
}

describe('the audit trail of scores', () => {
  it('records every complete score and every change of it: who, when, before and after, not the comment', async () => {
    const { cluster, juror, A } = await scoredChallenge();
    const first = scoresOf([4, 4, 3, 3, 2, 2]);
    await must(putEvaluation(juror, A, { scores: first, comment: 'Promising; the data plan is thin.' }));
    const changed = scoresOf([5, 5, 3, 3, 2, 2]);
    await must(putEvaluation(juror, A, { scores: changed, comment: 'Pushing this one up.' }));

    const entries = await scoreEntries(A);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor_id: juror.id,
        entity_type: 'solution',
        entity_id: A,
        cluster_id: cluster.id,
      });
      expect(Date.now() - Date.parse(entry.created_at)).toBeLessThan(5 * 60_000);
      expect(JSON.stringify(entry)).not.toContain('Promising');
      expect(JSON.stringify(entry)).not.toContain('Pushing');
    }
    expect(entries[0]).toMatchObject({ before: null, after: { scores: first } });
    expect(entries[1]).toMatchObject({ before: { scores: first }, after: { scores: changed } });
  });

  it('records nothing for a draft or a refused score', async () => {
    const { id, owner, juror, B } = await scoredChallenge();
    await must(putEvaluation(juror, B, { scores: { clinical_impact: 4 }, draft: true }));
    const incomplete = await putEvaluation(juror, B, { scores: { clinical_impact: 4 } });
    expect(isProblem(incomplete, 400, 'validation_failed')).toBe(true);
    await must(api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: withOverrides({ winners: [B] }) }));
    const late = await putEvaluation(juror, B, { scores: scoresOf([5]) });
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(await scoreEntries(B)).toEqual([]);
  });

  it('under concurrent changes the entries form an unbroken chain ending at what is stored (written in the score batch)', async () => {
    const { juror, A } = await scoredChallenge();
    await must(putEvaluation(juror, A, { scores: scoresOf([2]) }));
    // Many concurrent changes by one juror: as many entries as scores that landed, and the last
    // entry's "after" is what is stored.
    const sets = Array.from({ length: 10 }, (_, i) => scoresOf([1 + (i % 5)]));
    const answers = await Promise.all(sets.map((scores) => putEvaluation(juror, A, { scores })));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const entries = await scoreEntries(A);
    expect(entries).toHaveLength(11);
    const stored = await env.DB.prepare('SELECT scores FROM evaluations WHERE solution_id = ? AND evaluator_id = ?')
      .bind(A, juror.id)
      .first<{ scores: string }>();
    expect(entries.at(-1)?.after).toEqual({ scores: JSON.parse(stored?.scores ?? 'null') });
    // Each entry's "before" is the previous entry's "after": the chain has no gap.
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.before).toEqual(entries[i - 1]?.after);
  });
});
