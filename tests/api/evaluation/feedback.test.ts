import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { feedbackFor } from '../../../worker/domain/evaluation/feedback';
import { createWorld, registerUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { fullScans, recordingD1 } from '../../helpers/query-plan';
import { submitSolution } from '../../helpers/solutions';

const CHALLENGE = '01900000-0000-7000-8000-0000000000c1';
const SOLUTION = '01900000-0000-7000-8000-0000000000d1';

/**
 * Issue 17: a solution's feedback is read from its own tallies, not by ranking the whole
 * challenge; what its team sees must stay what the full ranking says of it.
 */
describe("one solution's feedback", () => {
  it('shows the figures the full ranking has for each solution', { timeout: 60_000 }, async () => {
    const world = await createWorld();
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { share_feedback: true });
    const solutions: string[] = [];
    for (let i = 0; i < 5; i++) solutions.push(await submitSolution(solver, id, { title: `Feedback ${i + 1}` }));
    const jurors = await Promise.all([1, 2, 3].map(() => registerUser('clinician')));
    for (const j of jurors) await assignJury(clinician, id, j);
    await startEvaluation(clinician, id);
    // Varied scores, a conflict (its evaluation never counts) and one solution nobody scored.
    const [a, b, c] = jurors as [(typeof jurors)[number], (typeof jurors)[number], (typeof jurors)[number]];
    for (const s of solutions.slice(0, 4)) for (const j of jurors) await declare(j, s, j === c && s === solutions[1]);
    await declare(a, solutions[4]!, false);
    await evaluate(a, solutions[0]!, scoresOf([5, 4, 3, 4, 5, 2]), 'Strong case.');
    await evaluate(b, solutions[0]!, scoresOf([3]), 'Needs data.');
    await evaluate(c, solutions[0]!, scoresOf([2, 3, 4, 5, 1, 2]));
    await evaluate(a, solutions[1]!, scoresOf([4]));
    await evaluate(b, solutions[1]!, scoresOf([1, 2, 3, 4, 5, 5]), 'Interesting.');
    await evaluate(a, solutions[2]!, scoresOf([2]));
    await evaluate(b, solutions[3]!, scoresOf([5]));
    await evaluate(c, solutions[3]!, scoresOf([4, 4, 4, 4, 4, 1]));
    await must(decide(moderator, id, { winners: [solutions[0]], shortlist: [solutions[3]] }));

    const ranking = await must(api(`/api/v1/challenges/${id}/ranking?limit=50`, { token: clinician.token }));
    const entries = new Map(
      (ranking.body.data as { solution_id: string; score: number | null; evaluations: number; criteria: object }[]).map(
        (e) => [e.solution_id, e],
      ),
    );
    expect(entries.size).toBe(5);
    for (const s of solutions) {
      const mine = await must(api(`/api/v1/solutions/${s}`, { token: solver.token }));
      const entry = entries.get(s);
      expect(mine.body.feedback, s).toMatchObject({
        score: entry?.score,
        evaluations: entry?.evaluations,
        criteria: entry?.criteria,
      });
    }
    // The figures are those of the whole ranking, not a constant: a scored and an unscored solution differ.
    expect(entries.get(solutions[0]!)?.evaluations).toBe(3);
    expect(entries.get(solutions[1]!)?.evaluations).toBe(2);
    expect(entries.get(solutions[4]!)).toMatchObject({ score: null, evaluations: 0, criteria: {} });
  });

  it("reads one solution by key, and neither the challenge's solutions nor its tallies whole", async () => {
    const { d1, statements } = recordingD1();
    await feedbackFor(createDb(d1), CHALLENGE, SOLUTION);
    expect(statements).toHaveLength(2);
    // Ranking the challenge searched its solutions (or tallies) by the challenge alone: every one of them.
    const wholeChallenge = (detail: string) => /\(challenge_id=\?(?: AND stage=\?)?\)/.test(detail);
    expect(await fullScans(statements, wholeChallenge)).toEqual([]);
    // And the plan reads the solution by its key.
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${statements[0]!.sql}`)
      .bind(...statements[0]!.params)
      .all<{ detail: string }>();
    const steps = plan.results.map((r) => r.detail);
    expect(
      steps.some((d) => /^SEARCH solutions .*\bid=\?\)/.test(d)),
      steps.join('\n'),
    ).toBe(true);
  });
});
