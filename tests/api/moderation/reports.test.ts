import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import { askOk, report, reportOk, resolve } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const reportRows = async (entityId: string) =>
  (
    await env.DB.prepare('SELECT id, reporter_id, cluster_id, status FROM reports WHERE entity_id = ? ORDER BY id')
      .bind(entityId)
      .all<{ id: string; reporter_id: string; cluster_id: string; status: string }>()
  ).results;

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
