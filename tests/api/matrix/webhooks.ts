import { env } from 'cloudflare:test';
import { type Role, signedIn, type World } from '../../helpers/actors';
import { api } from '../../helpers/http';
import type { MatrixCase } from './types';

const body = () => ({ url: `${env.TEST_WEBHOOK_RECEIVER}/hook/matrix`, events: ['call.opened'] });

/** A subscription of the role's own (anonymous: a random id, which is a 401 before any lookup). */
async function ownHook(world: World, role: Role) {
  if (role === 'anonymous') return crypto.randomUUID();
  const created = await api('/api/v1/webhooks', { token: world.users[role].token, body: body() });
  return created.body.id as string;
}

/**
 * A failed delivery of the role's own subscription, written straight into D1: events that fire
 * webhooks are tested over HTTP in tests/api/webhooks; here only who may ask for it again counts.
 */
async function ownFailedDelivery(world: World, role: Role) {
  const hook = await ownHook(world, role);
  const id = crypto.randomUUID();
  if (role !== 'anonymous') {
    await env.DB.prepare(
      `INSERT INTO webhook_deliveries (id, webhook_id, event_id, type, subject_id, payload, status, attempts)
       VALUES (?, ?, ?, 'call.opened', ?, '{"type":"call.opened","data":{}}', 'failed', 1)`,
    )
      .bind(id, hook, crypto.randomUUID(), crypto.randomUUID())
      .run();
  }
  return `/api/v1/webhooks/${hook}/deliveries/${id}/redeliver`;
}

/** Issue 18: every signed-in person manages their own subscriptions; another's is a 404 (tests/api/webhooks). */
export const webhookCases: MatrixCase[] = [
  { route: 'GET /api/v1/webhooks', request: () => ({ path: '/api/v1/webhooks' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/webhooks',
    request: () => ({ path: '/api/v1/webhooks', method: 'POST', body: body() }),
    expect: signedIn(201),
  },
  {
    route: 'GET /api/v1/webhooks/{id}',
    request: async (world, role) => ({ path: `/api/v1/webhooks/${await ownHook(world, role)}` }),
    expect: signedIn(200),
  },
  {
    route: 'PATCH /api/v1/webhooks/{id}',
    request: async (world, role) => ({
      path: `/api/v1/webhooks/${await ownHook(world, role)}`,
      method: 'PATCH',
      body: { events: ['challenge.published'] },
    }),
    expect: signedIn(200),
  },
  {
    route: 'DELETE /api/v1/webhooks/{id}',
    request: async (world, role) => ({ path: `/api/v1/webhooks/${await ownHook(world, role)}`, method: 'DELETE' }),
    expect: signedIn(204),
  },
  {
    route: 'GET /api/v1/webhooks/{id}/deliveries',
    request: async (world, role) => ({ path: `/api/v1/webhooks/${await ownHook(world, role)}/deliveries` }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/webhooks/{id}/deliveries/{did}/redeliver',
    request: async (world, role) => ({ path: await ownFailedDelivery(world, role), method: 'POST' }),
    expect: signedIn(202),
  },
];
