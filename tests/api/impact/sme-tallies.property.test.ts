import { env } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { solutions } from '../../../worker/db/schema';
import { SME } from '../../../worker/domain/impact/smes';
import { quarterSql, recountTallies, tallySolution } from '../../../worker/domain/impact/tallies';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { smeTallies } from '../../helpers/sme-tallies';
import { submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

/**
 * Issue 17: the distinct SMEs of the impact figures are sums over `impact_sme_tallies`, kept by
 * triggers (migration 0038). After every step of random sequences of submissions (over HTTP, then
 * moved to one of four quarters by the same tally writes a submission makes), withdrawals, changes
 * of an organization's size (in or out of the SMEs) and full recounts (the seed's), the kept
 * tallies equal a recount from the solutions and organizations; and at the end of each sequence,
 * for every range of those quarters, a cluster's and the network's dashboards give the distinct
 * SMEs counted from the raw rows — across quarters too, where a sum of each quarter's would count
 * an organization once per quarter.
 */
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'] as const;
type Quarter = (typeof QUARTERS)[number];
const MIDDLE: Record<Quarter, string> = {
  '2025-Q1': '2025-02-14T12:00:00.000Z',
  '2025-Q2': '2025-05-14T12:00:00.000Z',
  '2025-Q3': '2025-08-14T12:00:00.000Z',
  '2025-Q4': '2025-11-14T12:00:00.000Z',
};
const FIRST_DAY: Record<Quarter, string> = {
  '2025-Q1': '2025-01-01',
  '2025-Q2': '2025-04-01',
  '2025-Q3': '2025-07-01',
  '2025-Q4': '2025-10-01',
};
const LAST_DAY: Record<Quarter, string> = {
  '2025-Q1': '2025-03-31',
  '2025-Q2': '2025-06-30',
  '2025-Q3': '2025-09-30',
  '2025-Q4': '2025-12-31',
};

interface Cluster {
  id: string;
  slug: string;
  challenges: string[];
}
interface Model {
  /** Submitted solutions still counted. */
  counted: { id: string; solver: number }[];
}
interface Real {
  clusters: Cluster[];
  solvers: TestUser[];
  organizations: string[];
}
type Command = fc.AsyncCommand<Model, Real>;

const db = () => createDb(env.DB);

let steps = 0;
async function agree(step: string) {
  const { kept, recounted } = await smeTallies();
  expect(kept, step).toEqual(recounted);
  steps += 1;
}

/**
 * Moves a counted solution to `quarter` as the writes count it: out of the quarter it was
 * submitted in (`tallySolution` −1 reads the old date), the date changed, into the new one.
 */
async function redate(id: string, quarter: Quarter) {
  const d = db();
  const at = MIDDLE[quarter];
  await d.batch([
    tallySolution(d, id, -1, at, sql`1`),
    d.update(solutions).set({ submitted_at: at }).where(sql`${solutions.id} = ${id}`),
    tallySolution(d, id, 1, at, sql`1`),
  ]);
}

class Submit implements Command {
  constructor(
    readonly solver: number,
    readonly challenge: number,
    readonly quarter: Quarter,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const challenges = r.clusters.flatMap((c) => c.challenges);
    const challenge = challenges[this.challenge % challenges.length] as string;
    const id = await submitSolution(r.solvers[this.solver] as TestUser, challenge);
    await redate(id, this.quarter);
    m.counted.push({ id, solver: this.solver });
    await agree(this.toString());
  }
  toString = () => `solver ${this.solver} submits to challenge ${this.challenge} in ${this.quarter}`;
}

class Redate implements Command {
  constructor(
    readonly pick: number,
    readonly quarter: Quarter,
  ) {}
  check = (m: Readonly<Model>) => m.counted.length > 0;
  async run(m: Model) {
    await redate((m.counted[this.pick % m.counted.length] as Model['counted'][number]).id, this.quarter);
    await agree(this.toString());
  }
  toString = () => `solution ${this.pick} moves to ${this.quarter}`;
}

class Withdraw implements Command {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.counted.length > 0;
  async run(m: Model, r: Real) {
    const [solution] = m.counted.splice(this.pick % m.counted.length, 1) as Model['counted'];
    await must(withdrawSolution(r.solvers[solution?.solver ?? 0], solution?.id as string));
    await agree(this.toString());
  }
  toString = () => `withdraw solution ${this.pick}`;
}

class Resize implements Command {
  constructor(
    readonly organization: number,
    readonly size: 'micro' | 'large' | null,
  ) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    await env.DB.prepare('UPDATE organizations SET size = ? WHERE id = ?')
      .bind(this.size, r.organizations[this.organization])
      .run();
    await agree(this.toString());
  }
  toString = () => `organization ${this.organization} becomes ${this.size ?? 'unsized'}`;
}

