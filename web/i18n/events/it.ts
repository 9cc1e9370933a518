import type { Translated } from '../part';
import type { enEvents } from './en';

export const itEvents: Translated<typeof enEvents> = {
  'notification.meeting_requested':
    '{name} chiede di incontrarti a «{title}»: accetta o rifiuta dalla pagina dell’evento.',
  'notification.meeting_accepted':
    '{name} ha accettato la tua richiesta di incontro a «{title}»: il tuo programma indica quando e dove.',
  'notification.meeting_reminder': {
    one: 'Domani a «{title}»: il tuo incontro individuale è alle {first}. I dettagli sono nel tuo programma.',
    other: 'Domani a «{title}»: # incontri individuali, il primo alle {first}. I dettagli sono nel tuo programma.',
  },
  'notification.kind.meeting_requested': 'Qualcuno chiede di incontrarti a un evento',
  'notification.kind.meeting_accepted': 'La tua richiesta di incontro a un evento è stata accettata',
  'notification.kind.meeting_reminder': 'I tuoi incontri a un evento, il giorno prima',
  'dashboard.email_kind.meeting_requested': 'Richiesta di incontro',
  'dashboard.email_kind.meeting_accepted': 'Incontro accettato',
  'dashboard.email_kind.meeting_reminder': 'Promemoria degli incontri',
};
