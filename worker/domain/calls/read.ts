import { and, asc, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '../../db/client';
import {
  auditLog,
  callBenefits,
  callClusters,
  callRules,
  calls,
  clusterMemberships,
  clusters,
  organizations,
  users,
} from '../../db/schema';
import { type CallRule, parseRules, sortRules } from './eligibility';

/**
 * The clusters of the call in the current row as JSON (one correlated subquery, no round trip;
 * no ORDER BY inside it: the SQLite of `wrangler dev` rejects that, so they are sorted in JS).
 * `calls.id` is spelled out: Drizzle leaves the column unqualified in a one-table select, where
 * the subquery would read it as `clusters.id`.
 */
const clustersJson = sql<string>`(SELECT json_group_array(json_object('id', ${clusters.id}, 'slug', ${clusters.slug},
  'name', ${clusters.name}, 'lead', json(CASE WHEN ${callClusters.lead} THEN 'true' ELSE 'false' END)))
  FROM ${callClusters} JOIN ${clusters} ON ${clusters.id} = ${callClusters.cluster_id}
  WHERE ${callClusters.call_id} = "calls"."id")`.as('clusters_json');

const summaryColumns = {
  id: calls.id,
  status: calls.status,
  version: calls.version,
  title: calls.title,
  language: calls.language,
  opens_at: calls.opens_at,
  closes_at: calls.closes_at,
  published_at: calls.published_at,
  clusters_json: clustersJson,
};

export interface CallCluster {
  id: string;
  slug: string;
  name: string;
  lead: boolean;
}

/** Lead first, then by name. */
const parseClusters = (json: string | null): CallCluster[] =>
  (json ? (JSON.parse(json) as CallCluster[]) : []).sort(
    (a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name),
  );

/** One call with its clusters, rules and benefits: three statements for one batch. */
export const callQueries = (db: Database, id: string) =>
  [
    db
      .select({
        ...summaryColumns,
        description: calls.description,
        moderator_note: calls.moderator_note,
        hidden_at: calls.hidden_at,
        created_by: calls.created_by,
        // For the review (policy): the call's clusters its creator moderates, and who edited it.
        creator_clusters_json: sql<string>`(SELECT json_group_array(vc.cluster_id) FROM ${callClusters} vc
          WHERE vc.call_id = "calls"."id" AND (EXISTS (SELECT 1 FROM ${clusterMemberships} vm
            WHERE vm.cluster_id = vc.cluster_id AND vm.user_id = "calls"."created_by" AND vm.role = 'moderator')
          OR EXISTS (SELECT 1 FROM ${users} vu WHERE vu.id = "calls"."created_by" AND vu.is_admin = 1)))`.as(
          'creator_clusters_json',
        ),
        editors_json: sql<string>`(SELECT json_group_array(ea.actor_id) FROM ${auditLog} ea
          WHERE ea.entity_type = 'call' AND ea.entity_id = "calls"."id" AND ea.action = 'call.edit'
            AND ea.actor_id IS NOT NULL)`.as('editors_json'),
        created_at: calls.created_at,
        updated_at: calls.updated_at,
      })
      .from(calls)
      .where(eq(calls.id, id)),
    db.select({ rule: callRules.rule, params: callRules.params }).from(callRules).where(eq(callRules.call_id, id)),
    db
      .select({
        kind: callBenefits.kind,
        amount_minor: callBenefits.amount_minor,
        currency: callBenefits.currency,
        details: callBenefits.details,
      })
      .from(callBenefits)
      .where(eq(callBenefits.call_id, id))
      .orderBy(asc(callBenefits.position)),
  ] as const;

type Results = [
  Awaited<ReturnType<typeof callQueries>[0]>,
  Awaited<ReturnType<typeof callQueries>[1]>,
  Awaited<ReturnType<typeof callQueries>[2]>,
];

/** The batch's answers as one record, or undefined when there is no such call. */
export function toCallRecord([rows, rules, benefits]: Results) {
  const row = rows[0];
  if (!row) return undefined;
  const { clusters_json, creator_clusters_json, editors_json, ...rest } = row;
  return {
    ...rest,
    clusters: parseClusters(clusters_json),
    creator_clusters: JSON.parse(creator_clusters_json) as string[],
    editors: JSON.parse(editors_json) as string[],
    rules: sortRules(rules as CallRule[]),
    benefits,
  };
}
export type CallRecord = NonNullable<ReturnType<typeof toCallRecord>>;

export async function findCall(db: Database, id: string): Promise<CallRecord | undefined> {
  const [a, b, c] = callQueries(db, id);
  return toCallRecord(await db.batch([a, b, c]));
}

/** The call as the API shows it; the moderators' note is for those who manage it (`insider`). */
export const toCall = (
  { hidden_at: _h, created_by: _c, creator_clusters: _cc, editors: _e, ...call }: CallRecord,
  insider: boolean,
) => ({
  ...call,
  moderator_note: insider ? call.moderator_note : null,
});

/** Calls in `scope`, newest opening first (at most 200: a cluster runs a few a year). */
export async function listCalls(db: Database, scope: SQL | undefined, clusterSlug?: string) {
  const byCluster = clusterSlug
    ? sql`EXISTS (SELECT 1 FROM ${callClusters} JOIN ${clusters} ON ${clusters.id} = ${callClusters.cluster_id}
        WHERE ${callClusters.call_id} = ${calls.id} AND ${clusters.slug} = ${clusterSlug})`
    : undefined;
  const rows = await db
    .select(summaryColumns)
    .from(calls)
    .where(scope && byCluster ? sql`${scope} AND ${byCluster}` : (scope ?? byCluster))
    .orderBy(desc(calls.opens_at), desc(calls.id))
    .limit(200);
  return rows.map(({ clusters_json, ...row }) => ({ ...row, clusters: parseClusters(clusters_json) }));
}

/**
 * The calls of the clusters matching `clusterScope` (a condition on `clusters.id`), in every
 * state, newest opening first; for one statement of a batch (the dashboard). From the clusters
 * into call_clusters_cluster_idx, so a moderator's few clusters read only their calls; a joint
 * call appears once. Rows go through `toCallSummaries`.
 */
export const callsOfClustersQuery = (db: Database, clusterScope: SQL | undefined, limit: number) =>
  db
    .select(summaryColumns)
    .from(clusters)
    .innerJoin(callClusters, eq(callClusters.cluster_id, clusters.id))
    .innerJoin(calls, eq(calls.id, callClusters.call_id))
    .where(clusterScope)
    .groupBy(calls.id)
    .orderBy(desc(calls.opens_at), desc(calls.id))
    .limit(limit);

export const toCallSummaries = <R extends { clusters_json: string | null }>(rows: R[]) =>
  rows.map(({ clusters_json, ...row }) => ({ ...row, clusters: parseClusters(clusters_json) }));

/** The rules of the call a challenge belongs to (none when it is in no call). */
export const rulesOfChallengeCall = (db: Database, callId: string | null) =>
  callId
    ? db.select({ rule: callRules.rule, params: callRules.params }).from(callRules).where(eq(callRules.call_id, callId))
    : null;

/** The rules of a call as JSON (null when the column is null or it has none), for a query that needs them alongside. */
export const callRulesJson = (callId: SQLiteColumn | SQL | string) =>
  sql<
    string | null
  >`(SELECT json_group_array(json_object('rule', ${callRules.rule}, 'params', json(${callRules.params})))
    FROM ${callRules} WHERE ${callRules.call_id} = ${callId})`;

/**
 * What eligibility is judged by before a solution exists (a submission as it is created, the
 * form's notice): the call's title and rules, and the organization's kind, country and size.
 * One round trip; nothing to judge when the challenge is in no call.
 */
export async function eligibilityFacts(db: Database, callId: string | null, organizationId: string | null) {
  if (!callId) return null;
  const [callRows, orgs] = await db.batch([
    db
      .select({ id: calls.id, title: calls.title, rules_json: callRulesJson(callId).as('rules_json') })
      .from(calls)
      .where(eq(calls.id, callId)),
    db
      .select({ kind: organizations.kind, country: organizations.country, size: organizations.size })
      .from(organizations)
      .where(eq(organizations.id, organizationId ?? '')),
  ]);
  const call = callRows[0];
  if (!call) return null;
  return {
    call: { id: call.id, title: call.title },
    rules: parseRules(call.rules_json),
    organization: orgs[0] ?? null,
  };
}

/**
 * The calls a challenge can be put into now (published, not hidden), soonest closing first, and
 * the one it is in already, so an edit form never drops it (calls_status_closes_idx).
 */
export const openCalls = (db: Database, current: string | null = null) =>
  db
    .select({ id: calls.id, title: calls.title })
    .from(calls)
    .where(or(and(eq(calls.status, 'published'), isNull(calls.hidden_at)), current ? eq(calls.id, current) : undefined))
    .orderBy(asc(calls.closes_at))
    .limit(100);
