import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const roCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Apel',
  'impact.call.all': 'Toate provocările',
  'impact.call.used':
    'Acești indicatori numără doar provocările apelului „{call}”, calculați direct din înregistrări, nu din totalurile trimestriale.',
};
