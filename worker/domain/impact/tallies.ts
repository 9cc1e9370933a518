import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { impactTallies } from '../../db/schema';

/**
 * The additive counts of the impact figures (issue 15), kept in `impact_tallies` by the write that
 * changes them, in its batch and under its guard: a change and its count land together or not at
 * all. Each metric's quarter comes from its own date. Cooperation metrics are counted the same way:
 * `cooperations_started` (quarter of `started_at`) by the decision that opens one, and
 * `pilots_started`, `pilots_completed`, `kpis_met` and `funding_minor` (dimension = currency, value
 * in minor units) by the milestone writes, in the quarter of `achieved_on`, while the milestone is
 * done (see `milestoneCounts`).
 */
export const TALLY_METRICS = [
  'needs_posted',
  'needs_published',
  'decisions',
  'solutions_submitted',
  'cooperations_started',
  'pilots_started',
  'pilots_completed',
  'kpis_met',
  'funding_minor',
  'meetings_held',
  'next_steps',
] as const;
export type TallyMetric = (typeof TALLY_METRICS)[number];

/** The metrics counted from a challenge's own date, and that date. */
const CHALLENGE_DATES = {
  needs_posted: 'submitted_at',
  needs_published: 'published_at',
  decisions: 'decided_at',
} as const;
export type ChallengeMetric = keyof typeof CHALLENGE_DATES;

/** `YYYY-Qn` of an ISO timestamp column (text), in SQL: the same as `quarterOf`. */
export const quarterSql = (column: SQL) =>
  sql`substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`;

