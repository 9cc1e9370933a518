import { env } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { draftSolution, patchSolution, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { freshCast, solverOf } from '../evaluation/fixtures';
import { askOk, reportOk, resolve } from './fixtures';

// Issue 13 item 4: every score change is in the audit trail, visible to the challenge's owner
// (and its moderators). The owner reads their challenge's trail (`?challenge=`), never another's.

interface Entry {
  action: string;
  entity_type: string;
  entity_id: string;
  actor: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const trail = (reader: TestUser | undefined, challengeId: string, more = '') =>
  api(`/api/v1/audit?challenge=${challengeId}&limit=100${more}`, { token: reader?.token });

async function entriesOf(reader: TestUser, challengeId: string) {
  const res = await must(trail(reader, challengeId));
  return { entries: res.body.data as Entry[], text: JSON.stringify(res.body) };
}

/**
 * An open challenge with an answered question, two submitted solutions, a third solver's draft
 * with a secret title, a report on the challenge dismissed; then the juror scores both submitted
 * solutions, sees the full ranking, and pushes A up.
 */
async function rescored() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const [solverA, solverB, drafter] = (await Promise.all([
    solverOf('Alder'),
    solverOf('Birch'),
    solverOf('Cypress'),
  ])) as [TestUser, TestUser, TestUser];
  const question = await askOk(solverA, id);
  await must(
    api(`/api/v1/challenges/${id}/questions/${question.id}/answer`, {
      token: owner.token,
      body: { answer: 'Yes, anonymised.' },
    }),
  );
  const A = await submitSolution(solverA, id);
  const B = await submitSolution(solverB, id);
  const secret = `Secret draft ${unique()}`;
  const draft = await draftSolution(drafter, id);
  await must(patchSolution(drafter, draft, { version: 1, title: secret }));
  const filed = await reportOk(solverB, 'challenge', id, 'The owner may be biased.');
  await must(resolve(moderator, filed.id, { action: 'dismiss', note: 'Nothing wrong here.' }));

  const juror = await registerUser('clinician');
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  for (const s of [A, B]) await declare(juror, s, false);
  const first = scoresOf([3, 3, 3, 3, 3, 3]);
  await evaluate(juror, A, first);
  await evaluate(juror, B, scoresOf([4]));
  await must(ranking(juror, id));
  const pushed = scoresOf([5, 5, 5, 5, 5, 5]);
  await must(putEvaluation(juror, A, { scores: pushed }));
  return { id, cluster, moderator, owner, juror, solverA, question, A, B, draft, secret, first, pushed };
}

describe('the owner reads their challenge’s audit trail', () => {
  it('shows the owner every score change after the ranking was complete: who, before and after', async () => {
    const c = await rescored();
    const { entries } = await entriesOf(c.owner, c.id);
    const scoresOfA = entries.filter((e) => e.action === 'evaluation.score' && e.entity_id === c.A);
    // Newest first: the push, then the first score.
    expect(scoresOfA).toHaveLength(2);
    expect(scoresOfA[0]).toMatchObject({
      entity_type: 'solution',
      actor: { id: c.juror.id },
      before: { scores: c.first },
      after: { scores: c.pushed },
    });
    expect(scoresOfA[1]).toMatchObject({ actor: { id: c.juror.id }, before: null, after: { scores: c.first } });
    expect(entries.filter((e) => e.action === 'evaluation.score' && e.entity_id === c.B)).toHaveLength(1);

    // The rest of the trail: the challenge, its question, its submitted solutions.
    const actions = entries.map((e) => e.action);
    for (const action of ['challenge.create', 'challenge.approve', 'jury.assign', 'question.answer']) {
      expect(actions).toContain(action);
    }
    expect(entries.filter((e) => e.action === 'solution.submit').map((e) => e.entity_id)).toEqual(
      expect.arrayContaining([c.A, c.B]),
    );
    // Of this challenge only: entries about it, its question and its two submitted solutions.
    expect(new Set(entries.map((e) => e.entity_id))).toEqual(new Set([c.id, c.question.id, c.A, c.B]));
  });

  it('never shows the owner a draft’s entries, nor reports and the moderators’ notes on them', async () => {
    const c = await rescored();
    const { entries, text } = await entriesOf(c.owner, c.id);
    expect(entries.map((e) => e.entity_id)).not.toContain(c.draft);
    expect(text).not.toContain(c.secret);
    expect(entries.some((e) => e.action.startsWith('report.'))).toBe(false);
    expect(text).not.toContain('Nothing wrong here.');
    // Filtering to the draft shows nothing either.
    const draftOnly = await must(trail(c.owner, c.id, `&entity_type=solution&entity_id=${c.draft}`));
    expect(draftOnly.body.data).toEqual([]);

    // The cluster's moderator reads the report, and the same score entries.
    const byModerator = await entriesOf(c.moderator, c.id);
    expect(byModerator.entries.map((e) => e.action)).toContain('report.dismiss');
    expect(byModerator.entries.filter((e) => e.action === 'evaluation.score')).toHaveLength(3);
    expect(byModerator.text).not.toContain(c.secret);
  });

  it('pages through the trail with the cursor', async () => {
    const c = await rescored();
    const all = (await entriesOf(c.owner, c.id)).entries;
    const first = await must(api(`/api/v1/audit?challenge=${c.id}&limit=3`, { token: c.owner.token }));
    expect(first.body.data).toHaveLength(3);
    const next = await must(
      api(`/api/v1/audit?challenge=${c.id}&limit=100&cursor=${encodeURIComponent(first.body.next_cursor)}`, {
        token: c.owner.token,
      }),
    );
    expect([...first.body.data, ...next.body.data]).toEqual(all);
  });

  it('is 404 to a clinician who is not the owner, to the jury member and to a solver; 401 anonymous', async () => {
    const c = await rescored();
    const otherClinician = await registerUser('clinician');
    for (const reader of [otherClinician, c.juror, c.solverA]) {
      const res = await trail(reader, c.id);
      expect(isProblem(res, 404, 'not_found'), JSON.stringify(res.body)).toBe(true);
      expect(res.body.detail).toBe('There is no such audit trail, or it is not visible to you.');
    }
    expect(isProblem(await trail(undefined, c.id), 401, 'unauthorized')).toBe(true);
    // A challenge that does not exist reads the same as one whose trail is not yours.
    const missing = await trail(c.owner, crypto.randomUUID());
    expect(isProblem(missing, 404, 'not_found')).toBe(true);
  });

  it('never shows the owner another challenge’s entries, and keeps the log as a whole for moderators', async () => {
    const c = await rescored();
    // Another owner's challenge in the same cluster: 404 to this owner.
    const d = await rescored();
    expect(isProblem(await trail(c.owner, d.id), 404, 'not_found')).toBe(true);
    // Their own second challenge: its trail holds only its own entries.
    const second = await openChallenge(c.owner, c.moderator, c.cluster.slug);
    const { entries } = await entriesOf(c.owner, second);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.entity_id))).toEqual(new Set([second]));
    // Filters narrow the trail, never widen it: the other challenge's solution is not in it.
    const widened = await must(trail(c.owner, c.id, `&entity_type=solution&entity_id=${d.A}`));
    expect(widened.body.data).toEqual([]);
    // Without `challenge`, the audit log stays the moderators' and admins'.
    expect(isProblem(await api('/api/v1/audit', { token: c.owner.token }), 403, 'forbidden')).toBe(true);
    expect(
      isProblem(await api(`/api/v1/audit?entity_type=challenge&entity_id=${c.id}`, { token: c.owner.token }), 403),
    ).toBe(true);
  });
});

