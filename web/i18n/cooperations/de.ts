import type { Translated } from '../part';
import type { enCooperations } from './en';

export const deCooperations: Translated<typeof enCooperations> = {
  'notification.cooperation_opened':
    'Aus „{title}“ ist eine Kooperation entstanden: Planen Sie gemeinsam die ersten Meilensteine, beginnend mit einer Absichtserklärung.',
  'notification.kind.cooperation_opened': 'Eine Kooperation aus einer Challenge, an der Sie beteiligt sind',
  'dashboard.email_kind.cooperation_opened': 'Kooperation eröffnet',
};
