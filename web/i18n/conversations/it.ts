import type { Translated } from '../part';
import type { enConversations } from './en';

export const itConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} ti ha scritto su Bedside a proposito di «{subject}».',
  'notification.kind.message_received': 'Un messaggio in una delle tue conversazioni',
  'dashboard.email_kind.message_received': 'Messaggio ricevuto',
  'email.message_received.quote': 'Il messaggio:',
  'email.message_received.reply':
    'Rispondi su Bedside: il tuo indirizzo resta privato, a meno che tu non scelga di condividerlo.',
};
