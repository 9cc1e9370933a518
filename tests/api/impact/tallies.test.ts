import { env } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { recountedTallies } from '../../../worker/domain/impact/tallies';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { addMilestone, freshCooperation, patchMilestone } from '../../helpers/cooperations';
import { decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { juryLoads } from '../../helpers/jury-loads';
import { smeTallies } from '../../helpers/sme-tallies';
import { draftSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { inStageTwo, STAGE_TWO } from '../stages/fixtures';

/**
 * The tallies kept by the writes equal the tallies counted afresh from the base tables, after any
 * sequence of the writes that change them: a need posted, sent back and posted again, published,
 * solutions submitted (at once or from a draft) and withdrawn, a challenge decided (a cooperation
 * opened), milestones recorded and changed (done or not, their date, a KPI met or not, funding).
 */
interface Model {
  cluster: { id: string; slug: string };
  inReview: string[];
  open: string[];
  /** Submitted solutions still counted, with their challenge. */
  submitted: { id: string; challenge: string; solver: number }[];
  cooperations: string[];
  milestones: { cooperation: string; id: string; kind: string; version: number; kpiMet: boolean }[];
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
    const opened = await env.DB.prepare('SELECT id FROM cooperations WHERE solution_id = ?')
      .bind(winner.id)
      .first<{ id: string }>();
    m.cooperations.push(opened?.id as string);
    // Decided solutions still count, but can no longer be withdrawn.
    m.submitted = m.submitted.filter((s) => s.challenge !== winner.challenge);
  }
  toString = () => 'decide';
}

/** Dates in three quarters, so a milestone's date can move it from one quarter to another. */
const DATES = ['2025-02-10', '2025-05-20', '2025-11-30'] as const;
const KINDS = ['pilot_start', 'pilot_end', 'kpi_result', 'follow_on_funding', 'letter_of_intent'] as const;
const STATUSES = ['done', 'planned', 'in_progress', 'cancelled'] as const;
/** Done half the time, so milestones count often. */
const status = fc.oneof(fc.constant('done' as const), fc.constantFrom(...STATUSES));

/** The fields of a kind that count, for a new milestone. */
const kindFields = (kind: string, kpiMet: boolean, amount: number, currency: string) =>
  kind === 'kpi_result'
    ? { kpi_met: kpiMet }
    : kind === 'follow_on_funding'
      ? { funding_amount_minor: amount, funding_currency: currency }
      : {};

class RecordMilestone implements Command {
  constructor(
    readonly kind: (typeof KINDS)[number],
    readonly status: (typeof STATUSES)[number],
    readonly date: string | null,
    readonly kpiMet: boolean,
    readonly amount: number,
    readonly currency: string,
  ) {}
  check = (m: Readonly<Model>) => m.cooperations.length > 0;
  async run(m: Model, r: Real) {
    const cooperation = m.cooperations[m.cooperations.length - 1] as string;
    const res = await must(
      addMilestone(r.owner, cooperation, {
        kind: this.kind,
        status: this.status,
        ...(this.date ? { achieved_on: this.date } : {}),
        ...kindFields(this.kind, this.kpiMet, this.amount, this.currency),
      }),
      201,
    );
    const known = new Set(m.milestones.map((x) => x.id));
    const added = res.body.milestones.find((x: { id: string }) => !known.has(x.id));
    m.milestones.push({ cooperation, id: added.id, kind: this.kind, version: 1, kpiMet: this.kpiMet });
  }
  toString = () => `record ${this.kind} ${this.status} ${this.date ?? 'undated'}`;
}

class ChangeMilestone implements Command {
  constructor(
    readonly pick: number,
    readonly status: (typeof STATUSES)[number] | null,
    readonly date: string | null,
    readonly flipKpi: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.milestones.length > 0;
  async run(m: Model, r: Real) {
    const milestone = m.milestones[this.pick % m.milestones.length] as Model['milestones'][number];
    const flip = this.flipKpi && milestone.kind === 'kpi_result';
    const body = {
      ...(this.status ? { status: this.status } : {}),
      ...(this.date ? { achieved_on: this.date } : {}),
      ...(flip ? { kpi_met: !milestone.kpiMet } : {}),
    };
    if (Object.keys(body).length === 0) return;
    await ok(patchMilestone(r.owner, milestone.cooperation, milestone.id, { ...body, version: milestone.version }));
    milestone.version += 1;
    if (flip) milestone.kpiMet = !milestone.kpiMet;
  }
  toString = () =>
    `change milestone ${this.pick}: ${this.status ?? '-'} ${this.date ?? '-'}${this.flipKpi ? ' kpi' : ''}`;
}

const recordMilestone = fc
  .tuple(
    fc.constantFrom(...KINDS),
    status,
    fc.option(fc.constantFrom(...DATES)),
    fc.boolean(),
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.constantFrom('EUR', 'CHF'),
  )
  .map((args) => new RecordMilestone(...args));
const changeMilestone = fc
  .tuple(fc.nat(), fc.option(status), fc.option(fc.constantFrom(...DATES)), fc.boolean())
  .map((args) => new ChangeMilestone(...args));

// Milestone writes twice each, so they come often enough to matter.
const commands = [
  fc.constant(new PostNeed()),
  fc.constant(new SendBackAndPostAgain()),
  fc.constant(new Publish()),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([solver, viaDraft]) => new Submit(solver, viaDraft)),
  fc.constant(new Withdraw()),
  fc.constant(new Decide()),
  recordMilestone,
  recordMilestone,
  changeMilestone,
  changeMilestone,
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

/** The statements of the migration whose name ends with `name` that mention `table`. */
const backfillOf = (name: string, table: string): string[] =>
  (env.TEST_MIGRATIONS.find((m) => m.name.endsWith(name))?.queries ?? []).filter((q: string) => q.includes(table));

const organizationOf = async (user: TestUser) =>
  (await env.DB.prepare('SELECT organization_id AS id FROM users WHERE id = ?').bind(user.id).first<{ id: string }>())
    ?.id;

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
    let milestoneLines = 0;
    let smeLines = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 16 }), async (cmds) => {
        const cluster = await createCluster(admin);
        const moderator = await createModerator(admin, cluster.slug);
        // One need is open from the start, so solutions can come and go from the first command.
        const first = await createDraft(real.owner, cluster.slug);
        await ok(transition(real.owner, first.id, 'submit'));
        await ok(transition(moderator, first.id, 'approve'));
        // And one cooperation is under way, so milestones can be recorded from the first command too.
        const { cooperation } = await freshCooperation(
          real.owner,
          moderator,
          cluster.slug,
          real.solvers[0] as TestUser,
        );
        // And one milestone that counts (a pilot started, done, dated), so every run has milestone
        // figures to compare whatever commands are drawn: ten runs once drew none that counted.
        const started = await must(
          addMilestone(real.owner, cooperation, { kind: 'pilot_start', status: 'done', achieved_on: DATES[0] }),
          201,
        );
        const pilot = started.body.milestones.find((x: { kind: string }) => x.kind === 'pilot_start');
        const model: Model = {
          cluster,
          inReview: [],
          open: [first.id],
          submitted: [],
          cooperations: [cooperation],
          milestones: [{ cooperation, id: pilot.id, kind: 'pilot_start', version: 1, kpiMet: false }],
        };
        await fc.asyncModelRun(() => ({ model, real: { ...real, moderator } }), cmds);
        const { kept, recounted } = await tallies(cluster.id);
        expect(kept).toEqual(recounted);
        // The distinct SMEs' tallies, kept by triggers on the organization rows (migration 0038).
        const smes = await smeTallies();
        expect(smes.kept).toEqual(smes.recounted);
        smeLines += smes.kept.length;
        const loads = await juryLoads(cluster.id);
        expect(loads.kept).toEqual(loads.recounted);
        expect(loads.jurors).toEqual(loads.jurorsRecounted);
        expect(loads.live).toEqual(loads.liveRecounted);
        counted += kept.length;
        milestoneLines += kept.filter((line) => /pilots_|kpis_met|funding_minor/.test(line)).length;
      }),
      { numRuns: 10 },
    );
    // Not vacuous: the runs wrote something that counts, milestones among it.
    expect(counted).toBeGreaterThan(0);
    expect(milestoneLines).toBeGreaterThan(0);
    expect(smeLines).toBeGreaterThan(0);
  }, 240_000);

  it('count a solution under its organization, its country and kind, and take it back when withdrawn', async () => {
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
      `${quarter} solutions_submitted org:${await organizationOf(real.solvers[0] as TestUser)} = 1`,
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
    const backfill = backfillOf('_impact.sql', 'INSERT INTO `impact_tallies`');
    expect(backfill).toHaveLength(4);
    // The organization rows came later, with migration 0020's backfill.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM impact_tallies'),
      ...[...backfill, ...backfillOf('_impact_sme_jury.sql', '`impact_tallies`')].map((q: string) => env.DB.prepare(q)),
    ]);
    const { kept, recounted } = await tallies(cluster.id);
    expect(kept).toEqual(recounted);
    expect(kept).toContain(`${kept[0]?.slice(0, 7)} solutions_submitted kind:startup = 1`);
  });

  it('count cooperation figures as migration 0019 backfills them', async () => {
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const { cooperation } = await freshCooperation(real.owner, moderator, cluster.slug, real.solvers[1] as TestUser);
    const record = (body: Record<string, unknown>) => must(addMilestone(real.owner, cooperation, body), 201);
    await record({ kind: 'pilot_start', status: 'done', achieved_on: '2025-02-10' });
    await record({ kind: 'kpi_result', status: 'done', achieved_on: '2025-05-20', kpi_met: true });
    await record({ kind: 'kpi_result', status: 'done', achieved_on: '2025-05-21', kpi_met: false });
    await record({
      kind: 'follow_on_funding',
      status: 'done',
      achieved_on: '2025-05-22',
      funding_amount_minor: 123_45,
      funding_currency: 'CHF',
    });
    await record({ kind: 'pilot_end', status: 'planned' });
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const cooperationLines = (lines: string[]) =>
      lines.filter((l) => /cooperations_|pilots_|kpis_met|funding_minor/.test(l));
    const expected = [
      `${quarter} cooperations_started  = 1`,
      '2025-Q1 pilots_started  = 1',
      '2025-Q2 funding_minor CHF = 12345',
      '2025-Q2 kpis_met  = 1',
    ].sort();
    expect(cooperationLines((await tallies(cluster.id)).kept).sort()).toEqual(expected);
    const backfill = backfillOf('_impact_cooperations.sql', '`impact_tallies`');
    expect(backfill).toHaveLength(3);
    await env.DB.batch([
      env.DB.prepare("UPDATE impact_tallies SET value = value + 7 WHERE metric = 'kpis_met'"),
      ...backfill.map((q: string) => env.DB.prepare(q)),
    ]);
    const { kept, recounted } = await tallies(cluster.id);
    expect(kept).toEqual(recounted);
    expect(cooperationLines(kept).sort()).toEqual(expected);
  });

  it('are backfilled by migrations 0020 and 0043 with the organizations and decided juries, as they are recounted', {
    timeout: 30_000,
  }, async () => {
    const f = await inStageTwo();
    await declare(f.second, f.a, false);
    await startEvaluation(f.owner, f.id);
    await evaluate(f.second, f.a, scoresOf([4, 5], STAGE_TWO));
    await ok(decide(f.owner, f.id, { winners: [f.a] }));
    const cluster = f.cluster.id;
    const before = { tallies: await tallies(cluster), loads: await juryLoads(cluster) };
    expect(before.tallies.kept.filter((l) => l.includes(' org:'))).toHaveLength(2);
    expect(before.loads.kept).toEqual([
      {
        challenge_id: f.id,
        seats: 6,
        pairs: 9,
        conflicts: 3,
        evaluations: 5,
        cluster_id: cluster,
        decided_at: expect.any(String),
      },
    ]);
    // Four jurors, six seats (two of them on both stages).
    expect(before.loads.jurors).toHaveLength(4);

    const backfill = backfillOf('_impact_sme_jury.sql', 'INSERT INTO');
    expect(backfill).toHaveLength(2);
    // 0043 copies each row's cluster and decision time into jury_figures and counts the decided jurors.
    const byDecision = [
      ...backfillOf('_jury_figures_by_decision.sql', 'UPDATE `jury_figures`'),
      ...backfillOf('_jury_figures_by_decision.sql', 'INSERT INTO `decided_jurors`'),
    ];
    expect(byDecision).toHaveLength(2);
    await env.DB.batch([
      env.DB.prepare("UPDATE impact_tallies SET value = value + 3 WHERE dimension LIKE 'org:%'"),
      env.DB.prepare('DELETE FROM jury_figures'),
      env.DB.prepare('DELETE FROM decided_jurors'),
      ...backfillOf('_impact_sme_jury.sql', 'DELETE FROM `impact_tallies`').map((q) => env.DB.prepare(q)),
      ...[...backfill, ...byDecision].map((q) => env.DB.prepare(q)),
    ]);
    expect(await tallies(cluster)).toEqual(before.tallies);
    expect(await juryLoads(cluster)).toEqual(before.loads);
  });
});
