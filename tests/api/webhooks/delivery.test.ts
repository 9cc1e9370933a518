import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { callTransition, createCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { eventually } from '../../helpers/wait';
import { deliveries, inbox, planFailures, received, settled, subscribe } from '../../helpers/webhooks';

/**
 * Issue 18, webhooks: events reach subscribed URLs signed the Standard Webhooks way (the local
 * receiver verifies each with the library's verifier), through the queue, with retries, a log,
 * redelivery, and switching off after repeated failure.
 */

let admin: TestUser;
let moderator: TestUser;
let clinician: TestUser;
let solver: TestUser;
let cluster: { id: string; slug: string };

beforeAll(async () => {
  admin = await createAdmin();
  cluster = await createCluster(admin);
  moderator = await createModerator(admin, cluster.slug);
  clinician = await registerUser('clinician');
  solver = await registerUser('solver');
});

async function askAndAnswer(challenge: string) {
  const asked = await must(
    api(`/api/v1/challenges/${challenge}/questions`, {
      token: solver.token,
      body: { body: `Is there an API for the ward system? ${crypto.randomUUID()}` },
    }),
    201,
  );
  await must(
    api(`/api/v1/challenges/${challenge}/questions/${asked.body.id}/answer`, {
      token: clinician.token,
      body: { answer: 'Yes: HL7 FHIR, read-only.' },
    }),
  );
  return asked.body.id as string;
}

describe('signed deliveries', () => {
  it('sends a published challenge to a subscriber, signed so the library verifies it, and logs the attempt', async () => {
    const hook = await subscribe(solver, ['challenge.published']);
    const challenge = await openChallenge(clinician, moderator, cluster.slug);
    const [got] = await received(hook);
    expect(got).toMatchObject({ verified: true, answered: 204 });
    expect(got?.body).toMatchObject({ type: 'challenge.published', data: { challenge_id: challenge } });

    const [logged] = await settled(solver, hook);
    expect(logged).toMatchObject({ id: got?.id, type: 'challenge.published', status: 'delivered' });
    expect(logged?.attempts).toHaveLength(1);
    expect(logged?.attempts[0]).toMatchObject({ attempt: 1, status_code: 204, error: null });
    expect(logged?.attempts[0]?.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('retries after a 500 with growing waits and stops after the first success', async () => {
    const hook = await subscribe(solver, ['challenge.published'], { fail: 2 });
    await openChallenge(clinician, moderator, cluster.slug);
    const [logged] = await settled(solver, hook);
    expect(logged?.status).toBe('delivered');
    expect(logged?.attempts.map((a) => a.status_code)).toEqual([500, 500, 204]);
    const at = logged?.attempts.map((a) => Date.parse(a.at)) ?? [];
    // WEBHOOK_RETRY_SECONDS in the tests is 1, 2, 2: each wait at least its step of the schedule.
    expect((at[1] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(900);
    expect((at[2] ?? 0) - (at[1] ?? 0)).toBeGreaterThanOrEqual(1_900);
    const got = await inbox(hook);
    expect(got.map((r) => r.answered)).toEqual([500, 500, 204]);
    // One message: every attempt carries the same webhook-id, and each is signed anew.
    expect(new Set(got.map((r) => r.id)).size).toBe(1);
    expect(got.every((r) => r.verified)).toBe(true);
  });

  it('redelivers on request with the same webhook-id and logs the new attempt', async () => {
    const hook = await subscribe(solver, ['challenge.published']);
    await openChallenge(clinician, moderator, cluster.slug);
    const [first] = await settled(solver, hook);
    const again = await must(
      api(`/api/v1/webhooks/${hook.id}/deliveries/${first?.id}/redeliver`, { token: solver.token, method: 'POST' }),
      202,
    );
    expect(again.body).toMatchObject({ id: first?.id, status: 'pending' });
    const got = await received(hook, 2);
    expect(got[1]).toMatchObject({ id: first?.id, verified: true });
    const [logged] = await settled(solver, hook);
    expect(logged?.attempts.map((a) => a.attempt)).toEqual([1, 2]);
  });

  it('refuses to redeliver another person’s delivery (404) or one still being tried (409); a failed one goes again', async () => {
    const hook = await subscribe(solver, ['challenge.published'], { fail: 1_000 });
    await openChallenge(clinician, moderator, cluster.slug);
    const [pending] = await eventually(
      'a delivery in the log',
      () => deliveries(solver, hook),
      (rows) => rows.length === 1,
    );
    const path = `/api/v1/webhooks/${hook.id}/deliveries/${pending?.id}/redeliver`;
    expect((await api(path, { token: clinician.token, method: 'POST' })).status).toBe(404);
    const early = await api(path, { token: solver.token, method: 'POST' });
    expect(early.status).toBe(409);
    expect(early.body.current_state).toBe('pending');

    const [failed] = await settled(solver, hook);
    expect(failed?.status).toBe('failed');
    expect(failed?.attempts.map((a) => a.status_code)).toEqual([500, 500, 500, 500]);
    await planFailures(hook, 0);
    await must(api(path, { token: solver.token, method: 'POST' }), 202);
    const [logged] = await settled(solver, hook);
    expect(logged?.status).toBe('delivered');
    expect(logged?.attempts.map((a) => a.status_code)).toEqual([500, 500, 500, 500, 204]);
  });
});

describe('who hears what', () => {
  it('sends a submitted solution to the challenge owner’s hook only', async () => {
    const challenge = await openChallenge(clinician, moderator, cluster.slug);
    const owners = await subscribe(clinician, ['solution.submitted']);
    const outsiders = await subscribe(solver, ['solution.submitted']);
    const rival = await registerUser('solver');
    const solution = await submitSolution(rival, challenge);
    const [got] = await received(owners);
    expect(got?.body).toMatchObject({
      type: 'solution.submitted',
      data: { challenge_id: challenge, solution_id: solution },
    });
    expect(await deliveries(solver, outsiders)).toEqual([]);
    expect(await inbox(outsiders)).toEqual([]);
  });

  it('sends an answered question to everyone who may see the challenge, never a hidden one’s', async () => {
    const challenge = await openChallenge(clinician, moderator, cluster.slug);
    const watcher = await registerUser('solver');
    const hook = await subscribe(watcher, ['question.answered']);
    const question = await askAndAnswer(challenge);
    const [got] = await received(hook);
    expect(got?.body).toMatchObject({
      type: 'question.answered',
      data: { challenge_id: challenge, question_id: question },
    });

    // Hidden since (as a moderator's hiding does): only its insiders may see it, so an answer
    // given now reaches the owner's hook and never the watcher's, not even as a row in its log.
    const ownerHook = await subscribe(clinician, ['question.answered']);
    const asked = await must(
      api(`/api/v1/challenges/${challenge}/questions`, {
        token: solver.token,
        body: { body: `Asked before it was hidden ${crypto.randomUUID()}` },
      }),
      201,
    );
    await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), challenge)
      .run();
    await must(
      api(`/api/v1/challenges/${challenge}/questions/${asked.body.id}/answer`, {
        token: clinician.token,
        body: { answer: 'Answered while hidden.' },
      }),
    );
    const [own] = await received(ownerHook);
    expect(own?.body.data).toMatchObject({ question_id: asked.body.id });
    expect(await inbox(hook)).toHaveLength(1);
    expect(await deliveries(watcher, hook)).toHaveLength(1);
  });

  it('forgets a hidden question’s text in the payloads that quoted it (the log, a redelivery)', async () => {
    const challenge = await openChallenge(clinician, moderator, cluster.slug);
    const watcher = await registerUser('solver');
    const hook = await subscribe(watcher, ['question.answered']);
    const question = await askAndAnswer(challenge);
    await received(hook);
    const [before] = await settled(watcher, hook);
    expect(String(before?.payload.data.question)).toContain('Is there an API for the ward system?');

    await must(
      api(`/api/v1/challenges/${challenge}/questions/${question}/hide`, { token: clinician.token, body: {} }),
      204,
    );
    const [after] = await deliveries(watcher, hook);
    expect(after?.payload.data).toMatchObject({ question_id: question, question: null });
  });

  it('never carries a notification’s private params: a reviewer’s note on a call stays with its creator', async () => {
    const watcher = await registerUser('solver');
    const hook = await subscribe(watcher, ['call.opened']);
    const reviewer = await createModerator(admin, cluster.slug);
    const call = await createCall(moderator, [cluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    await must(callTransition(reviewer, call.id, 'publish', 'Internal: the budget line is still unconfirmed.'));
    const [got] = await received(hook);
    expect(got?.body).toMatchObject({
      type: 'call.opened',
      data: { call_id: call.id, title: 'Precision oncology call 2027' },
    });
    expect(got?.body.data).not.toHaveProperty('note');
    const [logged] = await deliveries(watcher, hook);
    expect(logged?.payload.data).not.toHaveProperty('note');
  });
});

describe('switching off after repeated failure', () => {
  it('switches the subscription off after five deliveries failed every attempt, and tells its owner', async () => {
    const owner = await registerUser('solver');
    const hook = await subscribe(owner, ['challenge.published'], { fail: 1_000 });
    for (let i = 0; i < 5; i++) await openChallenge(clinician, moderator, cluster.slug);
    const log = await settled(owner, hook, 5, 40_000);
    expect(log.map((d) => d.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
    expect(log[0]?.attempts.map((a) => a.status_code)).toEqual([500, 500, 500, 500]);

    const now = await must(api(`/api/v1/webhooks/${hook.id}`, { token: owner.token }));
    expect(now.body).toMatchObject({ enabled: false, consecutive_failures: 5 });
    expect(now.body.disabled_at).not.toBeNull();
    const inboxLines = await must(api('/api/v1/me/notifications', { token: owner.token }));
    expect(inboxLines.body.data.map((n: { kind: string }) => n.kind)).toContain('webhook_disabled');
    const email = await env.DB.prepare("SELECT kind FROM email_outbox WHERE user_id = ? AND kind = 'webhook_disabled'")
      .bind(owner.id)
      .all();
    expect(email.results).toHaveLength(1);

    // A sixth event fires nothing while it is off; switched on again, it forgets the failures.
    await openChallenge(clinician, moderator, cluster.slug);
    expect(await deliveries(owner, hook)).toHaveLength(5);
    await planFailures(hook, 0);
    const on = await must(
      api(`/api/v1/webhooks/${hook.id}`, { token: owner.token, method: 'PATCH', body: { enabled: true } }),
    );
    expect(on.body).toMatchObject({ enabled: true, consecutive_failures: 0, disabled_at: null });
  });
});
