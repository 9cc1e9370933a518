import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, createModerator, createWorld, registerUser, type TestUser, type World } from './helpers/actors';
import { createDraft, openChallenge, transition } from './helpers/challenges';
import { api, isProblem } from './helpers/http';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const unique = () => crypto.randomUUID().slice(0, 8);

const report = (user: TestUser | undefined, body: unknown) => api('/api/v1/reports', { token: user?.token, body });
const resolve = (user: TestUser | undefined, reportId: string, body: unknown) =>
  api(`/api/v1/reports/${reportId}/resolution`, { token: user?.token, body });

/** A report filed through the API (201 checked). */
async function reportOk(user: TestUser, entity_type: string, entity_id: string, reason = `Looks wrong ${unique()}`) {
  const res = await report(user, { entity_type, entity_id, reason });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}

async function askOk(solver: TestUser, challengeId: string, body = `A question about the data on offer ${unique()}`) {
  const res = await api(`/api/v1/challenges/${challengeId}/questions`, { token: solver.token, body: { body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; body: string };
}

const reportRows = async (entityId: string) =>
  (
    await env.DB.prepare('SELECT id, reporter_id, cluster_id, status FROM reports WHERE entity_id = ? ORDER BY id')
      .bind(entityId)
      .all<{ id: string; reporter_id: string; cluster_id: string; status: string }>()
  ).results;

interface AuditEntry {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  cluster: string | null;
  actor: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  created_at: string;
}

/** Every audit entry a user sees for a query, walking `next_cursor`. */
async function walkAudit(token: string, query: string, limit: number) {
  const seen: AuditEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 200; page++) {
    const params: string = `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api(`/api/v1/audit?${params}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...res.body.data);
    cursor = res.body.next_cursor;
    if (!cursor) return seen;
  }
  throw new Error('pagination did not end');
}

describe('filing reports', () => {
  it('files a report on a challenge for the moderators of its cluster', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const reason = 'This challenge names a patient in the clinical context.';
    const res = await report(solver, { entity_type: 'challenge', entity_id: id, reason: `  ${reason} ` });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      entity_type: 'challenge',
      entity_id: id,
      reason,
      status: 'open',
      resolution_note: null,
      resolved_at: null,
    });
    expect(res.body.id).toEqual(expect.any(String));
    expect(await reportRows(id)).toEqual([
      { id: res.body.id, reporter_id: solver.id, cluster_id: world.cluster.id, status: 'open' },
    ]);
  });

  it('files a report on a question, in the cluster of its challenge', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    const res = await report(clinician, {
      entity_type: 'question',
      entity_id: question.id,
      reason: 'The question is advertising a product.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ entity_type: 'question', entity_id: question.id, status: 'open' });
    expect(await reportRows(question.id)).toEqual([
      { id: res.body.id, reporter_id: clinician.id, cluster_id: world.cluster.id, status: 'open' },
    ]);
  });

  it('answers 404 for unknown challenges, questions and solutions', async () => {
    for (const entity_type of ['challenge', 'question', 'solution']) {
      const entity_id = `missing-${unique()}`;
      const res = await report(world.users.solver, { entity_type, entity_id, reason: 'Reporting nothing at all.' });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(await reportRows(entity_id)).toEqual([]);
    }
  });

  it('answers 404 for content the reporter cannot see (someone else’s draft), 401 for anonymous', async () => {
    const { clinician, solver, other_moderator } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const body = { entity_type: 'challenge', entity_id: draft.id, reason: 'I should not even see this draft.' };
    expect(isProblem(await report(solver, body), 404, 'not_found')).toBe(true);
    expect(isProblem(await report(other_moderator, body), 404, 'not_found')).toBe(true);
    expect(isProblem(await report(undefined, body), 401, 'unauthorized')).toBe(true);
    expect(await reportRows(draft.id)).toEqual([]);
  });

  it('refuses a second open report by the same user (409), but not by another user or after resolution', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const first = await reportOk(solver, 'challenge', id);
    const again = await report(solver, { entity_type: 'challenge', entity_id: id, reason: 'Reporting it once more.' });
    expect(isProblem(again, 409, 'duplicate')).toBe(true);
    const otherSolver = await registerUser('solver');
    await reportOk(otherSolver, 'challenge', id);
    expect(await reportRows(id)).toHaveLength(2);

    expect((await resolve(moderator, first.id, { action: 'dismiss' })).status).toBe(200);
    await reportOk(solver, 'challenge', id, 'Still wrong after the dismissal.');
    expect(await reportRows(id)).toHaveLength(3);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['an unknown entity_type', { entity_type: 'comment' }, 'entity_type'],
    ['a short reason', { reason: 'bad' }, 'reason'],
    ['a blank reason', { reason: '            ' }, 'reason'],
    ['a missing entity_id', { entity_id: undefined }, 'entity_id'],
    ['an unknown field', { reporter_id: 'someone-else' }, '(root)'],
  ];
  for (const [what, override, path] of bad) {
    it(`refuses ${what} with 400 naming ${path}, and writes nothing`, async () => {
      const { clinician, moderator, solver } = world.users;
      const id = await openChallenge(clinician, moderator, world.cluster.slug);
      const res = await report(solver, {
        entity_type: 'challenge',
        entity_id: id,
        reason: 'A reason that is long enough.',
        ...override,
      });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await reportRows(id)).toEqual([]);
    });
  }
});

