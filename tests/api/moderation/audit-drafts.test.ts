import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModerator, createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { draftSolution, NOT_VISIBLE, patchSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

// Audit entries never say more than their reader may see of the thing itself: a solver's draft
// is 404 to moderators and admins, so its entries are too, and what a solver wrote while it was
// a draft stays out of every entry they read, even once the solution is submitted.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

interface Entry {
  action: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

async function auditOf(reader: TestUser, query: string) {
  const res = await must(api(`/api/v1/audit?${query}`, { token: reader.token }));
  return { entries: res.body.data as Entry[], text: JSON.stringify(res.body) };
}

const ofSolution = (reader: TestUser, id: string) => auditOf(reader, `entity_type=solution&entity_id=${id}`);

/** A draft on an open challenge of the world's cluster, its title then edited to a secret one. */
async function editedDraft() {
  const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  const secret = `Secret draft title ${unique()}`;
  const id = await draftSolution(world.users.solver, challenge);
  await must(patchSolution(world.users.solver, id, { version: 1, title: secret, summary: `Secret summary ${secret}` }));
  return { challenge, id, secret };
}

describe('the audit log keeps solvers’ drafts to themselves', () => {
  it('shows a moderator nothing of a draft they get 404 for (the reported leak)', async () => {
    const { moderator, admin } = world.users;
    const { id, secret } = await editedDraft();
    const detail = await api(`/api/v1/solutions/${id}`, { token: moderator.token });
    expect(detail.status).toBe(404);
    expect(detail.body.detail).toBe(NOT_VISIBLE);
    for (const reader of [moderator, admin]) {
      const { entries, text } = await ofSolution(reader, id);
      expect(entries).toEqual([]);
      expect(text).not.toContain(secret);
    }
  });

  it('leaves a draft out of the unfiltered log and the cluster’s log', async () => {
    const { id, secret } = await editedDraft();
    for (const query of ['limit=100', `cluster=${world.cluster.slug}&limit=100`]) {
      const { entries, text } = await auditOf(world.users.moderator, query);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.map((e) => e.entity_id)).not.toContain(id);
      expect(text).not.toContain(secret);
    }
  });

  it('once submitted, shows its history without what was written while it was a draft', async () => {
    const { moderator, solver } = world.users;
    const { id, secret } = await editedDraft();
    await must(api(`/api/v1/solutions/${id}/submit`, { method: 'POST', token: solver.token }));
    const revised = `Revised after submission ${unique()}`;
    await must(patchSolution(solver, id, { version: 3, title: revised }));

    const { entries, text } = await ofSolution(moderator, id);
    expect(entries.map((e) => e.action)).toEqual([
      'solution.edit',
      'solution.submit',
      'solution.edit',
      'solution.create',
    ]);
    expect(text).not.toContain(secret);
    const [afterSubmission, submitted, draftEdit] = entries;
    // Written while they could read it: shown as written.
    expect(afterSubmission?.after).toMatchObject({ title: revised, version: 4 });
    expect(submitted?.after).toMatchObject({ status: 'submitted' });
    // Written while it was a draft: the states stay, the content does not.
    expect(draftEdit?.before).toEqual({ status: 'draft', version: 1 });
    expect(draftEdit?.after).toEqual({ version: 2 });
  });

  it('keeps a withdrawn draft’s content out of the log', async () => {
    const { id, secret } = await editedDraft();
    await must(withdrawSolution(world.users.solver, id));
    for (const reader of [world.users.moderator, world.users.admin]) {
      const { text } = await ofSolution(reader, id);
      expect(text).not.toContain(secret);
    }
  });

  it('shows a moderator no entry at all of a draft withdrawn without ever being submitted', async () => {
    const { id, secret } = await editedDraft();
    await must(withdrawSolution(world.users.solver, id));
    // The entries exist (the solver's own), only not for them.
    const [{ n }] = (
      await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?').bind(id).all<{ n: number }>()
    ).results as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(3);
    for (const reader of [world.users.moderator, world.users.admin]) {
      const { entries, text } = await ofSolution(reader, id);
      expect(entries).toEqual([]);
      expect(text).not.toContain(secret);
      const cluster = await auditOf(reader, `cluster=${world.cluster.slug}&limit=100`);
      expect(cluster.entries.map((e) => e.entity_id)).not.toContain(id);
    }
  });

  it('shows a submitted solution’s own edits to the moderators who may read it', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const id = await submitSolution(world.users.solver, challenge);
    const revised = `Visible revision ${unique()}`;
    await must(patchSolution(world.users.solver, id, { version: 1, title: revised }));
    const { entries } = await ofSolution(world.users.moderator, id);
    expect(entries.map((e) => e.action)).toEqual(['solution.edit', 'solution.submit']);
    expect(entries[0]?.after).toMatchObject({ title: revised });
    // Another cluster's moderator reads none of it.
    expect((await ofSolution(world.users.other_moderator, id)).entries).toEqual([]);
  });

  it('shows a moderator who competes on a challenge nothing of the others’ solutions, nor the jury’s work on theirs', async () => {
    // A solver account appointed moderator of the cluster, with a solution of its own here.
    const competitor = await registerUser('solver');
    const moderatorOfCluster = await createModerator(world.users.admin, world.cluster.slug);
    await must(
      api(`/api/v1/clusters/${world.cluster.slug}/moderators/${competitor.id}`, {
        method: 'PUT',
        token: world.users.admin.token,
      }),
    );
    const challenge = await openChallenge(world.users.clinician, moderatorOfCluster, world.cluster.slug);
    const mine = await submitSolution(competitor, challenge, { title: `Mine ${unique()}` });
    const rivalTitle = `Rival ${unique()}`;
    const rival = await submitSolution(world.users.solver, challenge, { title: rivalTitle });
    await must(patchSolution(world.users.solver, rival, { version: 1, title: `${rivalTitle} revised` }));
    const juror = await registerUser('clinician');
    await assignJury(world.users.clinician, challenge, juror);
    await startEvaluation(world.users.clinician, challenge);
    await declare(juror, mine, false);
    await evaluate(juror, mine, scoresOf([2]));

    expect((await ofSolution(competitor, rival)).entries).toEqual([]);
    // Of their own solution, only what they did: not the juror's declaration or scores.
    expect((await ofSolution(competitor, mine)).entries.map((e) => e.action)).toEqual(['solution.submit']);
    expect((await auditOf(competitor, `cluster=${world.cluster.slug}&limit=100`)).text).not.toContain(rivalTitle);
    // A moderator who does not compete reads all of it.
    expect((await ofSolution(moderatorOfCluster, rival)).entries).toHaveLength(2);
    const onMine = (await ofSolution(moderatorOfCluster, mine)).entries.map((e) => e.action);
    expect(onMine).toContain('solution.declare_conflict');
    expect(onMine).toContain('solution.submit');
  });
});
