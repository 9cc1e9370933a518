import type { Translated } from '../part';
import type { enCooperations } from './en';

export const roCooperations: Translated<typeof enCooperations> = {
  'notification.cooperation_opened':
    'Din „{title}” a pornit o cooperare: planificați împreună primele etape, începând cu o scrisoare de intenție.',
  'notification.kind.cooperation_opened': 'O cooperare pornită dintr-o provocare la care participați',
  'dashboard.email_kind.cooperation_opened': 'Cooperare deschisă',
};
