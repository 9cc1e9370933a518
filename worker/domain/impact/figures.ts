import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { ImpactFigures, QuarterSeries, TimingFigures } from './figures.view';
import { liveJuryFiguresOf } from './jury';
import type { ImpactRange } from './range';
import { keptSmeRows, NETWORK_SCOPE, SME } from './smes';
import {
  cooperationTallies,
  milestoneTallies,
  ORGANIZATION_DIMENSION,
  quarterSql,
  recountedOrganizationTallies,
  recountedTallies,
  type TallyMetric,
} from './tallies';

/** Whose figures: one cluster, or every cluster (the network); with `call`, only that call's challenges. */
export type ImpactScope = ({ kind: 'cluster'; id: string; slug: string; name: string } | { kind: 'network' }) & {
  call?: { id: string; title: string };
};

/** Public figures leave out a country with fewer solutions than this (k-anonymity). */
export const K_ANONYMITY = 5;

/** A tally row of the organization dimension (`org:<id>`): read only for the distinct SMEs. */
const ORGANIZATION_ROW = sql`substr(t.dimension, 1, ${ORGANIZATION_DIMENSION.length}) = ${ORGANIZATION_DIMENSION}`;

/**
 * `c.cluster_id` in scope; the network goes cluster by cluster, so every read seeks an index. With
 * a call, the cluster is only a filter (unary `+`): the call's index finds its few challenges, where
 * the cluster's would walk every challenge of the cluster decided in the range.
 */
const inScope = (scope: ImpactScope) => {
  const cluster = scope.call ? sql`+c.cluster_id` : sql`c.cluster_id`;
  return sql`${scope.kind === 'cluster' ? sql`${cluster} = ${scope.id}` : sql`${cluster} IN (SELECT id FROM clusters)`}${
    scope.call ? sql` AND c.call_id = ${scope.call.id}` : sql``
  }`;
};

/**
 * The challenges in evaluation now, in scope: found by the status index (`+` keeps SQLite off the
 * cluster's, which holds the status fourth and would walk every challenge of the cluster).
 */
const inEvaluation = (scope: ImpactScope) =>
  sql`SELECT c.id FROM challenges c WHERE c.status = 'evaluation' AND ${
    scope.kind === 'cluster' ? sql`+c.cluster_id = ${scope.id}` : sql`+c.cluster_id IN (SELECT id FROM clusters)`
  }${scope.call ? sql` AND +c.call_id = ${scope.call.id}` : sql``}`;

/**
 * The counts by quarter of one call's challenges: the tallies are kept by cluster and quarter
 * only, so they are counted from the base tables (a call holds a few challenges, found by
 * challenges_call_idx; their solutions, cooperations and milestones by their challenge's index).
 * The same rows and rules as the kept tallies (`recountedTallies`).
 */
const callTallyRows = (db: Database, scope: ImpactScope, range: ImpactRange) =>
  db
    .select({
      quarter: sql<string>`t.quarter`.as('tally_quarter'),
      metric: sql<TallyMetric>`t.metric`.as('tally_metric'),
      dimension: sql<string>`t.dimension`.as('tally_dimension'),
      value: sql<number>`sum(t.value)`.as('tally_value'),
    })
    .from(sql`(${recountedTallies(inScope(scope), cooperationsInScope(scope), false)}) AS t`)
    .where(sql`t.quarter >= ${range.quarters[0]} AND t.quarter <= ${range.quarters.at(-1)} AND NOT ${ORGANIZATION_ROW}`)
    .groupBy(sql`1, 2, 3`);

const tallyRows = (db: Database, scope: ImpactScope, range: ImpactRange) =>
  db
    .select({
      quarter: sql<string>`t.quarter`.as('tally_quarter'),
      metric: sql<TallyMetric>`t.metric`.as('tally_metric'),
      dimension: sql<string>`t.dimension`.as('tally_dimension'),
      value: sql<number>`sum(t.value)`.as('tally_value'),
    })
    .from(sql`impact_tallies t`)
    .where(
      sql`${scope.kind === 'cluster' ? sql`t.cluster_id = ${scope.id} AND ` : sql``}t.quarter >= ${range.quarters[0]}
        AND t.quarter <= ${range.quarters.at(-1)} AND NOT ${ORGANIZATION_ROW}`,
    )
    .groupBy(sql`1, 2, 3`);

