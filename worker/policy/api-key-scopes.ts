import type { ApiKeyScope } from '../domain/accounts/api-key-scopes';
import type { Actor } from '../domain/actor';
import { ALLOW, type Decision, forbid } from './decisions';

/**
 * What an API key may reach (issue 18). A key acts as its owner — the policy decides each action
 * as for them — and its scopes narrow that: a request whose route needs a scope the key was not
 * given is refused before the route runs.
 */

/** A route a key can never use: signing in and out, credentials, keys themselves, leaving. */
export const SESSIONS_ONLY = 'sessions only' as const;
/** Public machine-readable documents (health, keys to verify tokens, the OpenAPI document). */
export const ANY_KEY = 'any key' as const;

type Need = ApiKeyScope | typeof SESSIONS_ONLY | typeof ANY_KEY;
type Rule = readonly [pattern: string, read: Need, write: Need];

const S = SESSIONS_ONLY;
/**
 * The routes' paths (as the OpenAPI document writes them, `{param}` for one segment), first match
 * wins, each with what a read (GET, HEAD) and a write need. A path no rule matches is refused
 * (deny by default); tests/api/matrix/api-key-matrix.test.ts holds every documented route to a rule,
 * and the OpenAPI document names the same scope on each operation (http/openapi-complete.ts).
 */
const RULES: readonly Rule[] = [
  ['/api/v1/auth/', S, S],
  ['/api/v1/me/api-keys', S, S],
  ['/api/v1/me/deletion', S, S],
  // Everything held about a person, at once: only the person, signed in.
  ['/api/v1/me/export', S, S],
  ['/api/v1/me/matches', 'network:read', 'network:write'],
  ['/api/v1/me/', 'account:read', 'account:write'],
  ['/api/v1/me', 'account:read', 'account:write'],
  ['/api/v1/webhooks', 'webhooks:manage', 'webhooks:manage'],
  ['/api/v1/health', ANY_KEY, ANY_KEY],
  ['/api/v1/openapi.json', ANY_KEY, ANY_KEY],
  ['/.well-known/', ANY_KEY, ANY_KEY],
  ['/api/v1/open-data', 'challenges:read', 'challenges:read'],
  ['/feeds/', 'challenges:read', 'challenges:read'],
  ['/api/v1/impact', 'impact:read', 'impact:read'],
  ['/api/v1/clusters/{slug}/impact', 'impact:read', 'impact:read'],
  ['/api/v1/clusters/{slug}/invitations', 'moderation:read', 'moderation:write'],
  ['/api/v1/clusters/{slug}/moderators/', 'moderation:read', 'moderation:write'],
  ['/api/v1/moderation/', 'moderation:read', 'moderation:write'],
  ['/api/v1/reports', 'moderation:read', 'moderation:write'],
  ['/api/v1/audit', 'moderation:read', 'moderation:write'],
  ['/api/v1/admin/', 'moderation:read', 'moderation:write'],
  ['/api/v1/invitations', 'moderation:read', 'moderation:write'],
  ['/api/v1/challenges/{id}/invitations', 'moderation:read', 'moderation:write'],
  ['/api/v1/challenges/{id}/ranking', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/agreement', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/evaluation-report', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/evaluators', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/stages', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/decision', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/solutions/{id}/evaluation', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/solutions/{id}/conflict', 'evaluation:read', 'evaluation:write'],
  ['/api/v1/challenges/{id}/solutions', 'solutions:read', 'solutions:write'],
  ['/api/v1/solutions/', 'solutions:read', 'solutions:write'],
  ['/api/v1/challenges/{id}/matches', 'network:read', 'network:write'],
  ['/api/v1/challenges', 'challenges:read', 'challenges:write'],
  ['/api/v1/calls', 'challenges:read', 'challenges:write'],
  ['/api/v1/clusters', 'challenges:read', 'challenges:write'],
  ['/api/v1/attachments/', 'challenges:read', 'challenges:write'],
  ['/api/v1/organizations', 'network:read', 'network:write'],
  ['/api/v1/people', 'network:read', 'network:write'],
  ['/api/v1/cooperations', 'network:read', 'network:write'],
  ['/api/v1/events', 'network:read', 'network:write'],
  ['/api/v1/meetings/', 'network:read', 'network:write'],
  ['/api/v1/meeting-requests/', 'network:read', 'network:write'],
  ['/api/v1/conversations', 'network:read', 'network:write'],
];

/** A rule's pattern as a test of a concrete path or of a documented one (`{param}` either way). */
const MATCHERS = RULES.map(([pattern, read, write]) => {
  const source = pattern
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  // A pattern ending in a letter is a whole segment: `/api/v1/me` is not `/api/v1/meetings`.
  const end = /[/]$/.test(pattern) ? '' : '(?:[/.]|$)';
  return { test: new RegExp(`^${source}${end}`), read, write };
});

const READS = new Set(['GET', 'HEAD']);

/** What a request needs of a key, or null when no rule knows its path (refused). */
export function scopeNeeded(method: string, path: string): Need | null {
  const rule = MATCHERS.find((m) => m.test.test(path));
  if (!rule) return null;
  return READS.has(method.toUpperCase()) ? rule.read : rule.write;
}

/** The key's verdict on a request (before the route's own policy decisions, which still apply). */
export function decideKeyScope(actor: Actor, method: string, path: string): Decision {
  if (actor.type !== 'user' || !actor.apiKey) return ALLOW;
  const need = scopeNeeded(method, path);
  if (need === ANY_KEY) return ALLOW;
  if (need === null || need === SESSIONS_ONLY) {
    return forbid(
      `API keys cannot use ${method.toUpperCase()} ${path}: it needs a person signed in (POST /api/v1/auth/login and the access token).`,
    );
  }
  if (!actor.apiKey.scopes.includes(need)) {
    return forbid(
      `This API key lacks the scope "${need}" that ${method.toUpperCase()} ${path} needs. Create a key with it on your page (/me/api-keys).`,
    );
  }
  return ALLOW;
}
