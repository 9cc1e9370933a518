import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, inDays, openChallenge } from '../../helpers/challenges';
import { runCron } from '../../helpers/cron';
import { api, isProblem } from '../../helpers/http';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** Simulates time passing: the submission deadline is now behind us. */
const moveDeadline = (id: string, deadline: string) =>
  env.DB.prepare('UPDATE challenges SET deadline = ? WHERE id = ?').bind(deadline, id).run();

interface ChallengeState {
  id: string;
  status: string;
  version: number;
  updated_at: string;
}

const stateOf = async (id: string) =>
  env.DB.prepare('SELECT id, status, version, updated_at FROM challenges WHERE id = ?')
    .bind(id)
    .first<ChallengeState>();

const everything = async () => ({
  challenges: (
    await env.DB.prepare('SELECT id, status, version, updated_at FROM challenges ORDER BY id').all<ChallengeState>()
  ).results,
  audit: (await env.DB.prepare('SELECT count(*) AS n FROM audit_log').first<{ n: number }>())?.n,
});

const startAudits = async (id: string) =>
  (
    await env.DB.prepare(
      "SELECT actor_id, cluster_id, before, after FROM audit_log WHERE entity_id = ? AND action = 'challenge.start_evaluation'",
    )
      .bind(id)
      .all<{ actor_id: string | null; cluster_id: string; before: string; after: string }>()
  ).results;

