import { env } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge, transition } from '../../helpers/challenges';
import { declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { hideSolution, solutionBody, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { joinTeam, removeMember } from '../../helpers/team';
import { unique } from '../../helpers/unique';
import { inStageTwo, STAGE_TWO } from '../stages/fixtures';
import { freshCast } from './fixtures';

/**
 * The jury's progress kept in `jury_progress` (issue 17, migration 0026) equals a recount from the
 * raw rows after any sequence of the writes that change it, made over HTTP: seats given and taken,
 * declarations either way, scores, solutions submitted, withdrawn and hidden, a team member from a
 * juror's organization joining and leaving (an automatic recusal), the challenge moving to
 * evaluation. The recount is plain SQL, written apart from the triggers; the jury API must answer
 * it too. The solutions in the running of each stage (`challenge_tallies`, migration 0029: what
 * each member has to get through) are recounted the same way after the same writes.
 */
const RECOUNT = `
  WITH running AS (
    SELECT s.id AS solution_id, a.stage AS stage
    FROM solutions s JOIN (SELECT DISTINCT challenge_id, stage FROM evaluator_assignments) a ON a.challenge_id = s.challenge_id
    WHERE s.challenge_id = ?1 AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL
      AND (a.stage = 1 OR s.id IN (SELECT solution_id FROM solution_stages WHERE stage = a.stage AND submitted_at IS NOT NULL))
  ),
  declared AS (
    SELECT d.evaluator_id, d.stage, count(*) AS declared, sum(d.conflict) AS conflicts
    FROM conflict_declarations d JOIN running r ON r.solution_id = d.solution_id AND r.stage = d.stage
    GROUP BY d.evaluator_id, d.stage
  ),
  scored AS (
    SELECT e.evaluator_id, e.stage, count(*) AS scored
    FROM evaluations e JOIN running r ON r.solution_id = e.solution_id AND r.stage = e.stage
    LEFT JOIN conflict_declarations d ON d.solution_id = e.solution_id AND d.stage = e.stage AND d.evaluator_id = e.evaluator_id
    WHERE coalesce(d.conflict, 0) = 0
    GROUP BY e.evaluator_id, e.stage
  )
  SELECT a.stage, a.user_id, coalesce(d.declared, 0) AS declared, coalesce(d.conflicts, 0) AS conflicts,
    coalesce(s.scored, 0) AS scored
  FROM evaluator_assignments a
  LEFT JOIN declared d ON d.evaluator_id = a.user_id AND d.stage = a.stage
  LEFT JOIN scored s ON s.evaluator_id = a.user_id AND s.stage = a.stage
  WHERE a.challenge_id = ?1
  ORDER BY a.stage, a.user_id`;

interface Progress {
  stage: number;
  user_id: string;
  declared: number;
  conflicts: number;
  scored: number;
}

const recount = async (challengeId: string) =>
  (await env.DB.prepare(RECOUNT).bind(challengeId).all<Progress>()).results;
const tallies = async (challengeId: string) =>
  (
    await env.DB.prepare(
      'SELECT stage, user_id, declared, conflicts, scored FROM jury_progress WHERE challenge_id = ? ORDER BY stage, user_id',
    )
      .bind(challengeId)
      .all<Progress>()
  ).results;

/**
 * The solutions in the running of each stage of the challenge that has any (`challenge_tallies`,
 * migration 0029), recounted: a ranked status, not hidden, and for a later stage a submitted
 * solution_stages row of it. A stage none is in has no row, or a row of 0.
 */
const RUNNING = `
  SELECT 1 AS stage, count(*) AS running FROM solutions s
  WHERE s.challenge_id = ?1 AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL
  UNION ALL
  SELECT st.stage, count(*) FROM solution_stages st JOIN solutions s ON s.id = st.solution_id
  WHERE s.challenge_id = ?1 AND st.stage > 1 AND st.submitted_at IS NOT NULL
    AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL
  GROUP BY st.stage`;

interface Running {
  stage: number;
  running: number;
}

const withoutEmpty = (rows: Running[]) => rows.filter((r) => r.running !== 0).sort((a, b) => a.stage - b.stage);
const recountRunning = async (challengeId: string) =>
  withoutEmpty((await env.DB.prepare(RUNNING).bind(challengeId).all<Running>()).results);
const keptRunning = async (challengeId: string) =>
  withoutEmpty(
    (
      await env.DB.prepare('SELECT stage, running FROM challenge_tallies WHERE challenge_id = ?')
        .bind(challengeId)
        .all<Running>()
    ).results,
  );

/** What the jury API answers for one stage, in the recount's shape. */
async function answered(manager: TestUser, challengeId: string, stage: number) {
  const res = await must(api(`/api/v1/challenges/${challengeId}/evaluators?stage=${stage}`, { token: manager.token }));
  return (res.body.data as Progress[])
    .map(({ user_id, declared, conflicts, scored }) => ({ stage, user_id, declared, conflicts, scored }))
    .sort((a, b) => (a.user_id < b.user_id ? -1 : 1));
}

/** The tally, the recount and the API agree. */
async function expectTallied(manager: TestUser, challengeId: string) {
  const counted = await recount(challengeId);
  expect(await tallies(challengeId)).toEqual(counted);
  expect(await keptRunning(challengeId)).toEqual(await recountRunning(challengeId));
  for (const stage of new Set(counted.map((r) => r.stage))) {
    expect(await answered(manager, challengeId, stage)).toEqual(counted.filter((r) => r.stage === stage));
  }
  return counted;
}

type Step =
  | { kind: 'seat' | 'unseat'; juror: number }
  | { kind: 'declare'; juror: number; solution: number; conflict: boolean }
  | { kind: 'score'; juror: number; solution: number }
  | { kind: 'submit'; solver: number }
  | { kind: 'withdraw' | 'hide' | 'recuse' | 'unrecuse'; solution: number }
  | { kind: 'evaluate' };

const JURORS = 3;
const SOLVERS = 2;
const juror = fc.nat(JURORS - 1);
const solution = fc.nat(5);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('seat' as const, 'unseat' as const), juror }),
  {
    arbitrary: fc.record({ kind: fc.constant('declare' as const), juror, solution, conflict: fc.boolean() }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('score' as const), juror, solution }), weight: 3 },
  fc.record({ kind: fc.constant('submit' as const), solver: fc.nat(SOLVERS - 1) }),
  fc.record({ kind: fc.constantFrom('withdraw' as const, 'hide' as const), solution }),
  fc.record({ kind: fc.constantFrom('recuse' as const, 'unrecuse' as const), solution }),
  fc.record({ kind: fc.constant('evaluate' as const) }),
);