class Recount implements Command {
  check = () => true;
  async run() {
    const d = db();
    const [first, ...rest] = recountTallies(d);
    if (first) await d.batch([first, ...rest]);
    await agree(this.toString());
  }
  toString = () => 'recount every tally';
}

/** Four solvers, the first three with an organization each. */
const SOLVERS = 4;
const ORGANIZATIONS = 3;
const quarter = fc.constantFrom(...QUARTERS);
const commands = [
  fc.tuple(fc.nat({ max: SOLVERS - 1 }), fc.nat({ max: 3 }), quarter).map(([s, c, q]) => new Submit(s, c, q)),
  fc.tuple(fc.nat({ max: SOLVERS - 1 }), fc.nat({ max: 3 }), quarter).map(([s, c, q]) => new Submit(s, c, q)),
  fc.tuple(fc.nat(), quarter).map(([p, q]) => new Redate(p, q)),
  fc.nat().map((p) => new Withdraw(p)),
  fc
    .tuple(fc.nat({ max: ORGANIZATIONS - 1 }), fc.constantFrom('micro' as const, 'large' as const, null))
    .map(([o, s]) => new Resize(o, s)),
  fc.constant(new Recount()),
];

/** Distinct SME organizations from the raw rows, in `cluster` (or the network), by quarter and over a..b. */
async function rawSmes(cluster: string | null, from: Quarter, to: Quarter) {
  const quarterOfSolution = quarterSql(sql`s.submitted_at`);
  const rows = await db().all<{ quarter: string; value: number }>(
    sql`WITH counted AS (SELECT ${quarterOfSolution} AS quarter, o.id FROM solutions s
        JOIN challenges c ON c.id = s.challenge_id JOIN organizations o ON o.id = s.organization_id
        WHERE s.submitted_at IS NOT NULL AND s.status NOT IN ('draft', 'withdrawn') AND ${SME}
          AND ${cluster ? sql`c.cluster_id = ${cluster}` : sql`1`})
      SELECT quarter, count(DISTINCT id) AS value FROM counted WHERE quarter BETWEEN ${from} AND ${to} GROUP BY 1
      UNION ALL SELECT '', count(DISTINCT id) FROM counted WHERE quarter BETWEEN ${from} AND ${to}`,
  );
  const byQuarter = new Map(rows.filter((r) => r.quarter !== '').map((r) => [r.quarter, r.value]));
  return {
    total: rows.find((r) => r.quarter === '')?.value ?? 0,
    by_quarter: QUARTERS.filter((q) => q >= from && q <= to).map((q) => ({ quarter: q, value: byQuarter.get(q) ?? 0 })),
  };
}

let admin: TestUser;
let owner: TestUser;
let real: Omit<Real, 'clusters'>;
beforeAll(async () => {
  admin = await createAdmin();
  owner = await registerUser('clinician');
  // Two SMEs by kind, a company by kind that a size can make one, and one without an organization.
  const solvers = await Promise.all([
    registerUser('solver', { organization: { name: `SME ${unique()}`, kind: 'sme', country: 'DE' } }),
    registerUser('solver', { organization: { name: `Startup ${unique()}`, kind: 'startup', country: 'AT' } }),
    registerUser('solver', { organization: { name: `Industry ${unique()}`, kind: 'industry', country: 'IT' } }),
    registerUser('solver'),
  ]);
  const organizations = [];
  for (const solver of solvers.slice(0, 3)) {
    const me = await must(api('/api/v1/me', { token: solver.token }));
    organizations.push(me.body.organization.id as string);
  }
  real = { solvers, organizations };
});

