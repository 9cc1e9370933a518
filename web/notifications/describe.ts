import type { MILESTONE_KINDS } from '../../worker/db/enums';
import type { NotificationKind } from '../../worker/domain/notifications/kinds';
import { personName } from '../components/person-name';
import type { Translator } from '../i18n';
import type { MessageKey } from '../i18n/en';

type Params = Record<string, unknown>;

/** One notification as a person reads it: a sentence in their language and where it leads. */
export interface NotificationLine {
  text: string;
  /** A path on the site (prefix the origin in emails). */
  href: string;
}

type MilestoneKind = (typeof MILESTONE_KINDS)[number];
const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const OUTCOMES = ['winner', 'shortlisted', 'not_selected'] as const;

/** The sentence and link of a notification, from its kind and what it recorded when it happened. */
export function describeNotification(
  tr: Translator,
  kind: NotificationKind,
  params: Params,
  challengeId: string | null,
): NotificationLine {
  const challenge = `/challenges/${challengeId ?? ''}`;
  const vars: Record<string, string> = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, str(v)]));
  // A question hidden since lost its text here (forgetQuestionText): the line says so instead.
  if (kind.startsWith('question_') && !vars.question) vars.question = tr.t('notification.question_hidden');
  const say = (key: MessageKey, extra: Record<string, string> = {}) => tr.t(key, { ...vars, ...extra });
  switch (kind) {
    case 'challenge_submitted':
      return { text: say('notification.challenge_submitted'), href: '/moderation' };
    case 'challenge_approved':
      return { text: say('notification.challenge_approved'), href: challenge };
    case 'changes_requested':
      return { text: say('notification.changes_requested'), href: challenge };
    case 'challenge_rejected':
      return { text: say('notification.challenge_rejected'), href: challenge };
    case 'question_asked':
      return { text: say('notification.question_asked'), href: `${challenge}#q-${vars.question_id}` };
    case 'question_answered':
      return { text: say('notification.question_answered'), href: `${challenge}#q-${vars.question_id}` };
    case 'solution_submitted':
      return { text: say('notification.solution_submitted'), href: `/solutions/${vars.solution_id}` };
    case 'invitation':
      return {
        // An inviter who deleted their account left an empty name: a former member.
        text: say(
          vars.seat === 'moderator'
            ? 'notification.invitation_moderator'
            : vars.seat === 'team'
              ? 'notification.invitation_team'
              : 'notification.invitation_jury',
          {
            inviter: personName(tr, vars.inviter ?? ''),
          },
        ),
        href: '/me#invitations',
      };
    case 'scoring_reminder':
      return {
        text: say('notification.scoring_reminder', { deadline: vars.deadline ? tr.dateTime(vars.deadline) : '' }),
        href: `${challenge}/solutions`,
      };
    case 'results_published': {
      const outcome = OUTCOMES.find((o) => o === vars.outcome);
      return {
        text: say('notification.results_published', { outcome: outcome ? tr.t(`status.${outcome}`) : '' }),
        href: `${challenge}#results`,
      };
    }
    case 'report_filed': {
      // A reported conversation (issue 16) leads to it: the moderators who hear of it may read it.
      if (vars.entity_type === 'conversation') {
        return { text: say('notification.report_filed.conversation'), href: `/conversations/${vars.conversation_id}` };
      }
      const entity =
        (['challenge', 'question', 'solution'] as const).find((e) => e === vars.entity_type) ?? 'challenge';
      return { text: say(`notification.report_filed.${entity}`), href: '/moderation' };
    }
    case 'saved_search_match':
      return { text: say('notification.saved_search_match'), href: challenge };
    case 'challenge_fits':
      return { text: say('notification.challenge_fits'), href: challenge };
    case 'cooperation_opened':
      return { text: say('notification.cooperation_opened'), href: `/cooperations/${vars.cooperation_id}` };
    case 'milestone_reached':
      return {
        text: say('notification.milestone_reached', {
          milestone: vars.milestone_kind ? tr.t(`coop.kind.${vars.milestone_kind as MilestoneKind}`) : '',
        }),
        href: `/cooperations/${vars.cooperation_id}`,
      };
    case 'stage_advanced':
      return {
        text: say('notification.stage_advanced', { deadline: vars.deadline ? tr.dateTime(vars.deadline) : '' }),
        href: `/solutions/${vars.solution_id}`,
      };
    case 'stage_not_advanced':
      return {
        text: say(
          vars.feedback === '1' ? 'notification.stage_not_advanced_feedback' : 'notification.stage_not_advanced',
        ),
        href: `/solutions/${vars.solution_id}`,
      };
    case 'call_submitted':
    case 'call_published':
    case 'call_changes_requested':
    case 'call_closed':
      return { text: say(`notification.${kind}`), href: `/calls/${vars.call_id}` };
    case 'affiliation_confirmed':
    case 'affiliation_declined':
      return { text: say(`notification.${kind}`), href: '/me' };
    case 'affiliation_claimed':
      return {
        text: say('notification.affiliation_claimed', { claimant: personName(tr, vars.claimant ?? '') }),
        href: `/organizations/${vars.organization_id}/members`,
      };
    case 'meeting_requested':
    case 'meeting_accepted':
      return {
        text: say(`notification.${kind}`, { name: personName(tr, vars.name ?? '') }),
        href: `/events/${vars.event_id}`,
      };
    case 'event_cancelled':
      return {
        text: say('notification.event_cancelled', { title: vars.title ?? '' }),
        href: `/events/${vars.event_id}`,
      };
    case 'meeting_reminder':
      return {
        text: tr.plural('notification.meeting_reminder', Number(vars.meetings ?? 1), {
          title: vars.title ?? '',
          // On the event's clocks, naming its zone; reminders written before they carried it say UTC.
          first: !vars.first
            ? ''
            : vars.time_zone
              ? `${tr.zonedDateTime(vars.first, vars.time_zone)} (${tr.t('events.time_zone', { zone: vars.time_zone })})`
              : tr.dateTime(vars.first),
        }),
        href: `/events/${vars.event_id}`,
      };
    case 'webhook_disabled':
      return { text: say('notification.webhook_disabled'), href: '/me' };
    case 'message_received':
      return {
        text: say('notification.message_received', { sender: personName(tr, vars.sender ?? '') }),
        href: `/conversations/${vars.conversation_id}`,
      };
  }
}
