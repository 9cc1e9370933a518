import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../../db/client';
import type { SignedIn } from '../actor';
import { accountParts } from './export/account-parts';
import { auditParts } from './export/audit-parts';
import { callParts, challengeParts } from './export/challenge-parts';
import { inboxParts } from './export/inbox-parts';
import { joinList, joinOne, type Part, type Parts } from './export/json-rows';
import { juryParts } from './export/jury-parts';
import { conversationParts, eventParts, networkParts } from './export/network-parts';
import { milestoneParts, solutionParts } from './export/solution-parts';

const ABOUT =
  'Everything Bedside holds about your account at generated_at: your account and organization, clusters, ' +
  'sessions, emailed links, the challenges you own, your questions and answers, endorsements, solutions, ' +
  'where your solutions stand in each stage, team memberships, the files you attached (their names and sizes, not their bytes), terms you accepted, calls you created, ' +
  'cooperation milestones you recorded, ' +
  'jury seats, scores, conflict declarations, decisions you explained, reports, notifications, saved searches, API keys, webhooks, emails, invitations ' +
  'and the audit entries you made or that are about your account. Left out on purpose: secrets (your ' +
  'password hash, session and link secrets, feed addresses), who else acted on your account, and other ' +
  'people’s confidential content, such as the solutions submitted to your challenges (only their number) ' +
  'and the text of others’ questions once hidden.';

/** A data export as sent: the JSON text of a `DataExport` (export.schema.ts) and when it was made. */
export interface ExportDocument {
  generated_at: string;
  json: string;
}

const isPart = (value: Part | Parts): value is Part => 'query' in value && 'kind' in value;

/** Every part's query, depth first in the document's order. */
const queriesOf = (parts: Parts): BatchItem<'sqlite'>[] =>
  Object.values(parts).flatMap((value) => (isPart(value) ? [value.query] : queriesOf(value)));

/** The JSON text of `parts`, each taking its results from `results` in the order of `queriesOf`. */
function jsonOf(parts: Parts, results: Iterator<{ part: string }[]>): string {
  const members = Object.entries(parts).map(([key, value]) => {
    if (!isPart(value)) return `${JSON.stringify(key)}:${jsonOf(value, results)}`;
    const rows = results.next().value ?? [];
    return `${JSON.stringify(key)}:${value.kind === 'list' ? joinList(rows) : joinOne(rows)}`;
  });
  return `{${members.join(',')}}`;
}

/**
 * Everything held about the signed-in person, in one round trip: one batch of reads, each by an
 * index on the person's id or (confirmed) address, each part built as JSON inside SQLite
 * (export/json-rows.ts). See export.schema.ts for what is left out and why. Callers count the
 * download against `exportLimits` first.
 */
export async function exportAccount(db: Database, actor: SignedIn): Promise<ExportDocument> {
  const me = actor.id;
  // Only a confirmed address is theirs: an unconfirmed one may be someone else's (no invitation or
  // email is to the empty address), as on the dashboard.
  const address = actor.emailConfirmed ? actor.email : '';
  // In the document's order (export.schema.ts); the account comes first, as the check below expects.
  const parts: Parts = {
    ...accountParts(db, me),
    ...challengeParts(db, me),
    ...solutionParts(db, me),
    ...callParts(db, me),
    ...milestoneParts(db, me),
    ...juryParts(db, me),
    ...inboxParts(db, me, address),
    ...auditParts(db, me),
    ...networkParts(db, me),
    events: eventParts(db, me),
    ...conversationParts(db, me),
  };
  const [first, ...rest] = queriesOf(parts);
  const results = (await db.batch([first as BatchItem<'sqlite'>, ...rest])) as { part: string }[][];
  if (results[0]?.length !== 1) throw new Error(`Signed-in user ${me} has no row.`);
  const generatedAt = new Date().toISOString();
  const head = `{"about":${JSON.stringify(ABOUT)},"generated_at":${JSON.stringify(generatedAt)},`;
  return { generated_at: generatedAt, json: head + jsonOf(parts, results[Symbol.iterator]()).slice(1) };
}

/** The name a download is saved under: `bedside-data-2026-11-30.json`. */
export const exportFileName = (data: ExportDocument) => `bedside-data-${data.generated_at.slice(0, 10)}.json`;
