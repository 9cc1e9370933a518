import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const deCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Ausschreibung',
  'impact.call.all': 'Alle Challenges',
  'impact.call.used':
    'Diese Kennzahlen zählen nur die Challenges der Ausschreibung „{call}“, direkt aus den Datensätzen statt aus den Quartalssummen.',
};
