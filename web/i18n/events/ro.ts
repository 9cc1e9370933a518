import type { Translated } from '../part';
import type { enEvents } from './en';

export const roEvents: Translated<typeof enEvents> = {
  'notification.meeting_requested':
    '{name} vă roagă să vă întâlniți la „{title}”: acceptați sau refuzați pe pagina evenimentului.',
  'notification.meeting_accepted':
    '{name} a acceptat cererea dvs. de întâlnire la „{title}”: programul dvs. arată când și unde.',
  'notification.meeting_reminder': {
    one: 'Mâine la „{title}”: întâlnirea dvs. individuală este la {first}. Detaliile sunt în programul dvs.',
    few: 'Mâine la „{title}”: # întâlniri individuale, prima la {first}. Detaliile sunt în programul dvs.',
    other: 'Mâine la „{title}”: # de întâlniri individuale, prima la {first}. Detaliile sunt în programul dvs.',
  },
  'notification.kind.meeting_requested': 'Cineva vrea să vă întâlnească la un eveniment',
  'notification.kind.meeting_accepted': 'Cererea dvs. de întâlnire la un eveniment a fost acceptată',
  'notification.kind.meeting_reminder': 'Întâlnirile dvs. la un eveniment, cu o zi înainte',
  'dashboard.email_kind.meeting_requested': 'Cerere de întâlnire',
  'dashboard.email_kind.meeting_accepted': 'Întâlnire acceptată',
  'dashboard.email_kind.meeting_reminder': 'Memento pentru întâlniri',
};
