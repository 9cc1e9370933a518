import { env } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { describe, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { assignJury } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Cost, expectPinned, measure } from './measure';

/**
 * A cluster where each person has `n` of everything their own pages list: the owner `n` open
 * challenges, each with a solution, a question and a report, `n` saved searches and `n` API keys;
 * the juror a seat on `n` juries; the moderator `n` drafts to review and `n` API keys; the admin `n`
 * failed emails.
 */
async function world(n: number) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const [owner, solver, juror] = await Promise.all([
    registerUser('clinician'),
    registerUser('solver'),
    registerUser('clinician'),
  ]);
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const challenge = await openChallenge(owner, moderator, cluster.slug);
    await submitSolution(solver, challenge);
    await must(
      api(`/api/v1/challenges/${challenge}/questions`, { token: solver.token, body: { body: `Question ${i}?` } }),
      201,
    );
    await must(
      api('/api/v1/reports', {
        token: solver.token,
        body: { entity_type: 'challenge', entity_id: challenge, reason: `Possibly promotional content ${i}.` },
      }),
      201,
    );
    await assignJury(owner, challenge, juror);
    const draft = await createDraft(owner, cluster.slug);
    await must(transition(owner, draft.id, 'submit'));
    await must(api('/api/v1/me/saved-searches', { token: owner.token, body: { q: `topic${i}` } }), 201);
    const key = await must(
      api('/api/v1/me/api-keys', { token: owner.token, body: { name: `Key ${i}`, scopes: ['challenges:read'] } }),
      201,
    );
    keys.push(key.body.id as string);
    await must(
      api('/api/v1/me/api-keys', { token: moderator.token, body: { name: `Key ${i}`, scopes: ['moderation:read'] } }),
      201,
    );
    const id = uuidv7();
    await env.DB.prepare(
      `INSERT INTO email_outbox (id, event_id, idempotency_key, to_email, kind, params, status, attempts, last_error)
       VALUES (?, ?, ?, ?, 'confirm_email', '{}', 'failed', 5, 'Mailbox unavailable')`,
    )
      .bind(id, uuidv7(), `test:${id}`, `failed-${i}@test.example`)
      .run();
  }
  return measure([
    { name: 'my page, owner', path: '/me', as: owner },
    { name: 'my page, solver', path: '/me', as: solver },
    { name: 'my page, juror', path: '/me', as: juror },
    { name: 'my page, moderator', path: '/me', as: moderator },
    { name: 'my page, admin', path: '/me', as: admin },
    { name: 'inbox, owner', path: '/me/notifications', as: owner },
    { name: 'inbox, moderator', path: '/me/notifications', as: moderator },
    { name: 'inbox JSON, owner', path: '/api/v1/me/notifications', as: owner, api: true },
    { name: 'notification preferences', path: '/me/notifications/preferences', as: owner },
    { name: 'saved searches', path: '/me/saved-searches', as: owner },
    { name: 'saved searches JSON', path: '/api/v1/me/saved-searches', as: owner, api: true },
    { name: 'account settings', path: '/me/account', as: owner },
    { name: 'account deletion page', path: '/me/account/delete', as: owner },
    { name: 'expert profile form', path: '/me/profile', as: owner },
    { name: 'API keys', path: '/me/api-keys', as: owner },
    { name: 'API keys, moderator', path: '/me/api-keys', as: moderator },
    { name: 'API keys JSON', path: '/api/v1/me/api-keys', as: owner, api: true },
    { name: 'API key usage', path: `/me/api-keys/${keys[0]}`, as: owner },
    { name: 'API key usage JSON', path: `/api/v1/me/api-keys/${keys[0]}/usage`, as: owner, api: true },
    { name: 'data export page download', path: '/me/account/data.json', as: owner },
    { name: 'data export JSON', path: '/api/v1/me/export', as: owner, api: true },
    { name: 'moderation queue', path: '/moderation', as: moderator },
    { name: 'moderation queue JSON', path: '/api/v1/moderation/queue', as: moderator, api: true },
    { name: 'failed emails', path: '/admin/emails', as: admin },
  ]);
}

const PINS: Record<string, Cost> = {
  // The session lookup, then one batch: the needs, the lists and the suggestions; for those with a
  // moderation queue three statements more (their clusters by state, open reports, calls).
  'my page, owner': { calls: 2, statements: 9 },
  'my page, solver': { calls: 2, statements: 9 },
  'my page, juror': { calls: 2, statements: 9 },
  'my page, moderator': { calls: 2, statements: 12 },
  'my page, admin': { calls: 2, statements: 12 },
  // One page of the inbox on its index; the JSON twin also says the unread count.
  'inbox, owner': { calls: 2, statements: 2 },
  'inbox, moderator': { calls: 2, statements: 2 },
  'inbox JSON, owner': { calls: 2, statements: 3 },
  'notification preferences': { calls: 2, statements: 3 },
  'saved searches': { calls: 2, statements: 2 },
  'saved searches JSON': { calls: 2, statements: 2 },
  // The settings page reads nothing beyond the session.
  'account settings': { calls: 1, statements: 1 },
  'account deletion page': { calls: 2, statements: 2 },
  'expert profile form': { calls: 2, statements: 3 },
  // The keys; a moderator's page also reads the clusters a key may be restricted to, in the same batch.
  'API keys': { calls: 2, statements: 2 },
  'API keys, moderator': { calls: 2, statements: 3 },
  'API keys JSON': { calls: 2, statements: 2 },
  // The key and its days of usage in one batch: the page shows both, the JSON the days.
  'API key usage': { calls: 2, statements: 3 },
  'API key usage JSON': { calls: 2, statements: 3 },
  // The rate limit's hit, then every part of the export in one batch. Issue 17: 47 → 42, each part
  // built as JSON in SQLite: criteria, tags and stages are read inside the challenges' statement
  // and the audit entries made and about the account are one statement.
  'data export page download': { calls: 3, statements: 42 },
  'data export JSON': { calls: 3, statements: 42 },
  'moderation queue': { calls: 2, statements: 4 },
  'moderation queue JSON': { calls: 2, statements: 4 },
  'failed emails': { calls: 2, statements: 2 },
};

describe('round trips of the personal pages', { timeout: 120_000 }, () => {
  it('cost the same for 3 and for 8 of what they list, and exactly the pinned cost', async () => {
    const small = await world(3);
    const large = await world(8);
    expectPinned(small, large, PINS);
  });
});
