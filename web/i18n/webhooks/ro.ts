import type { Translated } from '../part';
import type { enWebhooks } from './en';

export const roWebhooks: Translated<typeof enWebhooks> = {
  'notification.webhook_disabled':
    'Webhook-ul dumneavoastră către {url} este oprit: ultimele {failures} livrări au eșuat la fiecare încercare. Reparați receptorul, apoi porniți-l din nou (PATCH /api/v1/webhooks/{webhook_id} cu "enabled": true).',
  'notification.kind.webhook_disabled': 'Un webhook al dumneavoastră este oprit după eșecuri repetate',
  'dashboard.email_kind.webhook_disabled': 'Webhook oprit',
};
