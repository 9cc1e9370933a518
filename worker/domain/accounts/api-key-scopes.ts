/**
 * The scopes an API key can be given (issue 18), by the API's areas, each read or write; which
 * route needs which is the policy's (worker/policy/api-key-scopes.ts).
 */
export const API_KEY_SCOPES = [
  'challenges:read',
  'challenges:write',
  'solutions:read',
  'solutions:write',
  'evaluation:read',
  'evaluation:write',
  'network:read',
  'network:write',
  'impact:read',
  'moderation:read',
  'moderation:write',
  'account:read',
  'account:write',
  'webhooks:manage',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
