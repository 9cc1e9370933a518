import { ApiKeyInputSchema } from '../../worker/domain/accounts/api-keys';
import { endOfDay, lines, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/**
 * A new API key: its name, the ticked scopes (one checkbox each, all named `scopes`), an optional
 * last day and, for moderators and admins, an optional cluster. The API's own schema validates it.
 */
export const apiKeyForm = defineForm({
  schema: ApiKeyInputSchema,
  decode: (values) => ({
    name: text(values.name),
    scopes: lines(values.scopes),
    expires_at: endOfDay(text(values.expires_at)),
    cluster: text(values.cluster),
  }),
  labels: ({ t }) => ({
    name: t('api_keys.field.name'),
    scopes: t('api_keys.field.scopes'),
    'scopes.#': t('api_keys.field.scopes'),
    expires_at: t('api_keys.field.expires_at'),
    cluster: t('api_keys.field.cluster'),
  }),
  collapse: ['scopes'],
  // None ticked: say what to do with the boxes, not "add an entry" (the generic list sentence).
  messages: ({ t }) => ({ scopes: t('api_keys.error.no_scope') }),
});