/** One sequence in which every kind of write takes effect, run besides the random ones. */
const EVERY_KIND: Step[] = [
  { kind: 'seat', juror: 2 },
  { kind: 'declare', juror: 0, solution: 0, conflict: false },
  { kind: 'declare', juror: 0, solution: 1, conflict: false },
  { kind: 'declare', juror: 1, solution: 0, conflict: true },
  { kind: 'declare', juror: 1, solution: 1, conflict: false },
  { kind: 'submit', solver: 0 },
  { kind: 'declare', juror: 0, solution: 2, conflict: false },
  { kind: 'recuse', solution: 0 },
  { kind: 'evaluate' },
  { kind: 'score', juror: 0, solution: 1 },
  { kind: 'score', juror: 1, solution: 1 },
  { kind: 'score', juror: 0, solution: 2 },
  { kind: 'withdraw', solution: 2 },
  { kind: 'declare', juror: 1, solution: 1, conflict: true },
  { kind: 'unrecuse', solution: 0 },
  { kind: 'hide', solution: 0 },
  { kind: 'unseat', juror: 1 },
];

describe('jury progress tally', () => {
  let cast: Awaited<ReturnType<typeof freshCast>>;
  let jurors: TestUser[];
  let solvers: TestUser[];
  let colleague: TestUser;
  beforeAll(async () => {
    cast = await freshCast();
    const organization = `Orion Clinic ${unique()}`;
    jurors = await Promise.all([
      registerUser('clinician', { organization: { name: organization, kind: 'hospital', country: 'DE' } }),
      registerUser('clinician'),
      registerUser('clinician'),
    ]);
    solvers = await Promise.all(Array.from({ length: SOLVERS }, () => registerUser('solver')));
    // From the first juror's organization: on a team, they recuse that juror from its solution.
    colleague = await registerUser('solver', { organization: { name: organization, kind: 'startup', country: 'DE' } });
  });

  it('equals a recount from the raw rows after random sequences of writes, and the jury API answers it', async () => {
    const done: Record<string, number> = {};
    const seen = { declared: 0, conflicts: 0, scored: 0, running: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 16 }), async (steps) => {
        const { owner, moderator, cluster } = cast;
        const id = await openChallenge(owner, moderator, cluster.slug);
        const solutions = [
          { id: await submitSolution(solvers[0] as TestUser, id), solver: 0 },
          { id: await submitSolution(solvers[1] as TestUser, id), solver: 1 },
        ];
        await must(
          api(`/api/v1/challenges/${id}/evaluators/${jurors[0]?.id}`, { method: 'PUT', token: moderator.token }),
        );
        await must(
          api(`/api/v1/challenges/${id}/evaluators/${jurors[1]?.id}`, { method: 'PUT', token: moderator.token }),
        );
        for (const s of steps) {
          const sol = 'solution' in s ? solutions[s.solution % solutions.length] : undefined;
          const j = 'juror' in s ? (jurors[s.juror] as TestUser) : undefined;
          const submitter = sol ? (solvers[sol.solver] as TestUser) : undefined;
          let status = 0;
          if (s.kind === 'seat' || s.kind === 'unseat') {
            status = (
              await api(`/api/v1/challenges/${id}/evaluators/${j?.id}`, {
                method: s.kind === 'seat' ? 'PUT' : 'DELETE',
                token: moderator.token,
              })
            ).status;
          } else if (s.kind === 'declare' && sol && j) {
            status = (
              await api(`/api/v1/solutions/${sol.id}/conflict`, {
                method: 'PUT',
                token: j.token,
                body: { conflict: s.conflict },
              })
            ).status;
          } else if (s.kind === 'score' && sol && j) {
            status = (
              await api(`/api/v1/solutions/${sol.id}/evaluation`, {
                method: 'PUT',
                token: j.token,
                body: { scores: scoresOf([1 + (s.juror % 5)]) },
              })
            ).status;
          } else if (s.kind === 'submit') {
            const res = await api(`/api/v1/challenges/${id}/solutions`, {
              token: (solvers[s.solver] as TestUser).token,
              body: { ...solutionBody({ title: `Another ${unique()}` }), submit: true },
            });
            if (res.status === 201) solutions.push({ id: res.body.id, solver: s.solver });
            status = res.status;
          } else if (s.kind === 'withdraw' && sol && submitter) {
            status = (await withdrawSolution(submitter, sol.id)).status;
          } else if (s.kind === 'hide' && sol) {
            status = await hideSolution(owner, moderator, sol.id).then(
              () => 200,
              () => 0,
            );
          } else if (s.kind === 'recuse' && sol && submitter) {
            status = await joinTeam(submitter, sol.id, colleague).then(
              () => 200,
              () => 0,
            );
          } else if (s.kind === 'unrecuse' && sol && submitter) {
            status = (await removeMember(submitter, sol.id, colleague.id)).status;
          } else if (s.kind === 'evaluate') {
            status = (await transition(owner, id, 'start_evaluation')).status;
          }
          // Each step is tried whatever the state; what it is refused (404, 409…) must change nothing.
          expect(status).toBeLessThan(500);
          if (status >= 200 && status < 300) done[s.kind] = (done[s.kind] ?? 0) + 1;
        }
        for (const row of await expectTallied(moderator, id)) {
          seen.declared += row.declared;
          seen.conflicts += row.conflicts;
          seen.scored += row.scored;
        }
        for (const row of await keptRunning(id)) seen.running += row.running;
      }),
      { numRuns: 6, examples: [[EVERY_KIND]] },
    );
    // Not vacuous: the sequences did change what is counted, every kind of write took effect at least once.
    expect(seen.declared).toBeGreaterThan(0);
    expect(seen.scored).toBeGreaterThan(0);
    expect(seen.running).toBeGreaterThan(0);
    for (const kind of ['seat', 'unseat', 'declare', 'score', 'submit', 'withdraw', 'recuse', 'evaluate']) {
      expect(done[kind], kind).toBeGreaterThan(0);
    }
  }, 180_000);

  it('follows a later stage: its cohort (solution_stages), its seats taken ahead, its declarations and scores', async () => {
    const world = await inStageTwo();
    await expectTallied(world.owner, world.id);
    await must(transition(world.owner, world.id, 'start_evaluation'));
    await declare(world.second, world.a, false);
    await declare(world.both, world.a, true);
    await evaluate(world.second, world.a, scoresOf([4, 5], STAGE_TWO));
    const counted = await expectTallied(world.owner, world.id);
    expect(counted.find((r) => r.stage === 2 && r.user_id === world.second.id)).toMatchObject({
      declared: 1,
      conflicts: 0,
      scored: 1,
    });
    expect(counted.find((r) => r.stage === 2 && r.user_id === world.both.id)).toMatchObject({
      declared: 1,
      conflicts: 1,
      scored: 0,
    });
    // A seat taken and given back again is counted afresh from the rows kept meanwhile.
    await must(
      api(`/api/v1/challenges/${world.id}/evaluators/${world.second.id}?stage=2`, {
        method: 'DELETE',
        token: world.owner.token,
      }),
      204,
    );
    expect((await tallies(world.id)).some((r) => r.user_id === world.second.id && r.stage === 2)).toBe(false);
    await must(
      api(`/api/v1/challenges/${world.id}/evaluators/${world.second.id}?stage=2`, {
        method: 'PUT',
        token: world.moderator.token,
      }),
    );
    expect(
      (await expectTallied(world.owner, world.id)).find((r) => r.stage === 2 && r.user_id === world.second.id),
    ).toMatchObject({ declared: 1, scored: 1 });
  });
});
