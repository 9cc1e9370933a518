import type { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../../db/enums';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * How each kind reaches people who have not chosen: what needs someone's action or ends a wait
 * comes at once; what they would batch anyway comes in the daily digest; new matches of a saved
 * search weekly. Everything also lands in the inbox, whatever the channel.
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  challenge_submitted: 'instant',
  challenge_approved: 'instant',
  changes_requested: 'instant',
  challenge_rejected: 'instant',
  question_asked: 'instant',
  question_answered: 'instant',
  solution_submitted: 'daily',
  // The invitation email itself is always sent (it carries the link to accept); this is the inbox line.
  invitation: 'instant',
  scoring_reminder: 'instant',
  results_published: 'instant',
  report_filed: 'daily',
  saved_search_match: 'weekly',
  cooperation_opened: 'instant',
  stage_advanced: 'instant',
  stage_not_advanced: 'instant',
  call_submitted: 'instant',
  call_published: 'instant',
  call_changes_requested: 'instant',
  call_closed: 'daily',
  affiliation_confirmed: 'instant',
  affiliation_declined: 'instant',
  meeting_requested: 'instant',
  meeting_accepted: 'instant',
  meeting_reminder: 'instant',
  message_received: 'instant',
  // Suggested matches go into the weekly digest (issue 16), like saved searches.
  challenge_fits: 'weekly',
  // Someone waits to be shown with the organization: those who decide hear of it at once.
  affiliation_claimed: 'instant',
  // Those who planned to travel hear at once.
  event_cancelled: 'instant',
  // Deliveries stopped: the owner hears at once, or their integration stays silent unnoticed.
  webhook_disabled: 'instant',
  // A step of a cooperation one runs: the other side's progress, heard of the same day.
  milestone_reached: 'instant',
};

/** Kinds whose email is not the person's to switch off: it is the only way the link reaches them. */
export const ALWAYS_EMAILED: readonly NotificationKind[] = ['invitation'];