/**
 * Distinct SME organizations among the submitters, by quarter and (quarter '') over the range's
 * whole quarters, as the counts. A cluster's or the network's from the kept tallies (`keptSmeRows`);
 * one call's from its solutions' organization rows counted afresh (the tallies are by cluster and
 * quarter only): the organizations with a count there, of which those that are SMEs now.
 */
const smeRows = (db: Database, scope: ImpactScope, range: ImpactRange) => {
  if (!scope.call) return keptSmeRows(db, scope.kind === 'cluster' ? scope.id : NETWORK_SCOPE, range);
  const from = sql`(${recountedOrganizationTallies(inScope(scope))}) t
    JOIN organizations o ON o.id = substr(t.dimension, ${ORGANIZATION_DIMENSION.length + 1})
    WHERE t.quarter >= ${range.quarters[0]} AND t.quarter <= ${range.quarters.at(-1)} AND ${SME}`;
  return db.select({ quarter: sql<string>`sme_quarter`, value: sql<number>`sme_count` }).from(
    sql`(SELECT t.quarter AS sme_quarter, count(DISTINCT o.id) AS sme_count FROM ${from} GROUP BY 1
        UNION ALL SELECT '', count(DISTINCT o.id) FROM ${from}) AS smes`,
  );
};

/**
 * The days from posting and from publication to the decision of each challenge decided in the
 * range, by quarter of the decision: per quarter, two JSON arrays of days (null where the start is
 * missing), read once from the challenges' impact index. The medians and p90 are taken in the
 * Worker (`timing`): a sort of a few thousand numbers there costs a fraction of SQLite's window
 * functions over them (four sorts of every decision in the range). Grouped by quarter, the answer
 * names each quarter once, not once per decision: less than half the text D1 hands the Worker.
 */
const decisionDays = (db: Database, scope: ImpactScope, range: ImpactRange) =>
  db
    .select({
      quarter: sql<string>`decision_quarter`,
      fromPosting: sql<string>`from_posting`,
      fromPublication: sql<string>`from_publication`,
    })
    .from(
      sql`(SELECT ${quarterSql(sql`c.decided_at`)} AS decision_quarter,
          json_group_array(julianday(c.decided_at) - julianday(c.submitted_at)) AS from_posting,
          json_group_array(julianday(c.decided_at) - julianday(c.published_at)) AS from_publication
        FROM challenges c WHERE ${inScope(scope)} AND c.decided_at >= ${range.start} AND c.decided_at < ${range.end}
        GROUP BY 1) AS decision`,
    );

/** A quarter's days to decision from each start (decisionDays), nulls (no start) left out. */
interface DecisionDays {
  quarter: string;
  fromPosting: number[];
  fromPublication: number[];
}

const daysOf = (json: string) => (JSON.parse(json) as (number | null)[]).filter((d): d is number => d !== null);

/**
 * Jury load and scoring completion over the challenges decided in the range (their figures and
 * jurors kept by the decision) and those in evaluation now (from their seats' kept tallies:
 * `liveJuryFiguresOf`): seats, jurors, the most seats one juror holds, and the evaluations that
 * count against those expected (pairs less conflicts). The kept rows of a cluster or the network
 * are one index range per cluster by decision time; a call's, those of its few decided challenges.
 * The two sets never meet (a challenge is decided only once, and a decided one never returns to
 * evaluation), so they are joined without a sort for duplicates.
 */
