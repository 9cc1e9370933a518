import {
  createExecutionContext,
  createMessageBatch,
  env,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../worker/db/batch';
import { createDb } from '../../../worker/db/client';
import { outboxInsert } from '../../../worker/domain/email/outbox';
import type { Bindings } from '../../../worker/env';
import worker from '../../../worker/index';
import { consume } from '../../../worker/queue/consumer';
import type { Job } from '../../../worker/queue/jobs';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, draftBody, openChallenge, transition } from '../../helpers/challenges';
import { scoresOf, withOverrides } from '../../helpers/evaluation';
import { type FaultPlan, faultAt, faultyEnv } from '../../helpers/faulty-d1';
import { BASE, freshClient, must } from '../../helpers/http';
import { tableCounts } from '../../helpers/row-counts';
import { freshEvaluationWithJury } from '../../helpers/solution-fixtures';
import { solutionBody } from '../../helpers/solutions';
import { translator } from '../../helpers/translator';
import { unique } from '../../helpers/unique';

// Issue 13, the fault suite: D1 failing mid-request. Every call a request makes to the database
// fails in turn (a real local D1 behind a wrapper that rejects the chosen call); the answer is a
// 503 problem (or page) with Retry-After, never another 5xx, and no table gains or loses a row.

/** More calls than any request here makes: a loop that reaches it has lost its way. */
const MAX_CALLS = 80;

const tally = {
  injected: 0,
  unavailable: 0,
  otherServerErrors: 0,
  partialWrites: 0,
  queueRuns: 0,
  duplicates: 0,
  afterCommit: 0,
};

afterAll(() => {
  console.info(
    `[faults] injected: ${tally.injected}, 503: ${tally.unavailable}, 5xx other: ${tally.otherServerErrors}, partial writes: ${tally.partialWrites} (failed after their change committed: ${tally.afterCommit}), queue jobs failed and retried: ${tally.queueRuns}, duplicate emails: ${tally.duplicates}`,
  );
});

interface Call {
  path: string;
  method?: string;
  token?: string;
  /** JSON body (API). */
  body?: unknown;
  /** A page: asked for as HTML with this session cookie ('' for nobody); `form` posts a page form. */
  cookie?: string;
  form?: Record<string, string>;
  language?: string;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends one request to the Worker's own `fetch`, with DB failing by `plan`; disarmed once answered. */
async function send(call: Call, plan: FaultPlan): Promise<Answer> {
  // `no-cache`: an anonymous public read must reach D1 here, not the public cache's copy.
  const headers: Record<string, string> = { 'cf-connecting-ip': freshClient(), 'cache-control': 'no-cache' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.cookie !== undefined) Object.assign(headers, { accept: 'text/html', origin: BASE });
  if (call.cookie) headers.cookie = call.cookie;
  if (call.language) headers['accept-language'] = call.language;
  let body: string | undefined;
  if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  } else if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(call.form).toString();
  }
  const method = call.method ?? (body === undefined ? 'GET' : 'POST');
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(BASE + call.path, { method, headers, body, redirect: 'manual' }),
    faultyEnv(plan),
    ctx,
  );
  // What runs after the answer (handing emails to the queue) is not part of it.
  plan.armed = false;
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, headers: res.headers, text };
}

/** Rows added (or removed) per table between two counts; tables that did not change are left out. */
function delta(before: Record<string, number>, after: Record<string, number>) {
  const changed: Record<string, number> = {};
  for (const [table, n] of Object.entries(after))
    if (n !== (before[table] ?? 0)) changed[table] = n - (before[table] ?? 0);
  return changed;
}

/**
 * A change without the rows of FTS5's segment tables (`*_fts_data`, `*_fts_idx`): how many there
 * are depends on when FTS5 merges its segments, which depends on every earlier write to the index
 * (in CI one insert merged twelve), not on the change. "Nothing written" still compares them: a
 * request that wrote nothing changes no segment.
 */
const withoutSegments = (change: Record<string, number>) =>
  Object.fromEntries(Object.entries(change).filter(([table]) => !/_fts_(data|idx)$/.test(table)));

/**
 * Runs `prepare()`'s request once as is, counting its database calls (until it answers) and the
 * rows it adds; then, each time on a fresh `prepare()`, fails its 1st, 2nd, … call. Each failure
 * must be a 503 with Retry-After and write nothing, or (when the failing call came after the
 * change's batch committed, e.g. the read that shapes the answer) exactly what the whole change
 * writes: never a part of it. Returns how many calls were failed.
 */
