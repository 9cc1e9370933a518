import { and, eq, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { callBenefits, callClusters, callRules, calls, clusters } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidState } from '../errors';
import { type NotificationEvent, notify } from '../notifications/notify';
import type { CallCreate, CallPatch } from './call.schema';
import { type CallRule, sameRules } from './eligibility';
import {
  CALL_TRANSITIONS,
  type CallAction,
  type CallStatus,
  callActionsFrom,
  callEditable,
  takesChallenges,
} from './lifecycle';
import { callNews } from './news';
import type { CallRecord } from './read';

/** The statement guard "the call is still at the version that was read". */
const atVersion = (id: string, version: number) =>
  sql`EXISTS (SELECT 1 FROM ${calls} WHERE ${calls.id} = ${id} AND ${calls.version} = ${version})`;

const staleCall = (expected: number) =>
  new DomainError(
    'stale_version',
    `You edited version ${expected} of the call, but it has changed since. Reload it, re-apply your change and send the new version.`,
  );

/** The ids of the clusters named by slug, in the order given; a validation error names any unknown one. */
export async function clustersBySlug(db: Database, slugs: readonly string[]) {
  const rows = await db
    .select({ id: clusters.id, slug: clusters.slug })
    .from(clusters)
    .where(inArray(clusters.slug, [...slugs]));
  const unknown = slugs.filter((slug) => !rows.some((r) => r.slug === slug));
  if (unknown.length) {
    throw new DomainError('validation_failed', `There is no cluster ${unknown.map((s) => `'${s}'`).join(', ')}.`, {
      errors: [{ path: 'clusters', message: 'GET /api/v1/clusters lists the clusters and their slugs.' }],
    });
  }
  return slugs.map((slug) => ({ id: rows.find((r) => r.slug === slug)?.id as string }));
}

const ruleRows = (callId: string, rules: CallCreate['rules']) =>
  rules.map((r) => ({ call_id: callId, rule: r.rule, params: r.params }));
const benefitRows = (callId: string, benefits: CallCreate['benefits']) =>
  benefits.map((b, position) => ({
    call_id: callId,
    position,
    kind: b.kind,
    amount_minor: b.amount_minor ?? null,
    currency: b.currency ?? null,
    details: b.details,
  }));

/** A new call as a draft, run by the given clusters (the first leads); audited. */
export async function createCall(
  db: Database,
  actor: SignedIn,
  clusterIds: readonly { id: string }[],
  { clusters: _slugs, rules, benefits, ...fields }: CallCreate,
): Promise<string> {
  const id = uuidv7();
  const lead = clusterIds[0]?.id ?? null;
  const statements: BatchItem<'sqlite'>[] = [
    db.insert(calls).values({ id, ...fields, created_by: actor.id }),
    db.insert(callClusters).values(clusterIds.map((c, i) => ({ call_id: id, cluster_id: c.id, lead: i === 0 }))),
    ...ruleRows(id, rules).map((row) => db.insert(callRules).values(row)),
    ...benefitRows(id, benefits).map((row) => db.insert(callBenefits).values(row)),
  ];
  await batchEndingWith(
    db,
    statements,
    auditIf(
      db,
      {
        actorId: actor.id,
        action: 'call.create',
        entityType: 'call',
        entityId: id,
        clusterId: lead,
        after: { status: 'draft', title: fields.title, clusters: clusterIds.map((c) => c.id) },
      },
      sql`1`,
    ),
  );
  return id;
}

/** Its managers edit a call before review and amend it while published; rules and benefits are replaced whole. */
export async function updateCall(
  db: Database,
  actor: SignedIn,
  record: CallRecord,
  version: number,
  { rules, benefits, ...fields }: Omit<CallPatch, 'version'>,
): Promise<void> {
  if (!callEditable(record.status)) {
    throw invalidState(
      `A ${record.status} call cannot be edited: calls are edited as drafts, when changes are requested, and amended while published.`,
      record.status,
    );
  }
  if (record.version !== version) throw staleCall(version);
  if (rules && record.status === 'published' && !sameRules(rules as CallRule[], record.rules)) {
    throw invalidState(
      'The rules of a published call are fixed: solvers have applied under them. Amend its description, dates or benefits; for other rules, close this call and open a new one.',
      record.status,
    );
  }
  const opens = fields.opens_at ?? record.opens_at;
  const closes = fields.closes_at ?? record.closes_at;
  if (closes <= opens) {
    throw new DomainError('validation_failed', 'The call must close after it opens.', {
      errors: [{ path: 'closes_at', message: `Must be after opens_at (${opens}).` }],
    });
  }
  const guard = atVersion(record.id, version);
  const statements: BatchItem<'sqlite'>[] = [];
  if (rules) {
    statements.push(db.delete(callRules).where(and(eq(callRules.call_id, record.id), guard)));
    for (const row of ruleRows(record.id, rules)) statements.push(insertIf(db, callRules, row, guard));
  }
  if (benefits) {
    statements.push(db.delete(callBenefits).where(and(eq(callBenefits.call_id, record.id), guard)));
    for (const row of benefitRows(record.id, benefits)) statements.push(insertIf(db, callBenefits, row, guard));
  }
  statements.push(
    auditIf(
      db,
      {
        actorId: actor.id,
        action: 'call.edit',
        entityType: 'call',
        entityId: record.id,
        clusterId: record.clusters.find((c) => c.lead)?.id ?? null,
        before: { version },
        after: {
          version: version + 1,
          fields: Object.keys({ ...fields, ...(rules ? { rules } : {}), ...(benefits ? { benefits } : {}) }),
        },
      },
      guard,
    ),
  );
  const updated = await batchEndingWith(
    db,
    statements,
    db
      .update(calls)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(calls.id, record.id), eq(calls.version, version)))
      .returning({ id: calls.id }),
  );
  if (updated.length === 0) throw staleCall(version);
}

