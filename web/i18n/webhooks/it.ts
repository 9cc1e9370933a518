import type { Translated } from '../part';
import type { enWebhooks } from './en';

export const itWebhooks: Translated<typeof enWebhooks> = {
  'notification.webhook_disabled':
    'Il tuo webhook verso {url} è disattivato: le sue ultime {failures} consegne sono fallite a ogni tentativo. Correggi il ricevitore, poi riattivalo (PATCH /api/v1/webhooks/{webhook_id} con "enabled": true).',
  'notification.kind.webhook_disabled': 'Un tuo webhook è disattivato dopo errori ripetuti',
  'dashboard.email_kind.webhook_disabled': 'Webhook disattivato',
};
