import { and, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimits, signInGuards } from '../db/schema';
import { DomainError } from './errors';

/** A fixed-window limit, counted in D1 so it holds across requests, isolates and locations. */
export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Sign-in: attempts per account address and per client in 15 minutes from the first; the last
 * allowed attempt that fails pauses sign-in for 15 minutes from then (domain/accounts/sign-in.ts).
 */
export const LOGIN_FAILURES_PER_ACCOUNT: Limit = { name: 'signin-account', max: 5, windowSeconds: 15 * 60 };
/** Higher than per account: a hospital's users often share one address. */
export const LOGIN_FAILURES_PER_CLIENT: Limit = { name: 'signin-client', max: 20, windowSeconds: 15 * 60 };
export const REGISTRATIONS_PER_CLIENT: Limit = { name: 'register-client', max: 10, windowSeconds: 60 * 60 };

// Everything that sends an email or checks a secret is limited by account (or address) and by
// client, so neither a mailbox nor a password can be hammered from one place or at one target.
const HOUR = 60 * 60;
export const VERIFICATIONS_PER_ACCOUNT: Limit = { name: 'verify-account', max: 3, windowSeconds: HOUR };
export const VERIFICATIONS_PER_CLIENT: Limit = { name: 'verify-client', max: 10, windowSeconds: HOUR };
export const RESETS_PER_ADDRESS: Limit = { name: 'reset-address', max: 3, windowSeconds: HOUR };
export const RESETS_PER_CLIENT: Limit = { name: 'reset-client', max: 10, windowSeconds: HOUR };
// Links are HMAC-signed (nothing to guess); this bounds the work of checking them, and a whole
// hospital may share one address.
export const LINKS_PER_CLIENT: Limit = { name: 'link-client', max: 300, windowSeconds: 15 * 60 };
export const PASSWORD_CHANGES_PER_ACCOUNT: Limit = { name: 'password-account', max: 5, windowSeconds: 15 * 60 };
export const PASSWORD_CHANGES_PER_CLIENT: Limit = { name: 'password-client', max: 20, windowSeconds: 15 * 60 };
export const EMAIL_CHANGES_PER_ACCOUNT: Limit = { name: 'email-change-account', max: 3, windowSeconds: HOUR };
export const INVITATIONS_PER_INVITER: Limit = { name: 'invite-account', max: 100, windowSeconds: 24 * HOUR };
export const INVITATIONS_PER_CLIENT: Limit = { name: 'invite-client', max: 100, windowSeconds: 24 * HOUR };
export const INVITATIONS_PER_ADDRESS: Limit = { name: 'invite-address', max: 30, windowSeconds: 7 * 24 * HOUR };
/** Downloading one's data reads everything at once: a few times an hour is plenty. */
export const EXPORTS_PER_ACCOUNT: Limit = { name: 'export-account', max: 10, windowSeconds: HOUR };

export interface Counter {
  limit: Limit;
  subject: string;
}

function window(limit: Limit, now: number) {
  const start = Math.floor(now / 1000 / limit.windowSeconds) * limit.windowSeconds;
  return { start, retryAfter: start + limit.windowSeconds - Math.floor(now / 1000) };
}

const keyOf = ({ limit, subject }: Counter) => `${limit.name}:${subject}`;

