// Matchmaking events (issue 16) in English, the source language (see web/i18n/part.ts): the
// notifications of meeting requests, their acceptance and the day-before reminder.
export const enEvents = {
  'notification.meeting_requested': '{name} asks to meet you at “{title}”: accept or decline on the event’s page.',
  'notification.meeting_accepted':
    '{name} accepted your meeting request at “{title}”: your schedule shows when and where.',
  'notification.meeting_reminder': {
    one: 'Tomorrow at “{title}”: your one-to-one meeting is at {first}. Your schedule has the details.',
    other: 'Tomorrow at “{title}”: # one-to-one meetings, the first at {first}. Your schedule has the details.',
  },
  'notification.kind.meeting_requested': 'Someone asks to meet you at an event',
  'notification.kind.meeting_accepted': 'Your meeting request at an event is accepted',
  'notification.kind.meeting_reminder': 'Your meetings at an event, the day before',
  'dashboard.email_kind.meeting_requested': 'Meeting request',
  'dashboard.email_kind.meeting_accepted': 'Meeting accepted',
  'dashboard.email_kind.meeting_reminder': 'Meeting reminder',
};