const juryRow = (db: Database, scope: ImpactScope, range: ImpactRange) => {
  const decided = sql`SELECT c.id FROM challenges c WHERE ${inScope(scope)}
    AND c.decided_at >= ${range.start} AND c.decided_at < ${range.end}`;
  // `k`: a row of jury_figures or decided_jurors, both keyed by challenge and kept by cluster and decision time.
  const kept = scope.call
    ? sql`k.challenge_id IN (${decided})`
    : sql`${scope.kind === 'cluster' ? sql`k.cluster_id = ${scope.id}` : sql`k.cluster_id IN (SELECT id FROM clusters)`}
        AND k.decided_at >= ${range.start} AND k.decided_at < ${range.end}`;
  return db
    .select({
      challenges: sql<number>`jury_challenges`,
      jurors: sql<number>`jury_jurors`,
      seats: sql<number>`jury_seats`,
      max_per_juror: sql<number | null>`jury_max`,
      pairs: sql<number>`jury_pairs`,
      conflicts: sql<number>`jury_conflicts`,
      evaluations: sql<number>`jury_evaluations`,
    })
    .from(
      sql`(WITH live AS (${inEvaluation(scope)}),
          per AS (SELECT k.seats, k.pairs, k.conflicts, k.evaluations FROM jury_figures k WHERE ${kept}
            UNION ALL SELECT seats, pairs, conflicts, evaluations FROM (${liveJuryFiguresOf(sql`SELECT id FROM live`)})),
          jurors AS (SELECT user_id, sum(seats) AS n FROM (SELECT k.user_id, k.seats FROM decided_jurors k WHERE ${kept}
              UNION ALL SELECT a.user_id, 1 FROM evaluator_assignments a WHERE a.challenge_id IN (SELECT id FROM live))
            GROUP BY 1)
        SELECT (SELECT count(*) FROM (${decided})) + (SELECT count(*) FROM live) AS jury_challenges,
          (SELECT count(*) FROM jurors) AS jury_jurors,
          (SELECT max(n) FROM jurors) AS jury_max,
          coalesce(sum(per.seats), 0) AS jury_seats,
          coalesce(sum(per.pairs), 0) AS jury_pairs,
          coalesce(sum(per.conflicts), 0) AS jury_conflicts,
          coalesce(sum(per.evaluations), 0) AS jury_evaluations FROM per) AS jury`,
    );
};

/** `co.cluster_id` in scope, as `inScope` for the challenges. */
function cooperationsInScope(scope: ImpactScope) {
  const cluster =
    scope.kind === 'cluster' ? sql`co.cluster_id = ${scope.id}` : sql`co.cluster_id IN (SELECT id FROM clusters)`;
  return scope.call
    ? sql`${cluster} AND co.challenge_id IN (SELECT id FROM challenges WHERE call_id = ${scope.call.id})`
    : cluster;
}

/**
 * The public cooperation figures, from the base tables: cooperations both sides made public, and
 * of their milestones the public ones, counted as the tallies count them (few rows: public
 * cooperations only, found by the cluster's index, their milestones by the cooperation's).
 */
const publicCooperationRows = (db: Database, scope: ImpactScope, range: ImpactRange) => {
  const where = sql`co.public = 1 AND ${cooperationsInScope(scope)}`;
  return db
    .select({
      quarter: sql<string>`pc_quarter`,
      metric: sql<TallyMetric>`pc_metric`,
      dimension: sql<string>`pc_dimension`,
      value: sql<number>`pc_value`,
    })
    .from(
      sql`(SELECT quarter AS pc_quarter, metric AS pc_metric, dimension AS pc_dimension, value AS pc_value
        FROM (${cooperationTallies(where)} UNION ALL ${milestoneTallies(sql`${where} AND m.public = 1`)})
        WHERE quarter >= ${range.quarters[0]} AND quarter <= ${range.quarters.at(-1)}) AS public_cooperations`,
    );
};

/**
 * Pilots running now (whatever the range): cooperations with a pilot start done and no pilot end
 * done. In public, only public cooperations and public milestones, the end too: a confidential end
 * must not show as a pilot that stopped running. \`+m.status\` keeps SQLite on the cooperation's
 * index: on (kind, status) it read every done pilot milestone for each cooperation.
 */
