import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { invitations } from '../../db/schema';
import { linkId } from '../links';
import { type Counter, hitStatements, throwIfOver } from '../rate-limit';
import { checkInvitationLink } from './invitations';

/** What an invitation is for, in words: the cluster's name, the solution's or the challenge's title. */
const seatTitle = sql<string>`coalesce(CASE ${invitations.kind}
    WHEN 'moderator' THEN (SELECT name FROM clusters WHERE id = ${invitations.target_id})
    WHEN 'team' THEN (SELECT title FROM solutions WHERE id = ${invitations.target_id})
    ELSE (SELECT title FROM challenges WHERE id = ${invitations.target_id}) END, '')`;

/**
 * What the page an invitation link opens shows, in one round trip (issue 17: was four): the link
 * check counted against `counters`, and the invitation the link names with what it is for and who
 * sent it. The count and the read share a batch, and the read is looked at only after the count
 * is: a client over its limit gets the 429 and learns nothing of the invitation. The invitee may
 * not see a draft challenge yet: the link they hold is their right to its title.
 */
export async function openInvitationPage(db: Database, secret: string, token: string, counters: Counter[]) {
  const now = Date.now();
  const [found, ...hits] = await db.batch([
    db
      .select({
        invitation: invitations,
        title: seatTitle.as('seat_title'),
        inviter: sql<string>`coalesce((SELECT name FROM users WHERE id = ${invitations.invited_by}), '')`.as('inviter'),
      })
      .from(invitations)
      .where(sql`${invitations.id} = ${linkId(token) ?? ''}`),
    ...hitStatements(db, counters),
  ]);
  throwIfOver(counters, hits, 'link checks', now);
  const [row] = found;
  const invitation = await checkInvitationLink(secret, token, row?.invitation);
  return { invitation, title: row?.title ?? '', inviter: row?.inviter ?? '' };
}
