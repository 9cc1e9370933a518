import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const deAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_confirmed':
    'Ihre Zugehörigkeit zu {organization} ist bestätigt: Sie erscheint jetzt bei Ihrem Namen.',
  'notification.affiliation_declined':
    'Ihre Zugehörigkeit zu {organization} wurde nicht bestätigt: Sie werden ohne diese Organisation angezeigt. Falls das ein Irrtum ist, wenden Sie sich an deren Verwaltung.',
  'notification.kind.affiliation_confirmed': 'Ihre Zugehörigkeit zu einer Organisation ist bestätigt',
  'notification.kind.affiliation_declined': 'Ihre Zugehörigkeit zu einer Organisation wurde nicht bestätigt',
  'dashboard.email_kind.affiliation_confirmed': 'Zugehörigkeit bestätigt',
  'dashboard.email_kind.affiliation_declined': 'Zugehörigkeit nicht bestätigt',
};
