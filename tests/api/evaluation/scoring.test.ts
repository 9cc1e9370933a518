import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
  withOverrides,
} from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Entry, evaluationRows, freshCast, jurors, scoresView, solverOf } from './fixtures';

// Expected scores are computed by hand in the comments, with the formula given in ./ranking.test.ts.

/** JSON with sorted keys, so two score objects compare regardless of key order. */
const canonical = (value: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

describe('concurrent writes', () => {
  it('50 parallel evaluation PUTs by one evaluator leave exactly one row holding one of the submitted sets', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Whiskey');
    const S = await submitSolution(solver, id);
    const S2 = await submitSolution(solver, id, { title: 'Second solution for the declaration race' });
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);
    await declare(J, S, false);

    // 50 distinct score sets: the first three criteria run through 5·5·2 = 50 combinations.
    const sets = Array.from({ length: 50 }, (_, i) =>
      scoresOf([1 + (i % 5), 1 + (Math.floor(i / 5) % 5), 1 + Math.floor(i / 25), 1 + (i % 3), 5 - (i % 4), 3]),
    );
    expect(new Set(sets.map(canonical)).size).toBe(50);
    const responses = await Promise.all(
      sets.map((set, i) => putEvaluation(J, S, { scores: set, comment: `set ${i}` })),
    );
    responses.forEach((res, i) => {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(canonical(res.body.scores)).toBe(canonical(sets[i] as Record<string, number>));
    });

    const rows = await evaluationRows(S, J.id);
    expect(rows).toHaveLength(1);
    const stored = JSON.parse(rows[0]?.scores ?? '{}') as Record<string, number>;
    const index = sets.findIndex((set) => canonical(set) === canonical(stored));
    expect(index).toBeGreaterThanOrEqual(0);
    // Scores and comment come from the same request: no mix of two writes.
    expect(rows[0]?.comment).toBe(`set ${index}`);
    // The ranking counts it once, with exactly those scores as means.
    const res = await must(ranking(owner, id));
    expect((res.body.data as Entry[]).find((r) => r.solution_id === S)).toMatchObject({
      evaluations: 1,
      criteria: stored,
    });

    // 20 parallel conflict declarations on another solution: one row, from one of the requests.
    const sent = Array.from({ length: 20 }, (_, i) => ({ conflict: i % 2 === 0, note: `declaration ${i}` }));
    const declared = await Promise.all(
      sent.map((body) => api(`/api/v1/solutions/${S2}/conflict`, { method: 'PUT', token: J.token, body })),
    );
    for (const res of declared) expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { results } = await env.DB.prepare(
      'SELECT conflict, note FROM conflict_declarations WHERE solution_id = ? AND evaluator_id = ?',
    )
      .bind(S2, J.id)
      .all<{ conflict: number; note: string }>();
    expect(results).toHaveLength(1);
    const row = results[0] as { conflict: number; note: string };
    expect(sent).toContainEqual({ conflict: row.conflict === 1, note: row.note });
  });
});

