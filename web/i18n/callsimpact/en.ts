// Calls and impact (issue 15) in English, the source language (see web/i18n/part.ts): the impact figures of one
// call, and what people hear of a call's review and closing.
export const enCallsImpact = {
  'impact.call.label': 'Call',
  'impact.call.all': 'All challenges',
  'impact.call.used':
    'Only the challenges of the call “{call}” in these figures, counted from the records themselves rather than the quarterly totals.',
  'notification.call_submitted':
    'The call “{title}” was submitted for review: another moderator of one of its clusters publishes it or asks for changes.',
  'notification.call_published': 'Your call “{title}” is published: challenges can now be put into it.',
  'notification.call_changes_requested': 'A moderator asks for changes to your call “{title}”: {note}',
  'notification.call_closed': 'The call “{title}” is closed: it takes no more challenges.',
  'notification.kind.call_submitted': 'A call of a cluster you moderate awaits review',
  'notification.kind.call_published': 'Your call is published',
  'notification.kind.call_changes_requested': 'A moderator asks for changes to your call',
  'notification.kind.call_closed': 'A call you run is closed',
  'dashboard.email_kind.call_submitted': 'Call submitted for review',
  'dashboard.email_kind.call_published': 'Call published',
  'dashboard.email_kind.call_changes_requested': 'Changes to a call requested',
  'dashboard.email_kind.call_closed': 'Call closed',
};
