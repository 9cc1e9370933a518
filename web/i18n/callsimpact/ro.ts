import type { Translated } from '../part';
import type { enCallsImpact } from './en';

export const roCallsImpact: Translated<typeof enCallsImpact> = {
  'impact.call.label': 'Apel',
  'impact.call.all': 'Toate provocările',
  'impact.call.used':
    'Acești indicatori numără doar provocările apelului „{call}”, calculați direct din înregistrări, nu din totalurile trimestriale.',
  'notification.call_submitted':
    'Apelul „{title}” a fost trimis spre revizuire: un alt moderator al unuia dintre clusterele sale îl publică sau solicită modificări.',
  'notification.call_published': 'Apelul dumneavoastră „{title}” este publicat: acum i se pot adăuga provocări.',
  'notification.call_changes_requested': 'Un moderator solicită modificări la apelul dumneavoastră „{title}”: {note}',
  'notification.call_closed': 'Apelul „{title}” este închis: nu mai primește provocări.',
  'notification.kind.call_submitted': 'Un apel al unui cluster pe care îl moderați așteaptă revizuirea',
  'notification.kind.call_published': 'Apelul dumneavoastră este publicat',
  'notification.kind.call_changes_requested': 'Un moderator solicită modificări la apelul dumneavoastră',
  'notification.kind.call_closed': 'Un apel pe care îl gestionați este închis',
  'dashboard.email_kind.call_submitted': 'Apel trimis spre revizuire',
  'dashboard.email_kind.call_published': 'Apel publicat',
  'dashboard.email_kind.call_changes_requested': 'Modificări solicitate la un apel',
  'dashboard.email_kind.call_closed': 'Apel închis',
};
