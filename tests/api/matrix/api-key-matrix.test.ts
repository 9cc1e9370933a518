import { env } from 'cloudflare:test';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY_SCOPES } from '../../../worker/domain/accounts/api-key-scopes';
import { ANY_KEY, scopeNeeded } from '../../../worker/policy/api-key-scopes';
import { createWorld, type World } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { CASES } from './cases';
import { fixtureSharing } from './fixture-sharing';

/**
 * API keys are a kind of actor (issue 18): every route of the policy matrix as two keys of the
 * cluster's moderator — one with every scope, one with `challenges:read` only. A key acts as its
 * owner narrowed by its scopes, so each answers what the moderator gets where its scopes reach the
 * route, and 403 where they do not (or where the route needs a person signed in).
 */
const KEYS = {
  'every scope': [...API_KEY_SCOPES],
  'challenges:read': ['challenges:read'],
} as const;

let world: World;
const secrets: Record<string, string> = {};
const keyIds: string[] = [];

beforeAll(async () => {
  world = await createWorld();
  for (const [name, scopes] of Object.entries(KEYS)) {
    const created = await must(
      api('/api/v1/me/api-keys', { token: world.users.moderator.token, body: { name: `Matrix ${name}`, scopes } }),
      201,
    );
    secrets[name] = created.body.secret;
    keyIds.push(created.body.id);
  }
});

// The matrix sends hundreds of requests a minute with each key, past its quota of 120 (the quotas
// are tested in tests/api/keys): each case starts with the keys' counts at zero.
beforeEach(async () => {
  await env.DB.prepare('DELETE FROM api_key_usage WHERE key_id IN (?, ?)')
    .bind(...keyIds)
    .run();
});

const pathOf = (route: string) => route.slice(route.indexOf(' ') + 1);
const methodOf = (route: string) => route.slice(0, route.indexOf(' '));

describe('policy matrix for API keys', () => {
  it('knows what every documented route needs of a key', () => {
    const unknown = [...new Set(CASES.map((c) => c.route))].filter(
      (route) => scopeNeeded(methodOf(route), pathOf(route)) === null,
    );
    expect(unknown).toEqual([]);
  });

  for (const testCase of CASES) {
    const need = scopeNeeded(methodOf(testCase.route), pathOf(testCase.route));
    const reachedBy = (name: keyof typeof KEYS) =>
      need === ANY_KEY || (KEYS[name] as readonly string[]).includes(need ?? '');
    const sharing = fixtureSharing(testCase, Object.keys(KEYS) as (keyof typeof KEYS)[], (name) =>
      reachedBy(name) ? testCase.expect.moderator : 403,
    );
    // A case that takes `role` brings a session or key of its own, and may be sent twice (below).
    const perRole = testCase.request.length > 1;
    for (const name of sharing.order) {
      const label = `${testCase.route}${testCase.variant ? ` (${testCase.variant})` : ''}`;
      const reaches = reachedBy(name);
      const expected = reaches ? testCase.expect.moderator : 403;
      it(`${label} as the moderator's key with ${name} → ${expected}`, async () => {
        const build = () => testCase.request(world, 'moderator');
        const request = await (perRole ? build() : sharing.request(name, build));
        const send = (token: string | undefined) =>
          api(request.path, { method: request.method ?? 'GET', body: request.body, token, headers: request.headers });
        const res = await send(secrets[name]);
        // A case that brings a session of its own (a fresh, unconfirmed account) is about that
        // account: where the key reaches, it gets what the moderator's own session gets.
        const owner = request.token && reaches ? (await send(world.token('moderator'))).status : expected;
        expect(res.status, JSON.stringify(res.body)).toBe(owner);
      });
    }
  }
});