const pilotsRunningRow = (db: Database, scope: ImpactScope, audience: 'full' | 'public') => {
  const open = audience === 'public' ? sql`co.public = 1 AND ` : sql``;
  const started = audience === 'public' ? sql` AND m.public = 1` : sql``;
  return db.select({ running: sql<number>`running` }).from(
    sql`(SELECT count(*) AS running FROM cooperations co WHERE ${open}${cooperationsInScope(scope)}
      AND EXISTS (SELECT 1 FROM cooperation_milestones m WHERE m.cooperation_id = co.id AND m.kind = 'pilot_start'
        AND +m.status = 'done'${started})
      AND NOT EXISTS (SELECT 1 FROM cooperation_milestones m WHERE m.cooperation_id = co.id AND m.kind = 'pilot_end'
        AND +m.status = 'done'${started})) AS pilots`,
  );
};

/** The counts by quarter: kept tallies, or for one call the recount of its challenges. */
const counts = (db: Database, scope: ImpactScope, range: ImpactRange) =>
  scope.call ? callTallyRows(db, scope, range) : tallyRows(db, scope, range);

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Median (of the two middle values when n is even) and p90 (nearest rank: ⌈0.9·n⌉) of `values`,
 * to one decimal.
 */
function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (rank: number) => sorted[rank - 1] ?? 0;
  return {
    n,
    median_days: n ? round1((at(Math.floor((n + 1) / 2)) + at(Math.floor((n + 2) / 2))) / 2) : null,
    p90_days: n ? round1(at(Math.floor((9 * n + 9) / 10))) : null,
  };
}

/** The days to decision from one start, by quarter of the decision (quarters without any left out) and over the range. */
function timing(days: DecisionDays[], start: 'fromPosting' | 'fromPublication'): TimingFigures {
  const quarters = days.filter((q) => q[start].length > 0).sort((a, b) => a.quarter.localeCompare(b.quarter));
  return {
    by_quarter: quarters.map((q) => ({ quarter: q.quarter, ...percentiles(q[start]) })),
    overall: percentiles(quarters.flatMap((q) => q[start])),
  };
}

type Tally = Awaited<ReturnType<typeof tallyRows>>[number];

function seriesOf(tallies: Tally[], range: ImpactRange, metric: TallyMetric, dimension = ''): QuarterSeries {
  const byQuarter = new Map(
    tallies.filter((t) => t.metric === metric && t.dimension === dimension).map((t) => [t.quarter, t.value]),
  );
  return range.quarters.map((quarter) => ({ quarter, value: byQuarter.get(quarter) ?? 0 }));
}

/** Sums of `metric` over the range by dimension `<prefix>:<key>`, largest first, zeros left out. */
function sharesOf(tallies: Tally[], metric: TallyMetric, prefix: string) {
  const sums = new Map<string, number>();
  for (const t of tallies) {
    if (t.metric !== metric || !t.dimension.startsWith(`${prefix}:`)) continue;
    const key = t.dimension.slice(prefix.length + 1);
    sums.set(key, (sums.get(key) ?? 0) + t.value);
  }
  return [...sums]
    .filter(([, value]) => value > 0)
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}

/** Matchmaking events (issue 16): meetings held, and the next steps people named after them. */
const meetingFigures = (rows: Tally[], range: ImpactRange) => ({
  held: seriesOf(rows, range, 'meetings_held'),
  next_steps: sharesOf(rows, 'next_steps', 'step'),
});