describe('the moderation queue', () => {
  it('shows each moderator their clusters’ challenges in review and open reports; admins see all', async () => {
    const { clinician, moderator, other_moderator, solver, admin } = world.users;
    const ours = await createDraft(clinician, world.cluster.slug);
    expect((await transition(clinician, ours.id, 'submit')).status).toBe(200);
    const theirs = await createDraft(clinician, world.otherCluster.slug);
    expect((await transition(clinician, theirs.id, 'submit')).status).toBe(200);
    const ourOpen = await openChallenge(clinician, moderator, world.cluster.slug);
    const theirOpen = await openChallenge(clinician, other_moderator, world.otherCluster.slug);
    const ourReport = await reportOk(solver, 'challenge', ourOpen);
    const theirReport = await reportOk(solver, 'challenge', theirOpen);

    const queueOf = async (user: TestUser) => {
      const res = await api('/api/v1/moderation/queue', { token: user.token });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.headers.get('cache-control')).toContain('no-store');
      return {
        challenges: res.body.challenges_in_review.map((c: { id: string }) => c.id) as string[],
        reports: res.body.open_reports.map((r: { id: string }) => r.id) as string[],
        body: res.body,
      };
    };

    const mine = await queueOf(moderator);
    expect(mine.challenges).toContain(ours.id);
    expect(mine.challenges).not.toContain(theirs.id);
    expect(mine.reports).toContain(ourReport.id);
    expect(mine.reports).not.toContain(theirReport.id);
    expect(new Set(mine.body.challenges_in_review.map((c: { cluster: string }) => c.cluster))).toEqual(
      new Set([world.cluster.slug]),
    );
    expect(new Set(mine.body.open_reports.map((r: { cluster: string }) => r.cluster))).toEqual(
      new Set([world.cluster.slug]),
    );
    expect(mine.body.challenges_in_review.find((c: { id: string }) => c.id === ours.id)).toMatchObject({
      cluster: world.cluster.slug,
      owner: 'Test clinician',
      submitted_at: expect.any(String),
      version: 2,
    });
    expect(mine.body.open_reports.find((r: { id: string }) => r.id === ourReport.id)).toMatchObject({
      entity_type: 'challenge',
      entity_id: ourOpen,
      cluster: world.cluster.slug,
      challenge_title: expect.any(String),
    });

    const other = await queueOf(other_moderator);
    expect(other.challenges).toContain(theirs.id);
    expect(other.challenges).not.toContain(ours.id);
    expect(other.reports).toContain(theirReport.id);
    expect(other.reports).not.toContain(ourReport.id);

    const all = await queueOf(admin);
    expect(all.challenges).toEqual(expect.arrayContaining([ours.id, theirs.id]));
    expect(all.reports).toEqual(expect.arrayContaining([ourReport.id, theirReport.id]));

    // Approved challenges and resolved reports leave the queue.
    expect((await transition(moderator, ours.id, 'approve')).status).toBe(200);
    expect((await resolve(moderator, ourReport.id, { action: 'dismiss' })).status).toBe(200);
    const after = await queueOf(moderator);
    expect(after.challenges).not.toContain(ours.id);
    expect(after.reports).not.toContain(ourReport.id);
  });

  it('lists reports on questions with the title of their challenge', async () => {
    const { clinician, moderator, solver } = world.users;
    const title = `Queue title check ${unique()} for a question report`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { title });
    const question = await askOk(solver, id);
    const filed = await reportOk(clinician, 'question', question.id);
    const res = await api('/api/v1/moderation/queue', { token: moderator.token });
    expect(res.body.open_reports.find((r: { id: string }) => r.id === filed.id)).toMatchObject({
      entity_type: 'question',
      entity_id: question.id,
      challenge_title: title,
    });
  });

  it('refuses clinicians and solvers (403) and anonymous callers (401)', async () => {
    for (const role of ['clinician', 'solver', 'evaluator'] as const) {
      expect(isProblem(await api('/api/v1/moderation/queue', { token: world.token(role) }), 403, 'forbidden')).toBe(
        true,
      );
    }
    expect(isProblem(await api('/api/v1/moderation/queue'), 401, 'unauthorized')).toBe(true);
  });
});

