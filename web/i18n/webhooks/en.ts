// Webhooks (issue 18) in English, the source language (see web/i18n/part.ts): the notice that a
// subscription was switched off after its deliveries kept failing.
export const enWebhooks = {
  'notification.webhook_disabled':
    'Your webhook to {url} is switched off: its last {failures} deliveries failed every attempt. Fix the receiver, then switch it on again (PATCH /api/v1/webhooks/{webhook_id} with "enabled": true).',
  'notification.kind.webhook_disabled': 'A webhook of yours is switched off after repeated failures',
  'dashboard.email_kind.webhook_disabled': 'Webhook switched off',
};
