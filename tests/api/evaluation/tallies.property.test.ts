import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { openChallenge, transition } from '../../helpers/challenges';
import { assignJury, decide, scoresOf } from '../../helpers/evaluation';
import { type ApiResponse, api } from '../../helpers/http';
import { submitSolution, withdrawSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';
import { talliesAgree } from './recount';

/**
 * Issue 17: the per-solution tallies of the ranking (`solution_tallies`) equal a recount from the
 * raw rows (evaluations, jury, declarations, criteria: plain SQL and arithmetic in recount.ts)
 * after every step of any sequence of submissions, jury seats and removals, declarations either
 * way, scores (new and changed), withdrawals and the decision, over HTTP. A step the life cycle
 * refuses (a score before the evaluation, a juror off the jury…) changes nothing, and the
 * tallies must still agree; none may fail with a 5xx.
 */
interface Model {
  id: string;
  solutions: { id: string; solver: number }[];
}
interface Real {
  owner: TestUser;
  moderator: TestUser;
  solvers: TestUser[];
  jurors: TestUser[];
  seated: Set<number>;
}
type Command = fc.AsyncCommand<Model, Real>;

let steps = 0;
let scored = 0;
/** No 5xx, and the tallies agree with the recount once the step is done. */
async function settled(m: Model, res: ApiResponse | null, step: string) {
  if (res) expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
  const { kept, recounted } = await talliesAgree(m.id);
  expect(kept, step).toEqual(recounted);
  steps += 1;
  scored = Math.max(scored, kept.length);
}

class Submit implements Command {
  constructor(readonly solver: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    try {
      m.solutions.push({ id: await submitSolution(r.solvers[this.solver] as TestUser, m.id), solver: this.solver });
    } catch {
      // Submissions closed when the evaluation started: nothing changed.
    }
    await settled(m, null, this.toString());
  }
  toString = () => `submit by solver ${this.solver}`;
}

class Seat implements Command {
  constructor(readonly juror: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    if (!r.seated.has(this.juror)) {
      try {
        await assignJury(r.owner, m.id, r.jurors[this.juror] as TestUser);
        r.seated.add(this.juror);
      } catch {
        // Refused by the life cycle (decided): nothing changed.
      }
    }
    await settled(m, null, this.toString());
  }
  toString = () => `seat juror ${this.juror}`;
}

class Unseat implements Command {
  constructor(readonly juror: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const juror = r.jurors[this.juror] as TestUser;
    const res = await api(`/api/v1/challenges/${m.id}/evaluators/${juror.id}`, {
      method: 'DELETE',
      token: r.owner.token,
    });
    if (res.status < 300) r.seated.delete(this.juror);
    await settled(m, res, this.toString());
  }
  toString = () => `unseat juror ${this.juror}`;
}

class StartEvaluation implements Command {
  check = (m: Readonly<Model>) => m.solutions.length > 0;
  async run(m: Model, r: Real) {
    await settled(m, await transition(r.owner, m.id, 'start_evaluation'), this.toString());
  }
  toString = () => 'start the evaluation';
}

class Declare implements Command {
  constructor(
    readonly juror: number,
    readonly solution: number,
    readonly conflict: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.solutions.length > 0;
  async run(m: Model, r: Real) {
    const s = m.solutions[this.solution % m.solutions.length] as Model['solutions'][number];
    const res = await api(`/api/v1/solutions/${s.id}/conflict`, {
      method: 'PUT',
      token: (r.jurors[this.juror] as TestUser).token,
      body: { conflict: this.conflict },
    });
    await settled(m, res, this.toString());
  }
  toString = () => `juror ${this.juror} declares ${this.conflict ? 'a' : 'no'} conflict on solution ${this.solution}`;
}

class Score implements Command {
  constructor(
    readonly juror: number,
    readonly solution: number,
    readonly values: number[],
  ) {}
  check = (m: Readonly<Model>) => m.solutions.length > 0;
  async run(m: Model, r: Real) {
    const s = m.solutions[this.solution % m.solutions.length] as Model['solutions'][number];
    const juror = r.jurors[this.juror] as TestUser;
    // Declaring no conflict first, as a juror must; a declared conflict stays (the score is refused).
    await api(`/api/v1/solutions/${s.id}/conflict`, { method: 'PUT', token: juror.token, body: { conflict: false } });
    const res = await api(`/api/v1/solutions/${s.id}/evaluation`, {
      method: 'PUT',
      token: juror.token,
      body: { scores: scoresOf(this.values) },
    });
    await settled(m, res, this.toString());
  }
  toString = () => `juror ${this.juror} scores solution ${this.solution} ${this.values.join('')}`;
}

class Withdraw implements Command {
  constructor(readonly solution: number) {}
  check = (m: Readonly<Model>) => m.solutions.length > 0;
  async run(m: Model, r: Real) {
    const s = m.solutions[this.solution % m.solutions.length] as Model['solutions'][number];
    await settled(m, await withdrawSolution(r.solvers[s.solver], s.id), this.toString());
  }
  toString = () => `withdraw solution ${this.solution}`;
}

class Decide implements Command {
  constructor(readonly solution: number) {}
  check = (m: Readonly<Model>) => m.solutions.length > 0;
  async run(m: Model, r: Real) {
    const s = m.solutions[this.solution % m.solutions.length] as Model['solutions'][number];
    await settled(m, await decide(r.owner, m.id, { winners: [s.id], shortlist: [] }), this.toString());
  }
  toString = () => `decide for solution ${this.solution}`;
}

const JURORS = 3;
const SOLVERS = 3;
const juror = fc.nat({ max: JURORS - 1 });
const solution = fc.nat({ max: 5 });
const commands = [
  fc.nat({ max: SOLVERS - 1 }).map((s) => new Submit(s)),
  juror.map((j) => new Seat(j)),
  juror.map((j) => new Unseat(j)),
  fc.constant(new StartEvaluation()),
  fc.tuple(juror, solution, fc.boolean()).map(([j, s, c]) => new Declare(j, s, c)),
  fc
    .tuple(juror, solution, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }))
    .map(([j, s, v]) => new Score(j, s, v)),
  fc
    .tuple(juror, solution, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }))
    .map(([j, s, v]) => new Score(j, s, v)),
  solution.map((s) => new Withdraw(s)),
  solution.map((s) => new Decide(s)),
];

