import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const roAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_confirmed':
    'Afilierea dumneavoastră la {organization} este confirmată: apare acum lângă numele dumneavoastră.',
  'notification.affiliation_declined':
    'Afilierea dumneavoastră la {organization} nu a fost confirmată: apăreți fără această organizație. Dacă este o greșeală, adresați-vă administratorilor ei.',
  'notification.kind.affiliation_confirmed': 'Afilierea dumneavoastră la o organizație este confirmată',
  'notification.kind.affiliation_declined': 'Afilierea dumneavoastră la o organizație nu a fost confirmată',
  'dashboard.email_kind.affiliation_confirmed': 'Afiliere confirmată',
  'dashboard.email_kind.affiliation_declined': 'Afiliere neconfirmată',
};
