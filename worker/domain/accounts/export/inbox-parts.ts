import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  apiKeys,
  emailOutbox,
  invitations,
  notificationPreferences,
  notifications,
  reports,
  savedSearches,
  webhooks,
} from '../../../db/schema';
import { jsonRow, listPart, type Parts } from './json-rows';

const invitationFields = {
  id: invitations.id,
  kind: invitations.kind,
  challenge_id: invitations.challenge_id,
  cluster_id: invitations.cluster_id,
  role: invitations.role,
  status: invitations.status,
  expires_at: invitations.expires_at,
  accepted_at: invitations.accepted_at,
  last_sent_at: invitations.last_sent_at,
  created_at: invitations.created_at,
};

/**
 * What they reported, what Bedside tells and sends them, their settings, keys and webhooks, and
 * invitations either way. `address` is their address only once confirmed ('' before: an
 * unconfirmed one may be someone else's, as on the dashboard).
 */
export const inboxParts = (db: Database, me: string, address: string): Parts => ({
  // Not who resolved it, nor their note: those are the moderators'.
  reports: listPart(
    db,
    'reports',
    db
      .select(
        jsonRow(
          {
            id: reports.id,
            entity_type: reports.entity_type,
            entity_id: reports.entity_id,
            reason: reports.reason,
            status: reports.status,
            resolved_at: reports.resolved_at,
            created_at: reports.created_at,
          },
          asc(reports.created_at),
        ),
      )
      .from(reports)
      .where(eq(reports.reporter_id, me)),
  ),
  notifications: listPart(
    db,
    'notifications',
    db
      .select(
        jsonRow(
          {
            id: notifications.id,
            kind: notifications.kind,
            challenge_id: notifications.challenge_id,
            params: notifications.params,
            read_at: notifications.read_at,
            digest: notifications.digest,
            digested_at: notifications.digested_at,
            created_at: notifications.created_at,
          },
          asc(notifications.id),
        ),
      )
      .from(notifications)
      .where(eq(notifications.user_id, me)),
  ),
  notification_preferences: listPart(
    db,
    'notification_preferences',
    db
      .select(
        jsonRow(
          { kind: notificationPreferences.kind, channel: notificationPreferences.channel },
          asc(notificationPreferences.kind),
        ),
      )
      .from(notificationPreferences)
      .where(eq(notificationPreferences.user_id, me)),
  ),
  saved_searches: listPart(
    db,
    'saved_searches',
    db
      .select(
        jsonRow(
          {
            id: savedSearches.id,
            name: savedSearches.name,
            query: savedSearches.query,
            created_at: savedSearches.created_at,
          },
          asc(savedSearches.id),
        ),
      )
      .from(savedSearches)
      .where(eq(savedSearches.user_id, me)),
  ),
  // Their API keys, revoked ones too: names, scopes and dates, never the secret's digest.
  api_keys: listPart(
    db,
    'api_keys',
    db
      .select(
        jsonRow(
          {
            name: apiKeys.name,
            prefix: apiKeys.prefix,
            scopes: apiKeys.scopes,
            expires_at: apiKeys.expires_at,
            created_at: apiKeys.created_at,
            revoked_at: apiKeys.revoked_at,
          },
          asc(apiKeys.id),
        ),
      )
      .from(apiKeys)
      .where(eq(apiKeys.user_id, me)),
  ),
  // Their webhook subscriptions: targets, events and dates, never the signing secret.
  webhooks: listPart(
    db,
    'webhooks',
    db
      .select(
        jsonRow(
          {
            url: webhooks.url,
            events: webhooks.events,
            disabled_at: webhooks.disabled_at,
            created_at: webhooks.created_at,
          },
          asc(webhooks.id),
        ),
      )
      .from(webhooks)
      .where(eq(webhooks.user_id, me)),
  ),
  // Sent to the account, or to its address with no account behind it (an invitation before they
  // registered); never another account's mail to the same address. Not the text: it is never stored.
  emails: listPart(
    db,
    'emails',
    db
      .select(
        jsonRow(
          {
            kind: emailOutbox.kind,
            to_email: emailOutbox.to_email,
            language: emailOutbox.language,
            status: emailOutbox.status,
            created_at: emailOutbox.created_at,
            sent_at: emailOutbox.sent_at,
          },
          asc(emailOutbox.created_at),
        ),
      )
      .from(emailOutbox)
      .where(or(eq(emailOutbox.user_id, me), and(isNull(emailOutbox.user_id), eq(emailOutbox.to_email, address)))),
  ),
  invitations_received: listPart(
    db,
    'invitations_received',
    db
      .select(jsonRow(invitationFields, asc(invitations.created_at)))
      .from(invitations)
      // To their address now, or accepted by them under whatever address they had then.
      .where(or(eq(invitations.email, address), eq(invitations.accepted_by, me))),
  ),
  invitations_sent: listPart(
    db,
    'invitations_sent',
    db
      .select(jsonRow({ ...invitationFields, email: invitations.email }, asc(invitations.created_at)))
      .from(invitations)
      .where(eq(invitations.invited_by, me)),
  ),
});