async function failEachCall(
  prepare: () => Promise<Call>,
  ok: number,
  check: (answer: Answer) => void,
): Promise<number> {
  const counting = faultAt(0);
  const first = await prepare();
  const base = await tableCounts();
  const clean = await send(first, counting);
  expect(clean.status, clean.text).toBe(ok);
  const whole = delta(base, await tableCounts());
  const calls = counting.calls;
  expect(calls).toBeLessThan(MAX_CALLS);
  for (let n = 1; n <= calls; n++) {
    const call = await prepare();
    const before = await tableCounts();
    const plan = faultAt(n);
    const answer = await send(call, plan);
    expect(plan.fired, `call ${n} of ${calls}`).toBe(true);
    tally.injected++;
    if (answer.status === 503) tally.unavailable++;
    else if (answer.status >= 500) tally.otherServerErrors++;
    const written = delta(before, await tableCounts());
    const landed = Object.keys(written).length > 0;
    if (landed) tally.afterCommit++;
    if (landed && JSON.stringify(withoutSegments(written)) !== JSON.stringify(withoutSegments(whole)))
      tally.partialWrites++;
    expect({ call: n, status: answer.status, retryAfter: answer.headers.get('retry-after') }, answer.text).toEqual({
      call: n,
      status: 503,
      retryAfter: '5',
    });
    check(answer);
    expect(withoutSegments(landed ? written : whole), `call ${n}: nothing or the whole change`).toEqual(
      withoutSegments(whole),
    );
  }
  return calls;
}

