import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, putEvaluation, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { patchSolution, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { freshCast } from '../evaluation/fixtures';
import { reportOk, resolve } from './fixtures';

// Issue 13 item 10: a moderator who is also a solver on a challenge reads none of their rivals'
// solutions there: not in the audit trail (their entries, the jury's scores on them), not as
// reports in the moderation queue. A moderator of the cluster who does not compete reads all.

interface Entry {
  action: string;
  entity_id: string;
  actor: { id: string } | null;
}
interface Queue {
  open_reports: { id: string; entity_id: string }[];
}

async function audit(reader: TestUser, query: string) {
  const res = await must(api(`/api/v1/audit?${query}&limit=100`, { token: reader.token }));
  return { entries: res.body.data as Entry[], text: JSON.stringify(res.body) };
}
const queueOf = async (reader: TestUser) =>
  (await must(api('/api/v1/moderation/queue', { token: reader.token }))).body as Queue;

/**
 * A solver account appointed moderator of the cluster submits a solution; a rival submits one
 * too; the juror scores both and changes the rival's score; the owner reports the rival's
 * solution and someone reports the challenge itself.
 */
async function contest() {
  const { admin, moderator, owner, cluster } = await freshCast();
  const competitor = await registerUser('solver');
  await must(
    api(`/api/v1/clusters/${cluster.slug}/moderators/${competitor.id}`, { method: 'PUT', token: admin.token }),
  );
  const id = await openChallenge(owner, moderator, cluster.slug);
  const mine = await submitSolution(competitor, id, { title: `Mine ${unique()}` });
  const rivalSolver = await registerUser('solver');
  const rivalTitle = `Rival ${unique()}`;
  const rival = await submitSolution(rivalSolver, id, { title: `First draft of ${unique()}` });
  // Edited once submitted: the entry holds the title, for those who may read the solution.
  await must(patchSolution(rivalSolver, rival, { version: 1, title: rivalTitle }));
  const juror = await registerUser('clinician');
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  for (const s of [mine, rival]) await declare(juror, s, false);
  await evaluate(juror, mine, scoresOf([3]));
  await evaluate(juror, rival, scoresOf([2]));
  await must(putEvaluation(juror, rival, { scores: scoresOf([5]) }));
  const onRival = await reportOk(owner, 'solution', rival, 'Copies a published paper.');
  const onChallenge = await reportOk(rivalSolver, 'challenge', id, 'The reward is unclear.');
  return { id, cluster, moderator, competitor, mine, rival, rivalTitle, juror, onRival, onChallenge };
}

describe('a moderator who competes in a challenge', () => {
  it('reads none of a rival solution’s entries or scores; a moderator who does not compete reads them', async () => {
    const c = await contest();
    for (const query of [
      `challenge=${c.id}`,
      `entity_type=solution&entity_id=${c.rival}`,
      `cluster=${c.cluster.slug}`,
      'x=1',
    ]) {
      const { entries, text } = await audit(c.competitor, query);
      expect(entries.map((e) => e.entity_id)).not.toContain(c.rival);
      expect(text).not.toContain(c.rivalTitle);
    }
    const trail = (await audit(c.competitor, `challenge=${c.id}`)).entries;
    // The challenge's own entries, and of their solution what they did themselves, as any submitter.
    expect(trail.map((e) => e.action)).toContain('challenge.approve');
    expect(trail.filter((e) => e.entity_id === c.mine).map((e) => e.action)).toEqual(['solution.submit']);
    expect(trail.some((e) => e.action === 'evaluation.score')).toBe(false);

    const fair = (await audit(c.moderator, `challenge=${c.id}`)).entries;
    const rivalScores = fair.filter((e) => e.entity_id === c.rival && e.action === 'evaluation.score');
    expect(rivalScores).toHaveLength(2);
    expect(rivalScores.every((e) => e.actor?.id === c.juror.id)).toBe(true);
    expect(fair.filter((e) => e.entity_id === c.mine).map((e) => e.action)).toContain('evaluation.score');
    const rivalOnly = (await audit(c.moderator, `entity_type=solution&entity_id=${c.rival}`)).entries;
    expect(rivalOnly.map((e) => e.action)).toEqual([
      'evaluation.score',
      'evaluation.score',
      'solution.declare_conflict',
      'solution.edit',
      'solution.submit',
    ]);
    expect(JSON.stringify(rivalOnly)).toContain(c.rivalTitle);
  });

  it('finds no report on a rival solution in their queue (API and page) nor inbox; the others’ hold it', async () => {
    const c = await contest();
    const theirs = (await queueOf(c.competitor)).open_reports.map((r) => r.id);
    expect(theirs).not.toContain(c.onRival.id);
    // Reports on the challenge itself are theirs to handle as before.
    expect(theirs).toContain(c.onChallenge.id);
    const queuePage = await page('/moderation', c.competitor.cookie);
    expect(queuePage.status).toBe(200);
    const html = await queuePage.text();
    expect(html).not.toContain(c.rivalTitle);
    expect(html).not.toContain('Copies a published paper.');

    // Nor in their inbox: the report's news reaches the moderators who may take it up.
    const filed = async (reader: TestUser) =>
      (await must(api('/api/v1/me/notifications?limit=100', { token: reader.token }))).body.data.filter(
        (n: { kind: string }) => n.kind === 'report_filed',
      ).length;
    expect(await filed(c.competitor)).toBe(1); // the report on the challenge itself
    expect(await filed(c.moderator)).toBe(2);

    const fair = (await queueOf(c.moderator)).open_reports.map((r) => r.id);
    expect(fair).toEqual(expect.arrayContaining([c.onRival.id, c.onChallenge.id]));
    const fairPage = await (await page('/moderation', c.moderator.cookie)).text();
    expect(fairPage).toContain('Copies a published paper.');
  });

  it('cannot resolve a report on a rival solution by its id (404, nothing changes); a fair moderator can', async () => {
    const c = await contest();
    const refused = await resolve(c.competitor, c.onRival.id, { action: 'hide', note: 'Out of the way.' });
    expect(isProblem(refused, 404, 'not_found')).toBe(true);
    expect(refused.body.detail).toBe('There is no such report, or it is not visible to you.');
    const res = await api(`/api/v1/solutions/${c.rival}`, { token: c.moderator.token });
    expect(res.body.hidden_at ?? null).toBeNull();
    expect((await queueOf(c.moderator)).open_reports.map((r) => r.id)).toContain(c.onRival.id);
    // The report on the challenge itself stays theirs to resolve; the rival's report, the others'.
    await must(resolve(c.competitor, c.onChallenge.id, { action: 'dismiss' }));
    await must(resolve(c.moderator, c.onRival.id, { action: 'dismiss' }));
  });
});