/** `YYYY-Qn` of an ISO date or timestamp. */
export const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) + 2) / 3)}`;

/**
 * A solution counts under four dimensions: the total (`''`), its organization's country and kind
 * (`unknown` without one), and its organization itself (`org:<id>`, none without one): the
 * organizations with a count there are where they submitted, which migration 0038's triggers turn
 * into the distinct SMEs' tallies (`impact_sme_tallies`, smes.ts). `k` is a row of
 * `(0) … (3)`; `IN_DIMENSION` leaves out the organization row of a solution without one.
 */
const SOLUTION_DIMENSION = sql`CASE d.k WHEN 0 THEN '' WHEN 1 THEN 'country:' || coalesce(nullif(o.country, ''), 'unknown')
  WHEN 2 THEN 'kind:' || coalesce(o.kind, 'unknown') ELSE 'org:' || s.organization_id END`;
const DIMENSIONS = sql`(SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) d`;
const IN_DIMENSION = sql`(d.k < 3 OR s.organization_id IS NOT NULL)`;

/** The prefix of the organization dimension: `org:<id>`. */
export const ORGANIZATION_DIMENSION = 'org:';

/** A submitted solution counts until it is withdrawn (drafts never). */
const COUNTED_SOLUTION = sql`s.submitted_at IS NOT NULL AND s.status NOT IN ('draft', 'withdrawn')`;

/** Adds the rows `select` yields (cluster_id, quarter, metric, dimension, value) to the tallies. */
const upsert = (db: Database, select: SQL) =>
  db
    .insert(impactTallies)
    // `WHERE 1` in every select below keeps SQLite from reading ON CONFLICT as a join's.
    .select(select)
    .onConflictDoUpdate({
      target: [impactTallies.cluster_id, impactTallies.quarter, impactTallies.metric, impactTallies.dimension],
      set: { value: sql`${impactTallies.value} + excluded.value` },
    });

/**
 * A challenge's date for `metric` is set to `now` by this write: its old date (if any, a
 * challenge submitted again after changes) stops counting and `now` counts. Put them before the
 * UPDATE in the batch (they read the old date), guarded like it.
 */
export function tallyChallenge(db: Database, metric: ChallengeMetric, challengeId: string, now: string, guard: SQL) {
  const date = sql.raw(`c.${CHALLENGE_DATES[metric]}`);
  return [
    upsert(
      db,
      sql`SELECT c.cluster_id, ${quarterSql(date)}, ${metric}, '', -1 FROM challenges c
        WHERE c.id = ${challengeId} AND ${date} IS NOT NULL AND ${guard}`,
    ),
    upsert(
      db,
      sql`SELECT c.cluster_id, ${quarterOf(now)}, ${metric}, '', 1 FROM challenges c
        WHERE c.id = ${challengeId} AND ${guard}`,
    ),
  ];
}

/**
 * A solution starts (`+1`, submitted at `now`) or stops (`-1`, withdrawn: it leaves the quarter it
 * was submitted in) counting, under its organization, that organization's country and its kind.
 * `+1` reads only the row's challenge and organization, so it goes anywhere after the row exists;
 * `-1` goes before the UPDATE (it reads the status that counted).
 */
export function tallySolution(db: Database, solutionId: string, delta: 1 | -1, now: string, guard: SQL) {
  const quarter = delta === 1 ? sql`${quarterOf(now)}` : quarterSql(sql`s.submitted_at`);
  const counted = delta === 1 ? sql`1` : COUNTED_SOLUTION;
  return upsert(
    db,
    sql`SELECT c.cluster_id, ${quarter}, 'solutions_submitted', ${SOLUTION_DIMENSION}, ${delta}
      FROM solutions s JOIN challenges c ON c.id = s.challenge_id
      LEFT JOIN organizations o ON o.id = s.organization_id, ${DIMENSIONS}
      WHERE s.id = ${solutionId} AND ${IN_DIMENSION} AND ${counted} AND ${guard}`,
  );
}

/** A cooperation opened now, if `guard` (that it was inserted) holds: one more started. */
export const tallyCooperationOpened = (db: Database, clusterId: string, now: string, guard: SQL) =>
  upsert(db, sql`SELECT ${clusterId}, ${quarterOf(now)}, 'cooperations_started', '', 1 WHERE ${guard}`);

/**
 * A follow-up on a meeting at a matchmaking event (issue 16), in the host cluster and the quarter
 * of the event's start: `meetings_held` once per meeting, by the first side that says they met;
 * `next_steps` per answer with a next step (dimension `step:<next step>`). Put these before the
 * follow-up's INSERT (they read whether the other side said so already); a second answer by the
 * same side fails the batch, these with it.
 */
export function tallyFollowUp(
  db: Database,
  f: {
    clusterId: string;
    eventStartsAt: string;
    meetingId: string;
    userId: string;
    otherId: string;
    met: boolean;
    nextStep: string;
  },
) {
  const quarter = quarterOf(f.eventStartsAt);
  const statements = [];
  if (f.met) {
    statements.push(
      upsert(
        db,
        sql`SELECT ${f.clusterId}, ${quarter}, 'meetings_held', '', 1 WHERE NOT EXISTS (SELECT 1 FROM meeting_follow_ups m
          WHERE m.meeting_id = ${f.meetingId} AND m.user_id = ${f.otherId} AND m.met = 1)`,
      ),
    );
  }
  if (f.nextStep !== 'none') {
    statements.push(
      upsert(db, sql`SELECT ${f.clusterId}, ${quarter}, 'next_steps', ${`step:${f.nextStep}`}, 1 WHERE 1`),
    );
  }
  return statements;
}

/** The fields of a milestone that decide what it counts. */
export interface CountedMilestone {
  kind: string;
  status?: string | null;
  achieved_on?: string | null;
  kpi_met?: boolean | null;
  funding_amount_minor?: number | null;
  funding_currency?: string | null;
}

type Count = { quarter: string; metric: TallyMetric; dimension: string; value: number };

/**
 * What a milestone counts while it is done (with its date): a pilot started or completed, a KPI
 * met (the clinic said so), follow-on funding by currency. The same rule as `MILESTONE_COUNTS`.
 */
export function milestoneCounts(m: CountedMilestone | null): Count[] {
  if (m?.status !== 'done' || !m.achieved_on) return [];
  const quarter = quarterOf(m.achieved_on);
  if (m.kind === 'pilot_start') return [{ quarter, metric: 'pilots_started', dimension: '', value: 1 }];
  if (m.kind === 'pilot_end') return [{ quarter, metric: 'pilots_completed', dimension: '', value: 1 }];
  if (m.kind === 'kpi_result' && m.kpi_met === true) return [{ quarter, metric: 'kpis_met', dimension: '', value: 1 }];
  if (m.kind === 'follow_on_funding' && m.funding_currency && (m.funding_amount_minor ?? 0) > 0) {
    return [{ quarter, metric: 'funding_minor', dimension: m.funding_currency, value: m.funding_amount_minor ?? 0 }];
  }
  return [];
}

/**
 * A milestone of a cooperation in `clusterId` goes from `before` (null: it is new) to `after`:
 * the difference of what they count, as upserts guarded like the write (the values are the
 * write's own, so they go anywhere in its batch). Nothing when nothing that counts changed.
 */
export function tallyMilestone(
  db: Database,
  clusterId: string,
  before: CountedMilestone | null,
  after: CountedMilestone,
  guard: SQL,
) {
  const deltas = new Map<string, Count>();
  for (const [sign, counts] of [
    [-1, milestoneCounts(before)],
    [1, milestoneCounts(after)],
  ] as const) {
    for (const c of counts) {
      const key = `${c.quarter} ${c.metric} ${c.dimension}`;
      const value = (deltas.get(key)?.value ?? 0) + sign * c.value;
      deltas.set(key, { ...c, value });
    }
  }
  return [...deltas.values()]
    .filter((d) => d.value !== 0)
    .map((d) =>
      upsert(db, sql`SELECT ${clusterId}, ${d.quarter}, ${d.metric}, ${d.dimension}, ${d.value} WHERE ${guard}`),
    );
}

/**
 * What milestones count, from the base tables (cluster_id, quarter, metric, dimension, value) for
 * the cooperations `co` and milestones `m` that `where` keeps: the recount, the backfill of
 * migration 0019 and the public figures (public milestones of public cooperations) share it.
 */
export const milestoneTallies = (where: SQL) => sql`SELECT co.cluster_id AS cluster_id,
    ${quarterSql(sql`m.achieved_on`)} AS quarter,
    CASE m.kind WHEN 'pilot_start' THEN 'pilots_started' WHEN 'pilot_end' THEN 'pilots_completed'
      WHEN 'kpi_result' THEN 'kpis_met' ELSE 'funding_minor' END AS metric,
    CASE m.kind WHEN 'follow_on_funding' THEN m.funding_currency ELSE '' END AS dimension,
    sum(CASE m.kind WHEN 'follow_on_funding' THEN m.funding_amount_minor ELSE 1 END) AS value
  FROM cooperation_milestones m JOIN cooperations co ON co.id = m.cooperation_id
  WHERE m.status = 'done' AND m.achieved_on IS NOT NULL
    AND (m.kind IN ('pilot_start', 'pilot_end') OR (m.kind = 'kpi_result' AND m.kpi_met = 1)
      OR (m.kind = 'follow_on_funding' AND m.funding_currency IS NOT NULL AND m.funding_amount_minor > 0))
    AND ${where}
  GROUP BY 1, 2, 3, 4`;

/** Cooperations started, from the base table, for the cooperations `co` that `where` keeps. */
export const cooperationTallies = (where: SQL) => sql`SELECT co.cluster_id AS cluster_id,
    ${quarterSql(sql`co.started_at`)} AS quarter, 'cooperations_started' AS metric, '' AS dimension, count(*) AS value
  FROM cooperations co WHERE ${where} GROUP BY 1, 2`;

/** Meetings at matchmaking events (issue 16) counted afresh: as `tallyFollowUp` keeps them. */
const FOLLOWED_UP = sql`meeting_follow_ups f JOIN meetings mt ON mt.id = f.meeting_id JOIN events ev ON ev.id = mt.event_id`;
const MEETINGS_HELD = sql`SELECT ev.cluster_id, ${quarterSql(sql`ev.starts_at`)}, 'meetings_held', '',
    count(DISTINCT f.meeting_id) FROM ${FOLLOWED_UP} WHERE f.met = 1 GROUP BY 1, 2`;
const NEXT_STEPS = sql`SELECT ev.cluster_id, ${quarterSql(sql`ev.starts_at`)}, 'next_steps', 'step:' || f.next_step,
    count(*) FROM ${FOLLOWED_UP} WHERE f.next_step <> 'none' GROUP BY 1, 2, 4`;

/** Challenges in `ids` (a subquery) go for good (an account deleted): what they counted stops counting. */
export function untallyChallenges(db: Database, ids: SQL, guard: SQL) {
  return (Object.keys(CHALLENGE_DATES) as ChallengeMetric[]).map((metric) => {
    const date = sql.raw(`c.${CHALLENGE_DATES[metric]}`);
    return upsert(
      db,
      sql`SELECT c.cluster_id, ${quarterSql(date)}, ${metric}, '', -count(*) FROM challenges c
        WHERE c.id IN (${ids}) AND ${date} IS NOT NULL AND ${guard} GROUP BY 1, 2`,
    );
  });
}

/**
 * The tallies counted afresh from the base tables (cluster_id, quarter, metric, dimension, value):
 * what migration 0015 backfills with, and what the property test compares the kept tallies with.
 * `challengeWhere` (on `c`) and `cooperationWhere` (on `co`) narrow it: the figures of one call's
 * challenges, which the tallies (by cluster and quarter) cannot give.
 */
export const recountedTallies = (challengeWhere: SQL = sql`1`, cooperationWhere: SQL = sql`1`, events = true) => {
  const fromChallenges = (Object.entries(CHALLENGE_DATES) as [ChallengeMetric, string][]).map(([metric, column]) => {
    const date = sql.raw(`c.${column}`);
    return sql`SELECT c.cluster_id AS cluster_id, ${quarterSql(date)} AS quarter, ${metric} AS metric, '' AS dimension,
      count(*) AS value FROM challenges c WHERE ${date} IS NOT NULL AND ${challengeWhere} GROUP BY 1, 2`;
  });
  const fromSolutions = sql`SELECT c.cluster_id, ${quarterSql(sql`s.submitted_at`)}, 'solutions_submitted',
    ${SOLUTION_DIMENSION}, count(*) FROM solutions s JOIN challenges c ON c.id = s.challenge_id
    LEFT JOIN organizations o ON o.id = s.organization_id, ${DIMENSIONS}
    WHERE ${COUNTED_SOLUTION} AND ${IN_DIMENSION} AND ${challengeWhere} GROUP BY 1, 2, 4`;
  // D1 allows at most 5 terms in one compound SELECT: the cooperations' two go in a nested one.
  return sql`${sql.join([...fromChallenges, fromSolutions], sql` UNION ALL `)}
    UNION ALL SELECT * FROM (${cooperationTallies(cooperationWhere)} UNION ALL ${milestoneTallies(cooperationWhere)}
      ${events ? sql`UNION ALL ${MEETINGS_HELD} UNION ALL ${NEXT_STEPS}` : sql``})`;
};

/**
 * The organization rows alone (`org:<id>`) of the solutions' recount, for the challenges `c` that
 * `challengeWhere` keeps: one call's distinct SMEs, without recounting every other metric.
 */
export const recountedOrganizationTallies = (challengeWhere: SQL) => sql`SELECT c.cluster_id AS cluster_id,
    ${quarterSql(sql`s.submitted_at`)} AS quarter, 'solutions_submitted' AS metric,
    ${ORGANIZATION_DIMENSION} || s.organization_id AS dimension, count(*) AS value
  FROM solutions s JOIN challenges c ON c.id = s.challenge_id
  WHERE ${COUNTED_SOLUTION} AND s.organization_id IS NOT NULL AND ${challengeWhere} GROUP BY 1, 2, 4`;

/** Replaces every tally with the recount (the seed, and fixtures that write rows straight into D1). */
export const recountTallies = (db: Database) => [
  db.delete(impactTallies),
  db.insert(impactTallies).select(sql`SELECT * FROM (${recountedTallies()}) WHERE 1`),
];
