import type { Translated } from '../part';
import type { enConversations } from './en';

export const deConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} hat Ihnen auf Bedside zu „{subject}“ geschrieben.',
  'notification.kind.message_received': 'Eine Nachricht in einer Ihrer Unterhaltungen',
  'dashboard.email_kind.message_received': 'Nachricht erhalten',
  'email.message_received.quote': 'Die Nachricht:',
  'email.message_received.reply':
    'Antworten Sie in Bedside: Ihre Adresse bleibt privat, solange Sie sie nicht selbst teilen.',
};