describe('resolving reports', () => {
  it('lets only a moderator of the report’s cluster resolve it (others 404, anonymous 401)', async () => {
    const { clinician, moderator, other_moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', id);
    for (const user of [solver, clinician, other_moderator]) {
      expect(isProblem(await resolve(user, filed.id, { action: 'hide' }), 404, 'not_found')).toBe(true);
    }
    expect(isProblem(await resolve(undefined, filed.id, { action: 'hide' }), 401, 'unauthorized')).toBe(true);
    expect(isProblem(await resolve(moderator, `missing-${unique()}`, { action: 'dismiss' }), 404, 'not_found')).toBe(
      true,
    );
    const row = await env.DB.prepare('SELECT status FROM reports WHERE id = ?').bind(filed.id).first();
    expect(row?.status).toBe('open');
    const challenge = await env.DB.prepare('SELECT hidden_at FROM challenges WHERE id = ?').bind(id).first();
    expect(challenge?.hidden_at).toBeNull();

    const res = await resolve(moderator, filed.id, { action: 'dismiss', note: 'No personal data found.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: filed.id,
      status: 'dismissed',
      resolution_note: 'No personal data found.',
      resolved_at: expect.any(String),
    });
    const stored = await env.DB.prepare('SELECT status, resolved_by FROM reports WHERE id = ?').bind(filed.id).first();
    expect(stored).toEqual({ status: 'dismissed', resolved_by: moderator.id });
    // Dismissing leaves the content in view.
    expect((await api(`/api/v1/challenges/${id}`)).status).toBe(200);
  });

  it('lets an admin resolve reports of any cluster', async () => {
    const { clinician, moderator, solver, admin } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', id);
    const res = await resolve(admin, filed.id, { action: 'dismiss' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dismissed', resolution_note: null });
  });

  it('answers 409 when the report is already resolved, and writes no second audit entry', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', id);
    expect((await resolve(moderator, filed.id, { action: 'dismiss' })).status).toBe(200);
    for (const action of ['dismiss', 'hide']) {
      const again = await resolve(moderator, filed.id, { action });
      expect(isProblem(again, 409, 'invalid_state')).toBe(true);
      expect(again.body.current_state).toBe('dismissed');
    }
    const challenge = await env.DB.prepare('SELECT hidden_at FROM challenges WHERE id = ?').bind(id).first();
    expect(challenge?.hidden_at).toBeNull();
    const audits = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action LIKE 'report.%'",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(1);
  });

  it('resolves a report exactly once when two moderators race', async () => {
    const { clinician, moderator, solver, admin } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', id);
    const results = await Promise.all([
      resolve(moderator, filed.id, { action: 'dismiss' }),
      resolve(admin, filed.id, { action: 'hide' }),
      resolve(moderator, filed.id, { action: 'hide' }),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    const audits = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action LIKE 'report.%'",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(1);
  });

  it('refuses an unknown action or an over-long note with 400 naming the field', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', id);
    const cases: [Record<string, unknown>, string][] = [
      [{ action: 'delete' }, 'action'],
      [{}, 'action'],
      [{ action: 'hide', note: 'x'.repeat(2001) }, 'note'],
      [{ action: 'hide', extra: 1 }, '(root)'],
    ];
    for (const [body, path] of cases) {
      const res = await resolve(moderator, filed.id, body);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const row = await env.DB.prepare('SELECT status FROM reports WHERE id = ?').bind(filed.id).first();
    expect(row?.status).toBe('open');
  });

  it('hiding a challenge makes it 404 for the public and drops it from lists; owner and moderators still see it', async () => {
    const { clinician, moderator, other_moderator, solver, admin } = world.users;
    const title = `Hidden by moderation ${unique()} challenge`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { title });
    const listed = async (token?: string) => {
      const res = await api(`/api/v1/challenges?cluster=${world.cluster.slug}&limit=100`, { token });
      expect(res.status).toBe(200);
      return res.body.data.map((c: { id: string }) => c.id) as string[];
    };
    expect(await listed()).toContain(id);
    expect(await listed(solver.token)).toContain(id);

    const filed = await reportOk(solver, 'challenge', id);
    const res = await resolve(moderator, filed.id, { action: 'hide', note: 'Contains patient data.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'actioned', resolution_note: 'Contains patient data.' });

    expect(isProblem(await api(`/api/v1/challenges/${id}`), 404, 'not_found')).toBe(true);
    for (const user of [solver, other_moderator]) {
      expect(isProblem(await api(`/api/v1/challenges/${id}`, { token: user.token }), 404, 'not_found')).toBe(true);
    }
    for (const user of [clinician, moderator, admin]) {
      expect((await api(`/api/v1/challenges/${id}`, { token: user.token })).status).toBe(200);
    }
    expect(await listed()).not.toContain(id);
    expect(await listed(solver.token)).not.toContain(id);
    const search = await api(`/api/v1/challenges?q=${encodeURIComponent(title.split(' ')[3] ?? '')}`);
    expect(search.body.data.map((c: { id: string }) => c.id)).not.toContain(id);
    // Nobody else can act on it either.
    const ask = await api(`/api/v1/challenges/${id}/questions`, {
      token: solver.token,
      body: { body: 'Can I still ask on a hidden challenge?' },
    });
    expect(isProblem(ask, 404, 'not_found')).toBe(true);
    const again = await report(await registerUser('solver'), {
      entity_type: 'challenge',
      entity_id: id,
      reason: 'Reporting a hidden challenge.',
    });
    expect(isProblem(again, 404, 'not_found')).toBe(true);
  });

  it('hiding a question removes it from the Q&A', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const kept = await askOk(solver, id);
    const hidden = await askOk(solver, id, `Offensive question text ${unique()}`);
    const filed = await reportOk(clinician, 'question', hidden.id);
    expect((await resolve(moderator, filed.id, { action: 'hide' })).status).toBe(200);
    const row = await env.DB.prepare('SELECT hidden_at FROM questions WHERE id = ?').bind(hidden.id).first();
    expect(row?.hidden_at).toEqual(expect.any(String));
    for (const token of [undefined, solver.token, clinician.token]) {
      const detail = await api(`/api/v1/challenges/${id}`, { token });
      expect(detail.body.questions.map((q: { id: string }) => q.id)).toEqual([kept.id]);
      const list = await api(`/api/v1/challenges/${id}/questions`, { token });
      expect(list.body.data.map((q: { id: string }) => q.id)).toEqual([kept.id]);
    }
    // The challenge itself stays in view.
    expect((await api(`/api/v1/challenges/${id}`)).status).toBe(200);
  });
});

describe('the audit log', () => {
  /** A challenge taken through approve, with an answered (and corrected) question and a hidden report. */
  async function history() {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    const answerUrl = `/api/v1/challenges/${id}/questions/${question.id}/answer`;
    expect((await api(answerUrl, { token: clinician.token, body: { answer: 'First answer.' } })).status).toBe(200);
    expect((await api(answerUrl, { token: clinician.token, body: { answer: 'Corrected answer.' } })).status).toBe(200);
    const filed = await reportOk(solver, 'challenge', id);
    expect((await resolve(moderator, filed.id, { action: 'hide', note: 'Hidden for the audit test.' })).status).toBe(
      200,
    );
    return { id, question, report: filed };
  }

  it('shows a moderator the transitions and report resolutions of a challenge, with actor and before/after', async () => {
    const { clinician, moderator } = world.users;
    const { id, report: filed } = await history();
    const res = await api(`/api/v1/audit?entity_type=challenge&entity_id=${id}`, { token: moderator.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const entries = res.body.data as AuditEntry[];
    expect(entries.map((e) => e.action)).toEqual([
      'report.hide',
      'challenge.approve',
      'challenge.submit',
      'challenge.create',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ entity_type: 'challenge', entity_id: id, cluster: world.cluster.slug });
      expect(entry.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const byAction = Object.fromEntries(entries.map((e) => [e.action, e]));
    expect(byAction['challenge.submit']).toMatchObject({
      actor: { id: clinician.id, name: 'Test clinician' },
      before: { status: 'draft', version: 1 },
      after: { status: 'in_review', version: 2 },
    });
    expect(byAction['challenge.approve']).toMatchObject({
      actor: { id: moderator.id },
      before: { status: 'in_review', version: 2 },
      after: { status: 'open', version: 3 },
    });
    expect(byAction['report.hide']).toMatchObject({
      actor: { id: moderator.id },
      before: { report: filed.id, status: 'open' },
      after: { report: filed.id, status: 'actioned', note: 'Hidden for the audit test.' },
    });
  });

  it('records answers with the owner as actor and the answer before and after', async () => {
    const { clinician, moderator } = world.users;
    const { question } = await history();
    const res = await api(`/api/v1/audit?entity_type=question&entity_id=${question.id}`, { token: moderator.token });
    expect(res.status).toBe(200);
    const entries = res.body.data as AuditEntry[];
    expect(entries.map((e) => e.action)).toEqual(['question.answer', 'question.answer']);
    const [correction, first] = entries as [AuditEntry, AuditEntry];
    for (const entry of entries) {
      expect(entry).toMatchObject({
        entity_type: 'question',
        entity_id: question.id,
        cluster: world.cluster.slug,
        actor: { id: clinician.id },
      });
    }
    expect(first.after).toMatchObject({ answer: 'First answer.' });
    expect(first.before?.answer ?? null).toBeNull();
    expect(correction.after).toMatchObject({ answer: 'Corrected answer.' });
    // A correction overwrites what solvers were told: the log must keep the previous answer.
    expect(correction.before).toMatchObject({ answer: 'First answer.' });
  });

  it('shows moderators only their clusters’ entries; admins see everything', async () => {
    const { other_moderator, moderator, admin } = world.users;
    const { id, question } = await history();
    for (const query of [`entity_type=challenge&entity_id=${id}`, `entity_type=question&entity_id=${question.id}`]) {
      const other = await api(`/api/v1/audit?${query}`, { token: other_moderator.token });
      expect(other.status).toBe(200);
      expect(other.body).toEqual({ data: [], next_cursor: null });
      const all = await api(`/api/v1/audit?${query}`, { token: admin.token });
      const mine = await api(`/api/v1/audit?${query}`, { token: moderator.token });
      expect(all.body.data.length).toBeGreaterThan(0);
      expect(all.body.data).toEqual(mine.body.data);
    }

    // An unfiltered page holds only the moderator's cluster.
    const page = await api('/api/v1/audit?limit=100', { token: moderator.token });
    expect(page.body.data.length).toBeGreaterThan(0);
    expect(new Set(page.body.data.map((e: AuditEntry) => e.cluster))).toEqual(new Set([world.cluster.slug]));
    const otherPage = await api('/api/v1/audit?limit=100', { token: other_moderator.token });
    expect(new Set(otherPage.body.data.map((e: AuditEntry) => e.cluster))).toEqual(new Set([world.otherCluster.slug]));

    // Entries without a cluster (a registration) are for admins only.
    const newcomer = await registerUser('solver');
    const userQuery = `entity_type=user&entity_id=${newcomer.id}`;
    const byAdmin = await api(`/api/v1/audit?${userQuery}`, { token: admin.token });
    expect(byAdmin.body.data.map((e: AuditEntry) => [e.action, e.cluster])).toEqual([['user.register', null]]);
    expect((await api(`/api/v1/audit?${userQuery}`, { token: moderator.token })).body.data).toEqual([]);

    // Filtering by entity_type alone returns only that type.
    const questionsOnly = await api('/api/v1/audit?entity_type=question&limit=100', { token: moderator.token });
    expect(questionsOnly.body.data.length).toBeGreaterThan(0);
    expect(new Set(questionsOnly.body.data.map((e: AuditEntry) => e.entity_type))).toEqual(new Set(['question']));
  });

  it('refuses solvers and clinicians (403) and anonymous callers (401); bad filters get 400', async () => {
    for (const role of ['solver', 'clinician'] as const) {
      expect(isProblem(await api('/api/v1/audit', { token: world.token(role) }), 403, 'forbidden')).toBe(true);
    }
    expect(isProblem(await api('/api/v1/audit'), 401, 'unauthorized')).toBe(true);
    const badType = await api('/api/v1/audit?entity_type=spaceship', { token: world.users.moderator.token });
    expect(isProblem(badType, 400, 'validation_failed')).toBe(true);
    expect(badType.body.errors[0].path).toBe('entity_type');
    const badCursor = await api('/api/v1/audit?cursor=garbage', { token: world.users.moderator.token });
    expect(isProblem(badCursor, 400, 'validation_failed')).toBe(true);
    expect(badCursor.body.errors[0].path).toBe('cursor');
  });

  it('walks newest first through every entry of a cluster with the cursor, without repeats', async () => {
    const { admin, clinician, solver } = world.users;
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    for (let i = 0; i < 3; i++) {
      const id = await openChallenge(clinician, moderator, cluster.slug);
      const question = await askOk(solver, id);
      expect(
        (
          await api(`/api/v1/challenges/${id}/questions/${question.id}/answer`, {
            token: clinician.token,
            body: { answer: `Answer number ${i}.` },
          })
        ).status,
      ).toBe(200);
    }
    const expected = (
      await env.DB.prepare('SELECT id FROM audit_log WHERE cluster_id = ? ORDER BY id DESC')
        .bind(cluster.id)
        .all<{ id: string }>()
    ).results.map((r) => r.id);
    // cluster.create, moderator.appoint, and per challenge create, submit, approve, answer.
    expect(expected.length).toBe(2 + 3 * 4);

    const walked = await walkAudit(moderator.token, 'x=1', 3);
    expect(walked.map((e) => e.id)).toEqual(expected);
    expect(new Set(walked.map((e) => e.id)).size).toBe(walked.length);
    for (let i = 1; i < walked.length; i++) {
      expect(walked[i - 1]!.created_at >= walked[i]!.created_at).toBe(true);
    }
    expect(walked.at(-1)?.action).toBe('cluster.create');
    expect(walked[0]?.action).toBe('question.answer');

    // The admin's walk filtered to the cluster gives the same entries.
    const byAdmin = await walkAudit(admin.token, `cluster=${cluster.slug}`, 5);
    expect(byAdmin.map((e) => e.id)).toEqual(expected);
  });
});
