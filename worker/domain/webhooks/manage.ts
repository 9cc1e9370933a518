import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { webhookEventTypes, webhooks } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError, invalidField, notVisible } from '../errors';
import { refusedAnswers, refusedTarget } from './target';
import type { WebhookInput, WebhookPatch } from './webhook.schema';

/** Subscriptions a person holds at most: one per integration, not one per event. */
export const WEBHOOKS_PER_USER = 20;

/** How targets are checked: `loopback` in development and tests only; `resolve` asks DNS (production). */
export interface TargetCheck {
  loopback: boolean;
  resolve: boolean;
}

/** Refuses a target inside a network (400 naming `url`), by its form and, in production, its DNS answers. */
export async function assertTarget(url: string, check: TargetCheck): Promise<void> {
  const refused = refusedTarget(url, check) ?? (check.resolve ? await refusedAnswers(new URL(url).hostname) : null);
  if (refused) throw invalidField('url', refused);
}

/** `whsec_` and base64 of 32 random bytes: the form Standard Webhooks libraries take. */
const newSecret = () => `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;

const listed = {
  id: webhooks.id,
  url: webhooks.url,
  events: webhooks.events,
  enabled: sql<boolean>`${webhooks.disabled_at} IS NULL`.mapWith(Boolean),
  disabled_at: webhooks.disabled_at,
  consecutive_failures: webhooks.consecutive_failures,
  created_at: webhooks.created_at,
};

const owned = (actor: SignedIn, id: string) => and(eq(webhooks.id, id), eq(webhooks.user_id, actor.id));

/** A person's subscriptions, newest first (never their secrets). */
export const listWebhooks = (db: Database, userId: string) =>
  db
    .select(listed)
    .from(webhooks)
    .where(eq(webhooks.user_id, userId))
    .orderBy(desc(webhooks.id))
    .limit(WEBHOOKS_PER_USER);

const readOwned = (db: Database, actor: SignedIn, id: string) =>
  db.select(listed).from(webhooks).where(owned(actor, id));

/** One of `actor`'s subscriptions; another's is absent (404). */
export async function getWebhook(db: Database, actor: SignedIn, id: string) {
  const row = await readOwned(db, actor, id).get();
  if (!row) throw notVisible('webhook');
  return row;
}

/** The index rows of `events`, written only if the subscription exists and is `actor`'s. */
const typesOf = (db: Database, actor: SignedIn, id: string, events: readonly string[]) =>
  db
    .insert(webhookEventTypes)
    .select(
      sql`SELECT j.value, ${id} FROM json_each(${JSON.stringify(events)}) AS j
        WHERE EXISTS (SELECT 1 FROM ${webhooks} WHERE ${owned(actor, id)})`,
    )
    .onConflictDoNothing();

/** A new subscription for `actor`; its secret is in the answer and never again. */
export async function createWebhook(db: Database, actor: SignedIn, input: WebhookInput) {
  const id = uuidv7();
  const secret = newSecret();
  const events = [...new Set(input.events)];
  // The limit holds in the statement: two creations at once cannot both slip under it.
  const underLimit = sql`(SELECT count(*) FROM ${webhooks} WHERE ${webhooks.user_id} = ${actor.id}) < ${WEBHOOKS_PER_USER}`;
  const [, , rows] = await db.batch([
    insertIf(db, webhooks, { id, user_id: actor.id, url: input.url, events, secret }, underLimit),
    typesOf(db, actor, id, events),
    readOwned(db, actor, id),
  ]);
  const row = rows[0];
  if (!row) {
    throw new DomainError(
      'invalid_state',
      `You hold ${WEBHOOKS_PER_USER} webhooks already: delete one you no longer use before creating another.`,
      { details: { current_state: 'full' } },
    );
  }
  return { ...row, secret };
}

/** Changes the target, the event types, or switches deliveries off or on again (which forgets past failures). */
export async function updateWebhook(db: Database, actor: SignedIn, id: string, patch: WebhookPatch) {
  const set: Partial<Record<keyof typeof webhooks.$inferInsert, unknown>> = {};
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.events !== undefined) set.events = [...new Set(patch.events)];
  if (patch.enabled === true) Object.assign(set, { disabled_at: null, consecutive_failures: 0 });
  if (patch.enabled === false) set.disabled_at = sql`coalesce(${webhooks.disabled_at}, ${new Date().toISOString()})`;
  const statements = [];
  if (patch.events !== undefined) {
    const mine: SQL = sql`EXISTS (SELECT 1 FROM ${webhooks} WHERE ${owned(actor, id)})`;
    statements.push(db.delete(webhookEventTypes).where(and(eq(webhookEventTypes.webhook_id, id), mine)));
    statements.push(typesOf(db, actor, id, set.events as string[]));
  }
  const [first, ...rest] = [
    db
      .update(webhooks)
      .set(set as typeof webhooks.$inferInsert)
      .where(owned(actor, id))
      .returning({ id: webhooks.id }),
    ...statements,
  ] as const;
  const [updated] = await db.batch([first, ...rest]);
  if (updated.length === 0) throw notVisible('webhook');
  return getWebhook(db, actor, id);
}

/** Deletes one of `actor`'s subscriptions, with its delivery log. */
export async function deleteWebhook(db: Database, actor: SignedIn, id: string) {
  const deleted = await db.delete(webhooks).where(owned(actor, id)).returning({ id: webhooks.id });
  if (deleted.length === 0) throw notVisible('webhook');
}