/** The cooperation figures from tally-shaped rows (kept tallies, or the public recount). */
function cooperationFigures(rows: Tally[], range: ImpactRange, running: number) {
  const funding = new Map<string, number>();
  for (const t of rows) {
    if (t.metric === 'funding_minor') funding.set(t.dimension, (funding.get(t.dimension) ?? 0) + t.value);
  }
  return {
    started: seriesOf(rows, range, 'cooperations_started'),
    pilots_started: seriesOf(rows, range, 'pilots_started'),
    pilots_completed: seriesOf(rows, range, 'pilots_completed'),
    pilots_running: running,
    kpis_met: seriesOf(rows, range, 'kpis_met'),
    funding: [...funding]
      .filter(([, amount]) => amount !== 0)
      .map(([currency, amount_minor]) => ({ currency, amount_minor }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

const total = (series: QuarterSeries) => series.reduce((sum, q) => sum + q.value, 0);

/**
 * The impact figures of a cluster or the network over a range, in one round trip. `full` is what
 * moderators and admins read; `public` keeps only published needs, decisions, solutions by
 * country (a country's quarter with fewer than K_ANONYMITY left out) and the public cooperations' figures.
 */
export async function impactFigures(
  db: Database,
  scope: ImpactScope,
  range: ImpactRange,
  audience: 'full' | 'public',
): Promise<ImpactFigures> {
  const head = {
    scope: {
      ...(scope.kind === 'cluster'
        ? { kind: 'cluster' as const, slug: scope.slug, name: scope.name }
        : { kind: 'network' as const, slug: null, name: null }),
      ...(scope.call ? { call: scope.call } : {}),
    },
    audience,
    range: {
      from: range.from,
      to: range.to,
      quarters: range.quarters,
      counts_from: range.counts_from,
      counts_to: range.counts_to,
    },
  };
  if (audience === 'public') {
    const [tallies, cooperations, [pilots]] = await db.batch([
      counts(db, scope, range),
      publicCooperationRows(db, scope, range),
      pilotsRunningRow(db, scope, 'public'),
    ]);
    // Withheld per quarter, before summing: a threshold on the range's sum alone would let two
    // neighbouring ranges be subtracted to reveal a quarter's small count.
    const small = (t: Tally) =>
      t.metric === 'solutions_submitted' && t.dimension.startsWith('country:') && t.value < K_ANONYMITY;
    const withheld = tallies.some((t) => small(t) && t.value > 0);
    const shown = sharesOf(
      tallies.filter((t) => !small(t)),
      'solutions_submitted',
      'country',
    );
    return {
      ...head,
      needs: { posted: null, published: seriesOf(tallies, range, 'needs_published') },
      decisions: seriesOf(tallies, range, 'decisions'),
      solutions: {
        by_quarter: null,
        total: null,
        by_country: shown,
        by_kind: null,
        countries_withheld: withheld,
      },
      smes: null,
      time_to_decision: null,
      jury: null,
      cooperations: cooperationFigures(cooperations, range, pilots?.running ?? 0),
      meetings: meetingFigures(tallies, range),
    };
  }
  const [tallies, smes, decisions, [jury], [pilots]] = await db.batch([
    counts(db, scope, range),
    smeRows(db, scope, range),
    decisionDays(db, scope, range),
    juryRow(db, scope, range),
    pilotsRunningRow(db, scope, 'full'),
  ]);
  const solutionSeries = seriesOf(tallies, range, 'solutions_submitted');
  const days = decisions.map((q) => ({
    quarter: q.quarter,
    fromPosting: daysOf(q.fromPosting),
    fromPublication: daysOf(q.fromPublication),
  }));
  const smeByQuarter = new Map(smes.filter((r) => r.quarter !== '').map((r) => [r.quarter, r.value]));
  const expected = jury ? jury.pairs - jury.conflicts : 0;
  return {
    ...head,
    needs: { posted: seriesOf(tallies, range, 'needs_posted'), published: seriesOf(tallies, range, 'needs_published') },
    decisions: seriesOf(tallies, range, 'decisions'),
    solutions: {
      by_quarter: solutionSeries,
      total: total(solutionSeries),
      by_country: sharesOf(tallies, 'solutions_submitted', 'country'),
      by_kind: sharesOf(tallies, 'solutions_submitted', 'kind'),
      countries_withheld: false,
    },
    smes: {
      total: smes.find((r) => r.quarter === '')?.value ?? 0,
      by_quarter: range.quarters.map((quarter) => ({ quarter, value: smeByQuarter.get(quarter) ?? 0 })),
    },
    time_to_decision: { from_posting: timing(days, 'fromPosting'), from_publication: timing(days, 'fromPublication') },
    jury: {
      challenges: jury?.challenges ?? 0,
      jurors: jury?.jurors ?? 0,
      seats: jury?.seats ?? 0,
      max_per_juror: jury?.max_per_juror ?? 0,
      expected,
      evaluations: jury?.evaluations ?? 0,
      completion: expected > 0 ? Math.round(((jury?.evaluations ?? 0) / expected) * 1000) / 1000 : null,
    },
    cooperations: cooperationFigures(tallies, range, pilots?.running ?? 0),
    meetings: meetingFigures(tallies, range),
  };
}