describe('the deadline cron', () => {
  it('moves open challenges whose deadline passed to evaluation, audited as the system', async () => {
    const { clinician, moderator, solver } = world.users;
    const due = await openChallenge(clinician, moderator, world.cluster.slug);
    const future = await openChallenge(clinician, moderator, world.cluster.slug, { deadline: inDays(3) });
    // A draft whose deadline has since passed (a past deadline is refused when saving).
    const lateDraft = await createDraft(clinician, world.cluster.slug);
    await moveDeadline(lateDraft.id, hoursAgo(5));
    await moveDeadline(due, hoursAgo(1));
    const [dueBefore, futureBefore, draftBefore] = await Promise.all([
      stateOf(due),
      stateOf(future),
      stateOf(lateDraft.id),
    ]);
    expect(dueBefore).toMatchObject({ status: 'open', version: 3 });

    await runCron();

    const dueAfter = await stateOf(due);
    expect(dueAfter).toMatchObject({ status: 'evaluation', version: dueBefore!.version + 1 });
    expect(await stateOf(future)).toEqual(futureBefore);
    expect(await stateOf(lateDraft.id)).toEqual(draftBefore);

    const audits = await startAudits(due);
    expect(audits).toHaveLength(1);
    const [entry] = audits;
    expect(entry!.actor_id).toBeNull();
    expect(entry!.cluster_id).toBe(world.cluster.id);
    expect(JSON.parse(entry!.before)).toMatchObject({ status: 'open', version: 3 });
    const after = JSON.parse(entry!.after);
    expect(after).toMatchObject({ status: 'evaluation', version: 4 });
    expect(after.reason).toEqual(expect.any(String));
    expect(after.reason.length).toBeGreaterThan(0);
    expect(await startAudits(future)).toEqual([]);

    // The API shows the new state and the system as actor; questions are closed.
    expect((await api(`/api/v1/challenges/${due}`)).body).toMatchObject({ status: 'evaluation', version: 4 });
    const log = await api(`/api/v1/audit?entity_type=challenge&entity_id=${due}`, { token: moderator.token });
    expect(log.body.data[0]).toMatchObject({ action: 'challenge.start_evaluation', actor: null });
    const ask = await api(`/api/v1/challenges/${due}/questions`, {
      token: solver.token,
      body: { body: 'Can I still ask after the deadline?' },
    });
    expect(isProblem(ask, 409, 'invalid_state')).toBe(true);
    expect(ask.body.current_state).toBe('evaluation');
  });

  it('changes nothing when it runs again', async () => {
    const { clinician, moderator } = world.users;
    const due = await openChallenge(clinician, moderator, world.cluster.slug);
    await moveDeadline(due, hoursAgo(2));
    await runCron();
    expect(await stateOf(due)).toMatchObject({ status: 'evaluation', version: 4 });
    const snapshot = await everything();

    await runCron();

    expect(await everything()).toEqual(snapshot);
    expect(await startAudits(due)).toHaveLength(1);
  });

  it('leaves challenges alone whose deadline is still ahead of the scheduled time', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    await moveDeadline(id, hoursAgo(1));
    const before = await stateOf(id);
    await runCron(new Date(Date.now() - 2 * HOUR));
    expect(await stateOf(id)).toEqual(before);
    await runCron();
    expect(await stateOf(id)).toMatchObject({ status: 'evaluation', version: before!.version + 1 });
  });

  it('moves each due challenge exactly once when two runs overlap', async () => {
    const { clinician, moderator } = world.users;
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => openChallenge(clinician, moderator, world.cluster.slug)),
    );
    for (const id of ids) await moveDeadline(id, hoursAgo(1));
    await Promise.all([runCron(), runCron()]);
    for (const id of ids) {
      expect(await stateOf(id)).toMatchObject({ status: 'evaluation', version: 4 });
      expect(await startAudits(id)).toHaveLength(1);
    }
  });

  it('moves more than 40 due challenges in one run', async () => {
    const { clinician, moderator } = world.users;
    const template = await openChallenge(clinician, moderator, world.cluster.slug, { deadline: inDays(5) });
    const future = await openChallenge(clinician, moderator, world.cluster.slug, { deadline: inDays(5) });
    const count = 85; // more than two batches of 40
    const ids = Array.from({ length: count }, () => crypto.randomUUID());
    await env.DB.batch(
      ids.map((id, i) =>
        env.DB.prepare(
          `INSERT INTO challenges (id, cluster_id, owner_id, organization_id, status, version, title, summary,
             problem_statement, clinical_context, indication, care_pathway_step, patient_population, standard_of_care,
             target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, deadline, visibility, published_at)
           SELECT ?, cluster_id, owner_id, organization_id, 'open', 3, title || ' #' || ?, summary,
             problem_statement, clinical_context, indication, care_pathway_step, patient_population, standard_of_care,
             target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, ?, visibility, published_at
           FROM challenges WHERE id = ?`,
        ).bind(id, i, hoursAgo(1 + i / 10), template),
      ),
    );
    const placeholders = ids.map(() => '?').join(',');
    const open = await env.DB.prepare(
      `SELECT count(*) AS n FROM challenges WHERE status = 'open' AND id IN (${placeholders})`,
    )
      .bind(...ids)
      .first<{ n: number }>();
    expect(open?.n).toBe(count);

    await runCron();

    const { results } = await env.DB.prepare(
      `SELECT status, version, count(*) AS n FROM challenges WHERE id IN (${placeholders}) GROUP BY status, version`,
    )
      .bind(...ids)
      .all();
    expect(results).toEqual([{ status: 'evaluation', version: 4, n: count }]);
    const audits = await env.DB.prepare(
      `SELECT count(*) AS n, count(DISTINCT entity_id) AS distinct_ids, sum(actor_id IS NULL) AS by_system
       FROM audit_log WHERE action = 'challenge.start_evaluation' AND entity_id IN (${placeholders})`,
    )
      .bind(...ids)
      .first();
    expect(audits).toEqual({ n: count, distinct_ids: count, by_system: count });
    expect(await stateOf(template)).toMatchObject({ status: 'open', version: 3 });
    expect(await stateOf(future)).toMatchObject({ status: 'open', version: 3 });
    const remaining = await env.DB.prepare(
      "SELECT count(*) AS n FROM challenges WHERE status = 'open' AND deadline <= ?",
    )
      .bind(new Date().toISOString())
      .first<{ n: number }>();
    expect(remaining?.n).toBe(0);
  });
});
