import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const deCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Ausschreibung',
  'impact.call.all': 'Alle Challenges',
  'impact.call.used':
    'Diese Kennzahlen zählen nur die Challenges der Ausschreibung „{call}“, direkt aus den Datensätzen statt aus den Quartalssummen.',
  'notification.call_submitted':
    'Die Ausschreibung „{title}“ wurde zur Prüfung eingereicht: Eine andere Moderatorin oder ein anderer Moderator eines ihrer Cluster veröffentlicht sie oder bittet um Änderungen.',
  'notification.call_published':
    'Ihre Ausschreibung „{title}“ ist veröffentlicht: Challenges können ihr jetzt zugeordnet werden.',
  'notification.call_changes_requested': 'Die Moderation bittet um Änderungen an Ihrer Ausschreibung „{title}“: {note}',
  'notification.call_closed': 'Die Ausschreibung „{title}“ ist geschlossen: Sie nimmt keine weiteren Challenges auf.',
  'notification.kind.call_submitted': 'Eine Ausschreibung eines Clusters, den Sie moderieren, wartet auf Prüfung',
  'notification.kind.call_published': 'Ihre Ausschreibung ist veröffentlicht',
  'notification.kind.call_changes_requested': 'Die Moderation bittet um Änderungen an Ihrer Ausschreibung',
  'notification.kind.call_closed': 'Eine Ausschreibung, die Sie betreuen, ist geschlossen',
  'dashboard.email_kind.call_submitted': 'Ausschreibung zur Prüfung eingereicht',
  'dashboard.email_kind.call_published': 'Ausschreibung veröffentlicht',
  'dashboard.email_kind.call_changes_requested': 'Änderungen an einer Ausschreibung angefordert',
  'dashboard.email_kind.call_closed': 'Ausschreibung geschlossen',
};
