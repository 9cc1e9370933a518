import type { Translated } from '../part';
import type { enConversations } from './en';

export const roConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} v-a scris pe Bedside despre „{subject}”.',
  'notification.kind.message_received': 'Un mesaj într-una dintre conversațiile dumneavoastră',
  'dashboard.email_kind.message_received': 'Mesaj primit',
  'email.message_received.quote': 'Mesajul:',
  'email.message_received.reply':
    'Răspundeți în Bedside: adresa dumneavoastră rămâne privată dacă nu alegeți să o împărtășiți.',
};
