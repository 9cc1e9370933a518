import type { Translated } from '../part';
import type { enCooperations } from './en';

export const itCooperations: Translated<typeof enCooperations> = {
  'notification.cooperation_opened':
    'Da «{title}» è nata una cooperazione: pianificate insieme le prime tappe, a cominciare da una lettera d’intenti.',
  'notification.kind.cooperation_opened': 'Una cooperazione nata da una sfida a cui partecipi',
  'dashboard.email_kind.cooperation_opened': 'Cooperazione avviata',
};