describe('per-solution tallies of the ranking', () => {
  it('equal a recount from the raw rows after every step of random sequences over HTTP', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const solvers = await Promise.all(Array.from({ length: SOLVERS }, (_, i) => solverOf(`Solver ${i}`)));
    const people = await jurors(JURORS);
    /** One sequence on a new challenge with two solutions and two jurors seated from the start. */
    async function run(cmds: Iterable<Command>, started: boolean) {
      const id = await openChallenge(owner, moderator, cluster.slug);
      const model: Model = { id, solutions: [] };
      for (const s of [0, 1]) model.solutions.push({ id: await submitSolution(solvers[s] as TestUser, id), solver: s });
      const real: Real = { owner, moderator, solvers, jurors: people, seated: new Set() };
      for (const j of [0, 1]) {
        await assignJury(owner, id, people[j] as TestUser);
        real.seated.add(j);
      }
      // Half the runs start in evaluation; the others submit first and start with a step.
      if (started) await transition(owner, id, 'start_evaluation');
      await fc.asyncModelRun(() => ({ model, real }), cmds);
    }
    // A known sequence first, so the property is never vacuous whatever the random runs draw:
    // scores, a change of mind, a conflict declared after scoring, a withdrawal and the decision.
    await run(
      [
        new Score(0, 0, [5, 4, 3, 2, 1, 5]),
        new Score(1, 0, [3, 3, 3, 3, 3, 3]),
        new Score(0, 1, [1, 2, 3, 4, 5, 1]),
        new Score(0, 0, [1, 1, 1, 1, 1, 1]),
        new Declare(1, 0, true),
        new Withdraw(1),
        new Decide(0),
      ],
      true,
    );
    expect(scored).toBeGreaterThan(0);
    await fc.assert(fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), fc.boolean(), run), { numRuns: 4 });
    expect(steps).toBeGreaterThan(10);
  }, 300_000);
});
