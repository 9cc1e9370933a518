import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, createModerator, createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { askOk, reportOk, resolve } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

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
