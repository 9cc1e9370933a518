import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const itCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Bando',
  'impact.call.all': 'Tutte le sfide',
  'impact.call.used':
    'Questi indicatori contano solo le sfide del bando «{call}», calcolati direttamente dai dati anziché dai totali trimestrali.',
  'notification.call_submitted':
    'Il bando «{title}» è stato inviato per la revisione: un altro moderatore di uno dei suoi cluster lo pubblica o chiede modifiche.',
  'notification.call_published': 'Il tuo bando «{title}» è pubblicato: ora vi si possono inserire delle sfide.',
  'notification.call_changes_requested': 'Un moderatore chiede modifiche al tuo bando «{title}»: {note}',
  'notification.call_closed': 'Il bando «{title}» è chiuso: non accoglie altre sfide.',
  'notification.kind.call_submitted': 'Un bando di un cluster che moderi attende la revisione',
  'notification.kind.call_published': 'Il tuo bando è pubblicato',
  'notification.kind.call_changes_requested': 'Un moderatore chiede modifiche al tuo bando',
  'notification.kind.call_closed': 'Un bando che gestisci è chiuso',
  'dashboard.email_kind.call_submitted': 'Bando inviato per la revisione',
  'dashboard.email_kind.call_published': 'Bando pubblicato',
  'dashboard.email_kind.call_changes_requested': 'Modifiche richieste a un bando',
  'dashboard.email_kind.call_closed': 'Bando chiuso',
};