describe('what the owner does not read on the trail (security review)', () => {
  it('keeps a hidden question’s text out of the trail: new hides do not store it, older entries lose it for the owner', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const asker = await solverOf('Elm');
    const pitch = `Buy our pipeline ${unique()} now`;
    const question = await askOk(asker, id, pitch);
    await must(
      api(`/api/v1/challenges/${id}/questions/${question.id}/hide`, { method: 'POST', token: owner.token }),
      204,
    );

    // The new entry says that it was hidden, not what it said.
    const stored = await env.DB.prepare(
      "SELECT before, after FROM audit_log WHERE action = 'question.hide' AND entity_id = ?",
    )
      .bind(question.id)
      .first<{ before: string | null; after: string }>();
    expect(stored?.before).toBeNull();
    expect(JSON.parse(stored?.after ?? '{}')).toEqual({ hidden: true });

    // An entry written before the change kept the text: the owner never reads it.
    const old = await entriesOf(owner, id);
    expect(old.text).not.toContain(pitch);
    await env.DB.prepare(
      `INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, cluster_id, before, after)
       SELECT ?, ?, 'question.hide', 'question', ?, cluster_id, ?, '{"hidden":true}' FROM challenges WHERE id = ?`,
    )
      .bind(uuidv7(), moderator.id, question.id, JSON.stringify({ body: pitch }), id)
      .run();
    const byOwner = await entriesOf(owner, id);
    expect(byOwner.text).not.toContain(pitch);
    const hides = byOwner.entries.filter((e) => e.action === 'question.hide');
    expect(hides).toHaveLength(2);
    expect(hides.map((e) => e.before)).toContainEqual({});
    // The cluster's moderators may read hidden content: they still read it in that older entry.
    expect((await entriesOf(moderator, id)).text).toContain(pitch);
  });

  it('shows the owner no record of an admin’s purge, of a report’s entry or of any other', async () => {
    const { admin, moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const asker = await solverOf('Fir');
    const question = await askOk(asker, id);
    await must(
      api(`/api/v1/challenges/${id}/questions/${question.id}/answer`, {
        token: owner.token,
        body: { answer: `Call me on +49 170 ${unique()}` },
      }),
    );
    const filed = await reportOk(asker, 'challenge', id, 'The owner may be biased.');
    await must(resolve(moderator, filed.id, { action: 'dismiss', note: 'The reporter is Dr. X from ward 3.' }));
    const all = (await entriesOf(moderator, id)).entries as (Entry & { id: string })[];
    const answered = all.find((e) => e.action === 'question.answer');
    const dismissed = all.find((e) => e.action === 'report.dismiss');
    const reason = `A name in the note ${unique()}`;
    await must(api(`/api/v1/audit/${dismissed?.id}/purge`, { token: admin.token, body: { reason } }));
    await must(api(`/api/v1/audit/${answered?.id}/purge`, { token: admin.token, body: { reason: 'A phone number.' } }));

    const byOwner = await entriesOf(owner, id);
    expect(byOwner.entries.map((e) => e.action)).not.toContain('audit.purge');
    expect(byOwner.text).not.toContain(reason);
    expect(byOwner.text).not.toContain(filed.id);
    // The purged answer itself says that text was removed.
    expect(byOwner.entries.find((e) => e.action === 'question.answer')).toMatchObject({ after: { answer: null } });
    // The cluster's moderators read both records.
    const byModerator = await entriesOf(moderator, id);
    expect(byModerator.entries.filter((e) => e.action === 'audit.purge')).toHaveLength(2);
  });
});
