import { env, SELF } from 'cloudflare:test';
import { BASE } from './http';
import { eventually } from './wait';

export interface OutboxMessage {
  id: string;
  event_id: string;
  to_email: string;
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
  params: string;
  language: string;
}

/** Outbox rows to `to` (of `kind`), oldest first. */
export const outboxTo = async (to: string, kind?: string) =>
  (
    await env.DB.prepare(`SELECT * FROM email_outbox WHERE to_email = ? ${kind ? 'AND kind = ?' : ''} ORDER BY id`)
      .bind(...(kind ? [to, kind] : [to]))
      .all<OutboxMessage>()
  ).results;

/**
 * Waits until the real queue consumer has dealt with every message to `to` (sent or failed for
 * good), and returns them. The request that wrote them only handed them to the queue.
 */
export const delivered = (to: string, kind?: string, { count = 1, timeoutMs = 15_000 } = {}) =>
  eventually(
    `${count} delivered email(s) to ${to} (${kind ?? 'any kind'})`,
    () => outboxTo(to, kind),
    (rows) => rows.length >= count && rows.every((r) => r.status === 'sent' || r.status === 'failed'),
    timeoutMs,
  );

/** A message as the development mailbox shows it (both parts rendered the way they were sent). */
export async function mailboxPage(id: string): Promise<string> {
  const res = await SELF.fetch(`${BASE}/dev/mailbox/${id}`, { headers: { accept: 'text/html' } });
  if (res.status !== 200) throw new Error(`mailbox page ${id}: ${res.status}`);
  return res.text();
}

/** The first link in a message whose path is `path`, from its text part in the mailbox. */
export async function linkIn(id: string, path: string): Promise<URL> {
  const html = await mailboxPage(id);
  const decoded = html.replace(/&amp;/g, '&');
  const match = decoded.match(new RegExp(`https?://[^\\s"<>]*${path.replace(/\//g, '\\/')}\\?[^\\s"<>]*`));
  if (!match) throw new Error(`no ${path} link in message ${id}`);
  return new URL(match[0]);
}

/** The `token` of the first `path` link in the newest delivered email to `to`. */
export async function tokenFromMail(to: string, kind: string, path: string): Promise<string> {
  const rows = await delivered(to, kind);
  const newest = rows.at(-1);
  if (!newest) throw new Error(`no ${kind} email to ${to}`);
  return (await linkIn(newest.id, path)).searchParams.get('token') ?? '';
}