function tooMany(counter: Counter, retryAfter: number, what: string): DomainError {
  const minutes = Math.ceil(retryAfter / 60);
  return new DomainError(
    'rate_limited',
    `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    {
      retryAfterSeconds: retryAfter,
      details: { limit: counter.limit.max, window_seconds: counter.limit.windowSeconds },
    },
  );
}

/** Throws 429 if any counter is already at its limit; one query for all of them. */
export async function assertUnderLimits(db: Database, counters: Counter[], what: string): Promise<void> {
  const now = Date.now();
  const rows = await db
    .select({ key: rateLimits.key, windowStart: rateLimits.window_start, count: rateLimits.count })
    .from(rateLimits)
    .where(inArray(rateLimits.key, counters.map(keyOf)));
  for (const counter of counters) {
    const { start, retryAfter } = window(counter.limit, now);
    const row = rows.find((r) => r.key === keyOf(counter) && r.windowStart === start);
    if (row && row.count >= counter.limit.max) throw tooMany(counter, retryAfter, what);
  }
}

/** Statements that add one to each counter's current window (for the caller's batch). */
export function countHits(db: Database, counters: Counter[]) {
  const now = Date.now();
  return counters.map((counter) =>
    db
      .insert(rateLimits)
      .values({ key: keyOf(counter), window_start: window(counter.limit, now).start, count: 1 })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.window_start],
        set: { count: sql`${rateLimits.count} + 1` },
      }),
  );
}

/** Adds one and throws 429 when that goes over the limit; a single atomic upsert. */
export async function hitOrThrow(db: Database, counter: Counter, what: string): Promise<void> {
  const { retryAfter } = window(counter.limit, Date.now());
  const [row] = await countHits(db, [counter])[0]!.returning({ count: rateLimits.count });
  if ((row?.count ?? 0) > counter.limit.max) throw tooMany(counter, retryAfter, what);
}

/** Statements adding one to each counter, each returning its count (for the caller's batch; `throwIfOver` reads them). */
export const hitStatements = (db: Database, counters: Counter[]) =>
  countHits(db, counters).map((statement) => statement.returning({ count: rateLimits.count }));

/** Throws 429 (the longest wait) if any counter went over its limit, from what `hitStatements` returned at `now`. */
export function throwIfOver(counters: Counter[], results: { count: number }[][], what: string, now: number): void {
  const over = counters
    .map((counter, i) => ({ counter, count: results[i]?.[0]?.count ?? 0, ...window(counter.limit, now) }))
    .filter(({ counter, count }) => count > counter.limit.max)
    .sort((a, b) => b.retryAfter - a.retryAfter)[0];
  if (over) throw tooMany(over.counter, over.retryAfter, what);
}

/** Adds one to every counter in one batch and throws 429 (the longest wait) if any went over its limit. */
export async function hitAllOrThrow(db: Database, counters: Counter[], what: string): Promise<void> {
  const now = Date.now();
  const [first, ...rest] = hitStatements(db, counters);
  if (!first) return;
  throwIfOver(counters, await db.batch([first, ...rest]), what, now);
}

export const clearCounter = (db: Database, counter: Counter) =>
  db.delete(rateLimits).where(eq(rateLimits.key, keyOf(counter)));

/** What counting one attempt returned: the attempts in the period so far (this one included) and any pause. */
export interface Attempt {
  attempts: number;
  lockedUntil: number | null;
}

/**
 * One statement (for the caller's batch) that counts an attempt against a guard and returns the
 * row, so parallel attempts each get their own number and no more than `max` of them pass. A pause
 * that is over, or a period that is over, starts afresh; the attempt that reaches `max` sets the
 * pause (the caller takes it back if the attempt succeeds); attempts during a pause never extend it.
 */
export function countAttempt(db: Database, counter: Counter, now: number) {
  const g = signInGuards;
  const { max, windowSeconds } = counter.limit;
  const locked = sql`${g.locked_until} > ${now}`;
  const fresh = sql`${g.locked_until} IS NOT NULL OR ${g.since} <= ${now - windowSeconds}`;
  return db
    .insert(g)
    .values({ key: keyOf(counter), attempts: 1, since: now, locked_until: max <= 1 ? now + windowSeconds : null })
    .onConflictDoUpdate({
      target: g.key,
      set: {
        attempts: sql`CASE WHEN ${locked} THEN ${g.attempts} + 1 WHEN ${fresh} THEN 1 ELSE ${g.attempts} + 1 END`,
        since: sql`CASE WHEN ${locked} THEN ${g.since} WHEN ${fresh} THEN ${now} ELSE ${g.since} END`,
        locked_until: sql`CASE WHEN ${locked} THEN ${g.locked_until} WHEN ${fresh} THEN NULL
          WHEN ${g.attempts} + 1 >= ${max} THEN ${now + windowSeconds} ELSE NULL END`,
      },
    })
    .returning({ attempts: g.attempts, lockedUntil: g.locked_until });
}

/** Takes back an attempt that succeeded (it was no failure), lifting the pause it set. */
export function takeBackAttempt(db: Database, counter: Counter) {
  const g = signInGuards;
  return db
    .update(g)
    .set({
      attempts: sql`${g.attempts} - 1`,
      locked_until: sql`CASE WHEN ${g.attempts} - 1 < ${counter.limit.max} THEN NULL ELSE ${g.locked_until} END`,
    })
    .where(and(eq(g.key, keyOf(counter)), gt(g.attempts, 0)));
}

/** Forgets a guard: after a successful sign-in, the account's failures and pause are gone. */
export const clearGuard = (db: Database, counter: Counter) =>
  db.delete(signInGuards).where(eq(signInGuards.key, keyOf(counter)));

/** Refusal for an attempt over its guard's limit, with the seconds until its pause ends. */
export function pausedError(counter: Counter, lockedUntil: number, now: number, what: string): DomainError {
  return tooMany(counter, Math.max(1, lockedUntil - now), what);
}

/** Guards whose period and pause are long over; deleted by the scheduled handler. */
export const deleteExpiredGuards = (db: Database, olderThanSeconds = 24 * 3600) => {
  const cutoff = Math.floor(Date.now() / 1000) - olderThanSeconds;
  return db
    .delete(signInGuards)
    .where(
      and(lt(signInGuards.since, cutoff), or(isNull(signInGuards.locked_until), lt(signInGuards.locked_until, cutoff))),
    );
};

/** Old windows are useless; deleted by the scheduled handler. */
export const deleteExpiredWindows = (db: Database, olderThanSeconds = 24 * 3600) =>
  db.delete(rateLimits).where(lt(rateLimits.window_start, Math.floor(Date.now() / 1000) - olderThanSeconds));

/** Opening an emailed link (confirm, reset, accept): per client, against guessing. */
export const linkCheckLimits = (client: string): Counter[] => [{ limit: LINKS_PER_CLIENT, subject: client }];

/** Asking for the confirmation link again: per account and per client. */
export const verificationLimits = (userId: string, client: string): Counter[] => [
  { limit: VERIFICATIONS_PER_ACCOUNT, subject: userId },
  { limit: VERIFICATIONS_PER_CLIENT, subject: client },
];

/** Asking for a reset link: per address asked about (whether or not it has an account) and per client. */
export const resetLimits = (email: string, client: string): Counter[] => [
  { limit: RESETS_PER_ADDRESS, subject: email },
  { limit: RESETS_PER_CLIENT, subject: client },
];

/** Changing the password (it needs the current one: a guessing target). */
export const passwordChangeLimits = (userId: string, client: string): Counter[] => [
  { limit: PASSWORD_CHANGES_PER_ACCOUNT, subject: userId },
  { limit: PASSWORD_CHANGES_PER_CLIENT, subject: client },
];

/** Changing the address (it needs the current password, and sends an email). */
export const emailChangeLimits = (userId: string, client: string): Counter[] => [
  { limit: EMAIL_CHANGES_PER_ACCOUNT, subject: userId },
  { limit: PASSWORD_CHANGES_PER_CLIENT, subject: client },
];

/**
 * The counters an invitation counts against: the inviter's day, the client's, and the invited
 * address's week (across every inviter: no one is sent invitations without end).
 */
export const inviteLimits = (inviterId: string, client: string, email: string): Counter[] => [
  { limit: INVITATIONS_PER_INVITER, subject: inviterId },
  { limit: INVITATIONS_PER_CLIENT, subject: client },
  { limit: INVITATIONS_PER_ADDRESS, subject: email },
];

/** Downloading one's data (API and page alike): per account. */
export const exportLimits = (userId: string): Counter[] => [{ limit: EXPORTS_PER_ACCOUNT, subject: userId }];
