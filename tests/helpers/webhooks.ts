import { env } from 'cloudflare:test';
import type { TestUser } from './actors';
import { api, must } from './http';
import { unique } from './unique';
import { eventually } from './wait';

/** What the local receiver (tests/setup/webhook-receiver.ts) recorded of one delivery. */
export interface Received {
  id: string;
  verified: boolean;
  error: string | null;
  answered: number;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  at: number;
}

export interface Hook {
  id: string;
  secret: string;
  /** The receiver's name for this subscription: its inbox. */
  name: string;
}

const receiver = () => env.TEST_WEBHOOK_RECEIVER;

/**
 * A subscription of `owner` to `events`, pointed at a fresh inbox of the local receiver, which
 * verifies with its secret and answers the first `fail` deliveries 500.
 */
export async function subscribe(owner: TestUser, events: string[], { fail = 0 } = {}): Promise<Hook> {
  const name = `hook-${unique()}`;
  const created = await must(
    api('/api/v1/webhooks', { token: owner.token, body: { url: `${receiver()}/hook/${name}`, events } }),
    201,
  );
  const hook = { id: created.body.id as string, secret: created.body.secret as string, name };
  await planFailures(hook, fail);
  return hook;
}

/** Tells the receiver to answer the next `fail` deliveries to this hook 500. */
export async function planFailures(hook: Hook, fail: number) {
  const res = await fetch(`${receiver()}/plan/${hook.name}`, {
    method: 'POST',
    body: JSON.stringify({ secret: hook.secret, fail }),
  });
  if (!res.ok) throw new Error(`receiver plan: ${res.status}`);
}

/** What the receiver got for this hook, oldest first. */
export const inbox = async (hook: Hook) =>
  (await (await fetch(`${receiver()}/inbox/${hook.name}`)).json()) as Received[];

/** Waits until the receiver got `count` deliveries for this hook. */
export const received = (hook: Hook, count = 1, timeoutMs = 15_000) =>
  eventually(
    `${count} webhook deliveries to ${hook.name}`,
    () => inbox(hook),
    (r) => r.length >= count,
    timeoutMs,
  );

export interface DeliveryView {
  id: string;
  type: string;
  status: string;
  attempts: { attempt: number; status_code: number | null; duration_ms: number; error: string | null; at: string }[];
  payload: { type: string; data: Record<string, unknown> };
}

/** The subscription's delivery log, first page. */
export const deliveries = async (owner: TestUser, hook: Hook) =>
  (await must(api(`/api/v1/webhooks/${hook.id}/deliveries`, { token: owner.token }))).body.data as DeliveryView[];

/** Waits until every delivery in the log is done (delivered or failed) and there are `count`. */
export const settled = (owner: TestUser, hook: Hook, count = 1, timeoutMs = 20_000) =>
  eventually(
    `${count} settled deliveries of ${hook.name}`,
    () => deliveries(owner, hook),
    (rows) => rows.length >= count && rows.every((d) => d.status !== 'pending'),
    timeoutMs,
  );