/** The API's answer: an `unavailable` problem saying what happened and what to do. */
function isUnavailableProblem(answer: Answer) {
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(answer.text);
  expect(problem).toMatchObject({ type: '/problems/unavailable', status: 503 });
  expect(problem.detail).toContain('A change is saved whole or not at all');
  expect(problem.detail).toContain('5 seconds');
}

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('a write whose database call fails', () => {
  it('create a challenge', async () => {
    const { clinician } = world.users;
    const calls = await failEachCall(
      async () => ({
        path: '/api/v1/challenges',
        token: clinician.token,
        body: draftBody(world.cluster.slug, { title: `Fault injection ${unique()}` }),
      }),
      201,
      isUnavailableProblem,
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('submit a solution', async () => {
    const calls = await failEachCall(
      async () => ({
        path: `/api/v1/challenges/${await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug)}/solutions`,
        token: world.users.solver.token,
        body: { ...solutionBody(), submit: true },
      }),
      201,
      isUnavailableProblem,
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  /** A challenge of the world's clinician waiting for a moderator. */
  async function inReview() {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    await must(transition(world.users.clinician, draft.id, 'submit'));
    return draft.id;
  }

  it('approve a challenge under review (a transition with its audit entry and news)', async () => {
    const calls = await failEachCall(
      async () => ({
        path: `/api/v1/challenges/${await inReview()}/transitions`,
        token: world.users.moderator.token,
        body: { action: 'approve' },
      }),
      200,
      isUnavailableProblem,
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('score a solution again (an audited change of scores)', async () => {
    const calls = await failEachCall(
      async () => ({
        path: `/api/v1/solutions/${(await freshEvaluationWithJury(world)).solution}/evaluation`,
        method: 'PUT',
        token: world.users.evaluator.token,
        body: { scores: scoresOf([5, 2]) },
      }),
      200,
      isUnavailableProblem,
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('decide a challenge', async () => {
    const calls = await failEachCall(
      async () => {
        const { challenge, solution } = await freshEvaluationWithJury(world);
        return {
          path: `/api/v1/challenges/${challenge}/decision`,
          token: world.users.clinician.token,
          body: withOverrides({ winners: [solution] }),
        };
      },
      200,
      isUnavailableProblem,
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('a page form (approve, in German): a readable 503 page in the page language, with Retry-After', async () => {
    const calls = await failEachCall(
      async () => ({
        path: `/challenges/${await inReview()}/transitions`,
        cookie: world.users.moderator.cookie,
        form: { action: 'approve', confirmed: 'yes' },
        language: 'de',
      }),
      303,
      (answer) => {
        expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
        expect(answer.text).toContain('<h1>Kurz nicht erreichbar</h1>');
        expect(answer.text).toContain('Eine Änderung wird ganz oder gar nicht gespeichert');
      },
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});

describe('a read whose database call fails', () => {
  it('the API answers 503 with Retry-After, the page a 503 page in its language', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const detail = async () => ({ path: `/api/v1/challenges/${challenge}`, token: clinician.token });
    expect(await failEachCall(detail, 200, isUnavailableProblem)).toBeGreaterThanOrEqual(2);
    const list = async () => ({ path: '/api/v1/challenges?limit=5' });
    expect(await failEachCall(list, 200, isUnavailableProblem)).toBeGreaterThanOrEqual(1);
    const page = async () => ({ path: `/challenges/${challenge}?lang=it`, cookie: clinician.cookie });
    const calls = await failEachCall(page, 200, (answer) => {
      expect(answer.text).toContain('<h1>Momentaneamente non disponibile</h1>');
      expect(answer.text).toContain('lang="it"');
    });
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});

describe('the 503 page', () => {
  it('speaks each of the four languages and says when to come back', async () => {
    for (const language of ['en', 'de', 'it', 'ro'] as const) {
      const plan = faultAt(1);
      const answer = await send({ path: `/challenges?lang=${language}`, cookie: '' }, plan);
      expect(plan.fired).toBe(true);
      tally.injected++;
      if (answer.status === 503) tally.unavailable++;
      expect({ status: answer.status, retryAfter: answer.headers.get('retry-after') }).toEqual({
        status: 503,
        retryAfter: '5',
      });
      const { t } = translator(language);
      expect(answer.text).toContain(`<h1>${t('error.unavailable.title')}</h1>`);
      expect(answer.text).toContain(`lang="${language}"`);
    }
  });
});

describe('what is not an outage', () => {
  it('a D1 error about the statement itself (a constraint) stays a 500: a defect to fix, not to retry', async () => {
    const plan = faultAt(1, 'D1_ERROR: UNIQUE constraint failed: challenges.id: SQLITE_CONSTRAINT');
    const answer = await send({ path: '/api/v1/challenges?limit=5' }, plan);
    expect(plan.fired).toBe(true);
    expect(answer.status).toBe(500);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(JSON.parse(answer.text)).toMatchObject({ type: '/problems/internal' });
  });
});

describe('the queue consumer when the database fails', () => {
  /** Writes one event's emails to these addresses, as a change's batch would, without queueing them. */
  async function writeEvent(to: string[]) {
    const db = createDb(env.DB);
    const eventId = uuidv7();
    await runBatch(
      db,
      to.map((address) =>
        outboxInsert(db, {
          eventId,
          idempotencyKey: `fault:${eventId}:${address}`,
          userId: null,
          to: address,
          language: 'en',
          kind: 'reset_password',
          params: { name: 'Test', token_id: uuidv7() },
        }),
      ),
    );
    return eventId;
  }

  /** The queue's handler on one delivery job, the `attempts`-th try, with DB failing by `plan`. */
  async function consumeOnce(bindings: Bindings, eventId: string, attempts: number) {
    const batch = createMessageBatch<Job>('bedside-jobs', [
      { id: `msg-${attempts}`, timestamp: new Date(), attempts, body: { type: 'deliver', events: [eventId] } },
    ]);
    const ctx = createExecutionContext();
    await consume(batch, bindings);
    return getQueueResult(batch, ctx);
  }

  it('fails each call of a delivery job in turn: the job is retried, and no email is sent twice', async () => {
    for (let n = 1; n <= MAX_CALLS; n++) {
      const to = [`first-${unique()}@test.example`, `second-${unique()}@test.example`];
      const eventId = await writeEvent(to);
      const sent: string[] = [];
      const EMAIL = {
        async send(message: { to: string }) {
          sent.push(message.to);
          return env.EMAIL?.send(message as never);
        },
      };
      const plan = faultAt(n);
      const first = await consumeOnce(faultyEnv(plan, { EMAIL } as unknown as Partial<Bindings>), eventId, 1);
      if (!plan.fired) {
        // Every call of the job has been failed once: this run had nothing left to fail.
        expect(n).toBeGreaterThanOrEqual(4);
        expect(first.explicitAcks).toEqual(['msg-1']);
        expect(sent.sort()).toEqual([...to].sort());
        return;
      }
      tally.queueRuns++;
      expect(first.retryMessages, `call ${n}`).toEqual([{ msgId: 'msg-1' }]);
      // The queue tries again, and the database is back.
      const second = await consumeOnce(faultyEnv(faultAt(0), { EMAIL } as unknown as Partial<Bindings>), eventId, 2);
      expect(second.explicitAcks, `call ${n}`).toEqual(['msg-2']);
      const duplicates = sent.length - new Set(sent).size;
      tally.duplicates += duplicates;
      expect(duplicates, `call ${n}: ${sent.join(', ')}`).toBe(0);
      const { results } = await env.DB.prepare('SELECT to_email, status FROM email_outbox WHERE event_id = ?')
        .bind(eventId)
        .all<{ to_email: string; status: string }>();
      for (const row of results) {
        // Sent and recorded; or sent but the record of it failed, so the row waits as `sending` for the
        // cron's sweep (at least once: the one case a crash cannot tell from a send that never happened).
        if (row.status === 'sent') expect(sent).toContain(row.to_email);
        else
          expect({ row, sent: sent.includes(row.to_email) }).toEqual({
            row: { ...row, status: 'sending' },
            sent: true,
          });
      }
    }
    throw new Error(`a delivery job made more than ${MAX_CALLS} database calls`);
  });
});