describe('when scoring is allowed, and the public results', () => {
  it('answers 409 while the challenge is open and after the decision, naming the state', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Yankee');
    const S = await submitSolution(solver, id);
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await declare(J, S, false); // declarations are allowed while open

    const whileOpen = await putEvaluation(J, S, { scores: scoresOf([4]) });
    expect(isProblem(whileOpen, 409, 'invalid_state')).toBe(true);
    expect(whileOpen.body.current_state).toBe('open');
    expect(await evaluationRows(S, J.id)).toHaveLength(0);

    await startEvaluation(owner, id);
    await evaluate(J, S, scoresOf([4]));
    await must(api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: withOverrides({ winners: [S] }) }));

    const afterDecision = await putEvaluation(J, S, { scores: scoresOf([1]) });
    expect(isProblem(afterDecision, 409, 'invalid_state')).toBe(true);
    expect(afterDecision.body.current_state).toBe('decided');
    const rows = await evaluationRows(S, J.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.scores ?? '{}')).toEqual(scoresOf([4]));
  });

  it('does not score a withdrawn solution and leaves it out of the ranking', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [solverA, solverB] = await Promise.all([solverOf('Zulu'), solverOf('Zeta')]);
    const A = await submitSolution(solverA, id, { title: 'Zulu stays in' });
    const W = await submitSolution(solverB, id, { title: 'Zeta withdraws' });
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);
    await declare(J, A, false);
    await declare(J, W, false);
    await must(api(`/api/v1/solutions/${W}/withdraw`, { method: 'POST', token: solverB.token }));

    // DESIGN allows scoring only submitted solutions but does not say whether a withdrawn one is
    // "not visible" to the jury (404) or in the wrong state (409); the worker hides it (404).
    // Either way it is a problem document and nothing is stored.
    const res = await putEvaluation(J, W, { scores: scoresOf([5]) });
    expect([404, 409]).toContain(res.status);
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/problem\+json/);
    expect(await evaluationRows(W, J.id)).toHaveLength(0);

    await evaluate(J, A, scoresOf([2]));
    // All 2 → .25 of every weight → 25.
    expect(scoresView(await must(ranking(owner, id)))).toEqual([
      { rank: 1, solution_id: A, score: 25, evaluations: 1, criteria: scoresOf([2]) },
    ]);
    // The jury member has scored all they may (the withdrawn one does not count).
    expect((await ranking(J, id)).status).toBe(200);
  });

  it('publishes after the decision only solutions with a public summary, renumbered 1..n', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solvers = await Promise.all(['Amber', 'Basalt', 'Cobalt', 'Dune'].map(solverOf));
    const [A, B, C, D] = [
      await submitSolution(solvers[0] as TestUser, id, { title: 'Amber public', summary: 'Amber summary, public.' }),
      await submitSolution(solvers[1] as TestUser, id, {
        title: 'Basalt private title',
        summary: 'Basalt summary that must stay private.',
        summary_public: false,
      }),
      await submitSolution(solvers[2] as TestUser, id, { title: 'Cobalt public', summary: 'Cobalt summary, public.' }),
      await submitSolution(solvers[3] as TestUser, id, { title: 'Dune public', summary: 'Dune summary, unscored.' }),
    ] as [string, string, string, string];
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);

    // Not public before the decision.
    expect(isProblem(await ranking(undefined, id), 401)).toBe(true);
    expect(isProblem(await ranking(solvers[0] as TestUser, id), 404)).toBe(true);

    for (const s of [A, B, C]) await declare(J, s, false);
    await evaluate(J, A, scoresOf([5, 5, 5, 5, 5, 4])); // 100 − 10·.25 = 97.5
    await evaluate(J, B, scoresOf([5, 5, 5, 5, 5, 5])); // 100
    await evaluate(J, C, scoresOf([3])); // 50
    // Full order: B 100, A 97.5, C 50, D unscored. B's summary is private.
    expect(scoresView(await must(ranking(owner, id))).map((r) => [r.rank, r.solution_id, r.score])).toEqual([
      [1, B, 100],
      [2, A, 97.5],
      [3, C, 50],
      [4, D, null],
    ]);

    await must(
      api(`/api/v1/challenges/${id}/decision`, {
        token: owner.token,
        body: withOverrides({ winners: [B], shortlist: [A] }),
      }),
    );

    const orgs = await Promise.all(
      solvers.map(async (s) => (await must(api('/api/v1/me', { token: s.token }))).body.organization.name as string),
    );
    const expected = [
      {
        rank: 1,
        solution_id: A,
        title: 'Amber public',
        organization: orgs[0],
        score: 97.5,
        status: 'shortlisted',
        summary: 'Amber summary, public.',
      },
      {
        rank: 2,
        solution_id: C,
        title: 'Cobalt public',
        organization: orgs[2],
        score: 50,
        status: 'not_selected',
        summary: 'Cobalt summary, public.',
      },
      {
        rank: 3,
        solution_id: D,
        title: 'Dune public',
        organization: orgs[3],
        score: null,
        status: 'not_selected',
        summary: 'Dune summary, unscored.',
      },
    ];
    // Anonymous readers and signed-in outsiders get the same public results.
    const outsider = await registerUser('solver');
    for (const reader of [undefined, outsider]) {
      const pub = await must(ranking(reader, id));
      expect(pub.body.view).toBe('public');
      expect(pub.body.data).toHaveLength(3);
      expect(pub.body.data).toEqual(expected.map((row) => expect.objectContaining(row)));
      const text = JSON.stringify(pub.body);
      expect(text).not.toContain(B);
      expect(text).not.toContain('Basalt');
    }
    // The owner still has the full ranking, with the winner.
    const full = await must(ranking(owner, id));
    expect(full.body.view).toBe('full');
    expect((full.body.data as Entry[]).map((r) => [r.solution_id, r.status])).toEqual([
      [B, 'winner'],
      [A, 'shortlisted'],
      [C, 'not_selected'],
      [D, 'not_selected'],
    ]);
  });
});