describe('distinct SME tallies', () => {
  it('equal a recount from the raw rows after every step, and give exact distinct counts over any range', async () => {
    let ranges = 0;
    let acrossQuarters = 0;
    /** One sequence on two new clusters with two open challenges each, then every range of the quarters checked. */
    async function run(cmds: Iterable<Command>) {
      const clusters: Cluster[] = [];
      for (let i = 0; i < 2; i += 1) {
        const cluster = await createCluster(admin);
        const moderator = await createModerator(admin, cluster.slug);
        const challenges = [
          await openChallenge(owner, moderator, cluster.slug),
          await openChallenge(owner, moderator, cluster.slug),
        ];
        clusters.push({ ...cluster, challenges });
      }
      const model: Model = { counted: [] };
      await fc.asyncModelRun(() => ({ model, real: { ...real, clusters } }), cmds);
      for (const [scope, path] of [
        [clusters[0]?.id ?? null, `/api/v1/clusters/${clusters[0]?.slug}/impact`],
        [null, '/api/v1/impact'],
      ] as const) {
        for (const [i, from] of QUARTERS.entries()) {
          for (const to of QUARTERS.slice(i)) {
            const res = await must(api(`${path}?from=${FIRST_DAY[from]}&to=${LAST_DAY[to]}`, { token: admin.token }));
            const raw = await rawSmes(scope, from, to);
            expect(res.body.smes, `${path} ${from}..${to}`).toEqual(raw);
            ranges += 1;
            const sumOfQuarters = raw.by_quarter.reduce((sum, q) => sum + q.value, 0);
            if (sumOfQuarters > raw.total) acrossQuarters += 1;
          }
        }
      }
    }
    // A known sequence first, so the property is never vacuous whatever the random runs draw: an SME in
    // several quarters and both clusters, out of the SMEs and back, a quarter left by a withdrawal, a
    // solution moved to another quarter, a company made an SME by its size, and a recount.
    await run([
      new Submit(0, 0, '2025-Q1'),
      new Submit(0, 1, '2025-Q3'),
      new Resize(0, 'large'),
      new Submit(0, 2, '2025-Q2'),
      new Submit(1, 3, '2025-Q3'),
      new Submit(2, 0, '2025-Q4'),
      new Resize(2, 'micro'),
      new Withdraw(2),
      new Redate(0, '2025-Q4'),
      new Resize(0, null),
      new Recount(),
    ]);
    await fc.assert(fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), run), { numRuns: 8 });
    // Not vacuous: steps were checked, and some ranges had an SME in more than one of their quarters.
    expect(steps).toBeGreaterThan(0);
    expect(ranges).toBeGreaterThan(0);
    expect(acrossQuarters).toBeGreaterThan(0);
  }, 300_000);

  it('are backfilled by migration 0038 as the triggers keep them (run after the sequences above)', async () => {
    const backfill = (env.TEST_MIGRATIONS.find((m) => m.name.endsWith('_impact_sme_presence.sql'))?.queries ?? [])
      .map((q: string) => q.slice(Math.max(q.search(/^INSERT INTO impact_/m), 0)))
      .filter((q: string) => q.startsWith('INSERT INTO impact_'))
      .map((q: string) => q.slice(q.indexOf('SELECT')));
    expect(backfill).toHaveLength(2);
    const [presence, tallies] = backfill as [string, string];
    const lines = async (query: string) =>
      (await env.DB.prepare(`SELECT * FROM (${query}) ORDER BY 1, 2, 3`).raw()).map((row) => row.join(' '));
    // What the backfill would write, from the organization rows the sequences left, is what the triggers wrote.
    const kept = await lines('SELECT member_id, scope_id, quarter, since, clusters, sme FROM impact_presence');
    expect(kept.length).toBeGreaterThan(0);
    expect(await lines(presence)).toEqual(kept);
    expect(await lines(tallies)).toEqual(
      await lines('SELECT scope_id, quarter, since, value FROM impact_sme_tallies WHERE value <> 0'),
    );
  });
});