function illegalCallTransition(action: CallAction, status: CallStatus) {
  const next = callActionsFrom(status);
  return invalidState(
    `Cannot ${action.replace('_', ' ')} a call that is ${status}. ${
      next.length
        ? `From ${status} the possible actions are: ${next.join(', ')}.`
        : `Nothing more happens to a ${status} call.`
    }`,
    status,
    { allowed_actions: next },
  );
}

/** The statements that tell of a call's step, if anyone is to hear of it. */
const told = (db: Database, news: NotificationEvent | null) => (news ? notify(db, news) : []);

/** Moves the call along its life cycle, with its audit entry and the news of it, guarded by the version read. */
export async function transitionCall(
  db: Database,
  actor: SignedIn,
  record: CallRecord,
  action: CallAction,
  note: string | undefined,
): Promise<void> {
  const transition = CALL_TRANSITIONS[action];
  if (!(transition.from as readonly CallStatus[]).includes(record.status))
    throw illegalCallTransition(action, record.status);
  if (transition.noteRequired && !note) {
    throw new DomainError(
      'validation_failed',
      `Say what to change: a note is required to ${action.replace('_', ' ')}.`,
      {
        errors: [{ path: 'note', message: 'Required for this action.' }],
      },
    );
  }
  const now = new Date().toISOString();
  if (action === 'publish' && record.closes_at <= now) {
    throw new DomainError('validation_failed', 'The call closes in the past. Request changes so a later date is set.', {
      errors: [{ path: 'closes_at', message: 'Must be in the future.' }],
    });
  }
  const guard = atVersion(record.id, record.version);
  const news = callNews(record, action, actor.id, guard, note);
  const updated = await batchEndingWith(
    db,
    [
      ...told(db, news),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `call.${action}`,
          entityType: 'call',
          entityId: record.id,
          clusterId: record.clusters.find((c) => c.lead)?.id ?? null,
          before: { status: record.status, version: record.version },
          after: { status: transition.to, version: record.version + 1, ...(note ? { note } : {}) },
        },
        guard,
      ),
    ],
    db
      .update(calls)
      .set({
        status: transition.to,
        version: record.version + 1,
        ...(action === 'publish' ? { published_at: now } : {}),
        ...(action === 'request_changes' ? { moderator_note: note } : {}),
      })
      .where(and(eq(calls.id, record.id), eq(calls.version, record.version)))
      .returning({ id: calls.id }),
  );
  if (updated.length === 0) throw staleCall(record.version);
}

/** Per batch: two bound parameters per call, well under D1's limit. */
const DUE_PER_BATCH = 40;

/** The cron's job: published calls whose `closes_at` has passed close, each with an audit entry by the system. */
export async function closeDueCalls(db: Database, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await db
      .select({ id: calls.id, version: calls.version, title: calls.title })
      .from(calls)
      .where(and(eq(calls.status, 'published'), lte(calls.closes_at, now.toISOString())))
      .limit(DUE_PER_BATCH);
    if (due.length === 0) return total;
    const guardOf = (c: { id: string; version: number }): SQL => atVersion(c.id, c.version);
    const closed = await batchEndingWith(
      db,
      due.flatMap((c) => [
        // Its creator and managers hear of it, in the batch that closes it.
        ...told(db, callNews(c, 'close', null, guardOf(c))),
        auditIf(
          db,
          {
            actorId: null,
            action: 'call.close',
            entityType: 'call',
            entityId: c.id,
            before: { status: 'published', version: c.version },
            after: { status: 'closed', version: c.version + 1, reason: 'closing date passed' },
          },
          guardOf(c),
        ),
      ]),
      db
        .update(calls)
        .set({ status: 'closed', version: sql`${calls.version} + 1` })
        .where(or(...due.map((c) => and(eq(calls.id, c.id), eq(calls.version, c.version)))))
        .returning({ id: calls.id }),
    );
    total += closed.length;
    if (due.length < DUE_PER_BATCH) return total;
  }
}

/**
 * A challenge is put into a call only while the call is published (and not hidden), and only a
 * call its cluster runs: a validation error on `call_id` otherwise, the same for a call that does
 * not exist or that the author may not see.
 */
export async function assertCallTakesChallenges(db: Database, callId: string, clusterId: string): Promise<void> {
  const call = await db
    .select({
      status: calls.status,
      hidden_at: calls.hidden_at,
      ours: sql<number>`EXISTS (SELECT 1 FROM ${callClusters} WHERE ${callClusters.call_id} = ${callId}
        AND ${callClusters.cluster_id} = ${clusterId})`,
    })
    .from(calls)
    .where(eq(calls.id, callId))
    .get();
  if (!call || call.hidden_at || !takesChallenges(call.status)) {
    throw new DomainError(
      'validation_failed',
      'Choose an open call: this one does not exist or takes no challenges now.',
      {
        errors: [{ path: 'call_id', message: 'GET /api/v1/calls lists the calls; open ones have status published.' }],
      },
    );
  }
  if (!call.ours) {
    throw new DomainError('validation_failed', "Choose a call your challenge's cluster runs: this one is another's.", {
      errors: [
        { path: 'call_id', message: "GET /api/v1/calls?cluster={your cluster's slug} lists the calls it runs." },
      ],
    });
  }
}
