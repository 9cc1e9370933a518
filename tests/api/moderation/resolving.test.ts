import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import { askOk, report, reportOk, resolve } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
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
    // Anonymous callers cannot tell an existing report id from a made-up one.
    expect(isProblem(await resolve(undefined, `missing-${unique()}`, { action: 'hide' }), 401, 'unauthorized')).toBe(
      true,
    );
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
