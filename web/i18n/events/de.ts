import type { Translated } from '../part';
import type { enEvents } from './en';

export const deEvents: Translated<typeof enEvents> = {
  'notification.meeting_requested':
    '{name} möchte Sie bei „{title}“ treffen: Nehmen Sie die Anfrage auf der Seite der Veranstaltung an oder lehnen Sie sie ab.',
  'notification.meeting_accepted':
    '{name} hat Ihre Gesprächsanfrage bei „{title}“ angenommen: Ihr Zeitplan zeigt, wann und wo.',
  'notification.meeting_reminder': {
    one: 'Morgen bei „{title}“: Ihr Einzelgespräch beginnt um {first}. Einzelheiten stehen in Ihrem Zeitplan.',
    other: 'Morgen bei „{title}“: # Einzelgespräche, das erste um {first}. Einzelheiten stehen in Ihrem Zeitplan.',
  },
  'notification.kind.meeting_requested': 'Jemand möchte Sie bei einer Veranstaltung treffen',
  'notification.kind.meeting_accepted': 'Ihre Gesprächsanfrage bei einer Veranstaltung wurde angenommen',
  'notification.kind.meeting_reminder': 'Ihre Gespräche bei einer Veranstaltung, am Vortag',
  'dashboard.email_kind.meeting_requested': 'Gesprächsanfrage',
  'dashboard.email_kind.meeting_accepted': 'Gespräch angenommen',
  'dashboard.email_kind.meeting_reminder': 'Erinnerung an Gespräche',
};
