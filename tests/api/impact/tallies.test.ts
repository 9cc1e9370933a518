import { env } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { recountedTallies } from '../../../worker/domain/impact/tallies';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { decide } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { draftSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

/**
 * The tallies kept by the writes equal the tallies counted afresh from the base tables, after any
 * sequence of the writes that change them: a need posted, sent back and posted again, published,
 * solutions submitted (at once or from a draft) and withdrawn, a challenge decided.
 */
interface Model {
  cluster: { id: string; slug: string };
  inReview: string[];
  open: string[];
  /** Submitted solutions still counted, with their challenge. */
  submitted: { id: string; challenge: string; solver: number }[];
}
interface Real {
  owner: TestUser;
  moderator: TestUser;
  solvers: TestUser[];
}

type Command = fc.AsyncCommand<Model, Real>;
const ok = async (res: ReturnType<typeof api>) => must(res, 200);

class PostNeed implements Command {
  check = () => true;
  async run(m: Model, r: Real) {
    const draft = await createDraft(r.owner, m.cluster.slug);
    await ok(transition(r.owner, draft.id, 'submit'));
    m.inReview.push(draft.id);
  }
  toString = () => 'post';
}

class SendBackAndPostAgain implements Command {
  check = (m: Readonly<Model>) => m.inReview.length > 0;
  async run(m: Model, r: Real) {
    const id = m.inReview[0] as string;
    await ok(transition(r.moderator, id, 'request_changes', 'Say more about the patients.'));
    await ok(transition(r.owner, id, 'submit'));
  }
  toString = () => 'send back and post again';
}

class Publish implements Command {
  check = (m: Readonly<Model>) => m.inReview.length > 0;
  async run(m: Model, r: Real) {
    const id = m.inReview.shift() as string;
    await ok(transition(r.moderator, id, 'approve'));
    m.open.push(id);
  }
  toString = () => 'publish';
}

class Submit implements Command {
  constructor(
    readonly solver: number,
    readonly viaDraft: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.open.length > 0;
  async run(m: Model, r: Real) {
    const challenge = m.open[m.open.length - 1] as string;
    const solver = r.solvers[this.solver] as TestUser;
    let id: string;
    if (this.viaDraft) {
      id = await draftSolution(solver, challenge);
      await ok(api(`/api/v1/solutions/${id}/submit`, { method: 'POST', token: solver.token }));
    } else {
      id = await submitSolution(solver, challenge);
    }
    m.submitted.push({ id, challenge, solver: this.solver });
  }
  toString = () => `submit by solver ${this.solver}${this.viaDraft ? ' from a draft' : ''}`;
}

class Withdraw implements Command {
  check = (m: Readonly<Model>) => m.submitted.length > 0;
  async run(m: Model, r: Real) {
    const solution = m.submitted.shift() as Model['submitted'][number];
    await ok(withdrawSolution(r.solvers[solution.solver], solution.id));
  }
  toString = () => 'withdraw';
}

class Decide implements Command {
  check = (m: Readonly<Model>) => m.submitted.some((s) => m.open.includes(s.challenge));
  async run(m: Model, r: Real) {
    const winner = m.submitted.find((s) => m.open.includes(s.challenge)) as Model['submitted'][number];
    await ok(transition(r.moderator, winner.challenge, 'start_evaluation'));
    await ok(decide(r.moderator, winner.challenge, { winners: [winner.id], shortlist: [] }));
    m.open = m.open.filter((id) => id !== winner.challenge);
    // Decided solutions still count, but can no longer be withdrawn.
    m.submitted = m.submitted.filter((s) => s.challenge !== winner.challenge);
  }
  toString = () => 'decide';
}

const commands = [
  fc.constant(new PostNeed()),
  fc.constant(new SendBackAndPostAgain()),
  fc.constant(new Publish()),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([solver, viaDraft]) => new Submit(solver, viaDraft)),
  fc.constant(new Withdraw()),
  fc.constant(new Decide()),
];

/** Non-zero tallies of a cluster as `quarter metric dimension = value` lines, kept or recounted. */
async function tallies(clusterId: string) {
  const db = createDb(env.DB);
  const kept = await db.all<{ line: string }>(
    sql`SELECT quarter || ' ' || metric || ' ' || dimension || ' = ' || value AS line FROM impact_tallies
      WHERE cluster_id = ${clusterId} AND value <> 0 ORDER BY 1`,
  );
  const recounted = await db.all<{ line: string }>(
    sql`SELECT quarter || ' ' || metric || ' ' || dimension || ' = ' || value AS line FROM (${recountedTallies()})
      WHERE cluster_id = ${clusterId} ORDER BY 1`,
  );
  return { kept: kept.map((r) => r.line), recounted: recounted.map((r) => r.line) };
}

let admin: TestUser;
let real: Real;
beforeAll(async () => {
  admin = await createAdmin();
  const [owner, ...solvers] = await Promise.all([
    registerUser('clinician'),
    registerUser('solver', { organization: { name: `SME ${unique()}`, kind: 'sme', country: 'DE' } }),
    registerUser('solver', { organization: { name: `Startup ${unique()}`, kind: 'startup', country: 'AT' } }),
    registerUser('solver'),
  ]);
  real = { owner: owner as TestUser, moderator: admin, solvers };
});

describe('impact tallies', () => {
  it('equal a recount from the base tables after any sequence of writes', async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const cluster = await createCluster(admin);
        const moderator = await createModerator(admin, cluster.slug);
        // One need is open from the start, so solutions can come and go from the first command.
        const first = await createDraft(real.owner, cluster.slug);
        await ok(transition(real.owner, first.id, 'submit'));
        await ok(transition(moderator, first.id, 'approve'));
        const model: Model = { cluster, inReview: [], open: [first.id], submitted: [] };
        await fc.asyncModelRun(() => ({ model, real: { ...real, moderator } }), cmds);
        const { kept, recounted } = await tallies(cluster.id);
        expect(kept).toEqual(recounted);
        counted += kept.length;
      }),
      { numRuns: 10 },
    );
    // Not vacuous: the runs wrote something that counts.
    expect(counted).toBeGreaterThan(0);
  }, 240_000);

  it('count a solution under its organization country and kind, and take it back when withdrawn', async () => {
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const draft = await createDraft(real.owner, cluster.slug);
    await ok(transition(real.owner, draft.id, 'submit'));
    await ok(transition(moderator, draft.id, 'approve'));
    const id = await submitSolution(real.solvers[0] as TestUser, draft.id);
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    expect((await tallies(cluster.id)).kept).toEqual([
      `${quarter} needs_posted  = 1`,
      `${quarter} needs_published  = 1`,
      `${quarter} solutions_submitted  = 1`,
      `${quarter} solutions_submitted country:DE = 1`,
      `${quarter} solutions_submitted kind:sme = 1`,
    ]);
    await ok(withdrawSolution(real.solvers[0], id));
    expect((await tallies(cluster.id)).kept).toEqual([
      `${quarter} needs_posted  = 1`,
      `${quarter} needs_published  = 1`,
    ]);
  });

  it('are backfilled by migration 0015 exactly as they are recounted', async () => {
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const draft = await createDraft(real.owner, cluster.slug);
    await ok(transition(real.owner, draft.id, 'submit'));
    await ok(transition(moderator, draft.id, 'approve'));
    await submitSolution(real.solvers[1] as TestUser, draft.id);
    await submitSolution(real.solvers[2] as TestUser, draft.id);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.endsWith('_impact.sql'));
    const backfill = (migration?.queries ?? []).filter((q: string) => q.includes('INSERT INTO `impact_tallies`'));
    expect(backfill).toHaveLength(4);
    await env.DB.batch([
      env.DB.prepare('DELETE FROM impact_tallies'),
      ...backfill.map((q: string) => env.DB.prepare(q)),
    ]);
    const { kept, recounted } = await tallies(cluster.id);
    expect(kept).toEqual(recounted);
    expect(kept).toContain(`${kept[0]?.slice(0, 7)} solutions_submitted kind:startup = 1`);
  });
});
