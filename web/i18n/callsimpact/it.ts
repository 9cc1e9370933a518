import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const itCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Bando',
  'impact.call.all': 'Tutte le sfide',
  'impact.call.used':
    'Questi indicatori contano solo le sfide del bando «{call}», calcolati direttamente dai dati anziché dai totali trimestrali.',
};
