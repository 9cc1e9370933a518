import type { Translated } from '../part';
import type { enWebhooks } from './en';

export const deWebhooks: Translated<typeof enWebhooks> = {
  'notification.webhook_disabled':
    'Ihr Webhook an {url} ist abgeschaltet: Seine letzten {failures} Zustellungen sind bei jedem Versuch gescheitert. Beheben Sie den Empfänger und schalten Sie ihn wieder ein (PATCH /api/v1/webhooks/{webhook_id} mit "enabled": true).',
  'notification.kind.webhook_disabled': 'Ein Webhook von Ihnen wurde nach wiederholten Fehlern abgeschaltet',
  'dashboard.email_kind.webhook_disabled': 'Webhook abgeschaltet',
};
