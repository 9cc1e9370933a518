import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../web/email/render';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { assignJury, decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { delivered, outboxTo } from '../../helpers/mail';
import { draftSolution, submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const inbox = async (user: TestUser) => (await api('/api/v1/me/notifications', { token: user.token })).body;
const kinds = async (user: TestUser, challenge?: string) =>
  (await inbox(user)).data
    .filter((n: { challenge_id: string | null }) => !challenge || n.challenge_id === challenge)
    .map((n: { kind: string }) => n.kind);

describe('who hears of what', () => {
  it('a submission reaches the cluster’s moderators; a review reaches the owner, with the note', async () => {
    const { clinician, moderator, other_moderator: otherModerator } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    await must(transition(clinician, draft.id, 'submit'));
    expect(await kinds(moderator, draft.id)).toEqual(['challenge_submitted']);
    expect(await kinds(otherModerator, draft.id)).toEqual([]);
    expect(await kinds(clinician, draft.id)).toEqual([]);
    await must(transition(moderator, draft.id, 'request_changes', 'Please add the outcome KPI.'));
    const [line] = (await inbox(clinician)).data;
    expect(line).toMatchObject({ kind: 'changes_requested', params: { note: 'Please add the outcome KPI.' } });
    await must(transition(clinician, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    expect((await kinds(clinician, draft.id))[0]).toBe('challenge_approved');
  });

  it('a question reaches the owner; its answer every participant (not the owner, not outsiders)', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const other = await registerUser('solver');
    const outsider = await registerUser('solver');
    await submitSolution(other, challenge);
    const asked = await api(`/api/v1/challenges/${challenge}/questions`, {
      token: solver.token,
      body: { body: 'Is pseudonymised imaging data available for validation?' },
    });
    const questionKinds = async (user: TestUser) =>
      (await kinds(user, challenge)).filter((k: string) => k.startsWith('question_'));
    expect(await questionKinds(clinician)).toEqual(['question_asked']);
    expect(await questionKinds(other)).toEqual([]);
    await api(`/api/v1/challenges/${challenge}/questions/${asked.body.id}/answer`, {
      token: clinician.token,
      body: { answer: 'Yes, under a data-access agreement.' },
    });
    expect(await kinds(solver, challenge)).toContain('question_answered');
    expect(await kinds(other, challenge)).toContain('question_answered');
    expect(await kinds(outsider, challenge)).toEqual([]);
    expect(await questionKinds(clinician)).toEqual(['question_asked']);
  });

  it('a submitted solution reaches the owner (a draft does not); results reach each solver with their own outcome', async () => {
    const { clinician, moderator, evaluator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const winner = await registerUser('solver');
    const loser = await registerUser('solver');
    const drafter = await registerUser('solver');
    const w = await submitSolution(winner, challenge, { title: 'The winning panel' });
    const l = await submitSolution(loser, challenge, { title: 'The other panel' });
    await draftSolution(drafter, challenge);
    expect((await kinds(clinician, challenge)).filter((k: string) => k === 'solution_submitted')).toHaveLength(2);
    await assignJury(clinician, challenge, evaluator);
    await startEvaluation(clinician, challenge);
    for (const s of [w, l]) {
      await declare(evaluator, s, false);
      await evaluate(evaluator, s, scoresOf([4]));
    }
    await must(decide(clinician, challenge, { winners: [w] }));
    const mine = (user: TestUser) =>
      inbox(user).then((b) => b.data.find((n: { kind: string }) => n.kind === 'results_published'));
    expect(await mine(winner)).toMatchObject({ params: { outcome: 'winner', solution_title: 'The winning panel' } });
    expect(await mine(loser)).toMatchObject({ params: { outcome: 'not_selected', solution_title: 'The other panel' } });
    expect(await mine(drafter)).toBeUndefined();
    // Neither learns about the other's solution.
    expect(JSON.stringify(await inbox(loser))).not.toContain('The winning panel');
  });

  it('a report reaches the moderators of its cluster, not the reporter’s name', async () => {
    const { clinician, moderator, solver, other_moderator: otherModerator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    await api('/api/v1/reports', {
      token: solver.token,
      body: { entity_type: 'challenge', entity_id: challenge, reason: 'Looks like an advertisement.' },
    });
    const line = (await inbox(moderator)).data.find((n: { kind: string }) => n.kind === 'report_filed');
    expect(line).toMatchObject({ challenge_id: challenge, params: { entity_type: 'challenge' } });
    expect(JSON.stringify(line)).not.toContain('Test solver');
    expect(await kinds(otherModerator, challenge)).toEqual([]);
  });

  it('a new challenge that matches a saved search reaches its owner (and not for a search it does not match)', async () => {
    const { clinician, moderator } = world.users;
    const fan = await registerUser('solver');
    const word = `zeta${crypto.randomUUID().slice(0, 6)}`;
    await api('/api/v1/me/saved-searches', { token: fan.token, body: { q: word, name: 'My zeta search' } });
    await api('/api/v1/me/saved-searches', { token: fan.token, body: { q: 'nothing-like-this-anywhere' } });
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `A ${word} challenge for saved searches`,
    });
    const lines = (await inbox(fan)).data.filter((n: { kind: string }) => n.kind === 'saved_search_match');
    expect(lines).toEqual([
      expect.objectContaining({
        challenge_id: challenge,
        params: expect.objectContaining({ search: 'My zeta search' }),
      }),
    ]);
  });

  it('emails instantly only where the person chose it, to confirmed addresses, once per event', async () => {
    const { clinician, moderator } = world.users;
    const owner = await registerUser('clinician');
    const quiet = await registerUser('clinician');
    await api('/api/v1/me/notification-preferences', {
      method: 'PUT',
      token: quiet.token,
      body: { channels: { question_asked: 'off' } },
    });
    const asker = await registerUser('solver');
    for (const who of [owner, quiet]) {
      const draft = await createDraft(who, world.cluster.slug);
      await must(transition(who, draft.id, 'submit'));
      await must(transition(moderator, draft.id, 'approve'));
      await api(`/api/v1/challenges/${draft.id}/questions`, {
        token: asker.token,
        body: { body: 'Which sequencing platform does the lab use today?' },
      });
    }
    const [mail] = await delivered(owner.email, 'question_asked');
    expect(mail?.status).toBe('sent');
    expect(await outboxTo(quiet.email, 'question_asked')).toEqual([]);
    const unread = await env.DB.prepare('SELECT unread_notifications AS n FROM users WHERE id = ?')
      .bind(quiet.id)
      .first();
    expect(unread?.n).toBeGreaterThanOrEqual(1);
    expect(clinician.id).toBeTruthy();
  });

  it('keeps the unread tally with the rows: read some, read all', async () => {
    const { clinician, moderator } = world.users;
    const owner = await registerUser('clinician');
    for (let i = 0; i < 3; i++) {
      const draft = await createDraft(owner, world.cluster.slug);
      await must(transition(owner, draft.id, 'submit'));
      await must(transition(moderator, draft.id, 'approve'));
    }
    const before = await inbox(owner);
    expect(before.unread_count).toBe(3);
    const first = before.data[0].id;
    const some = await api('/api/v1/me/notifications/read', { token: owner.token, body: { ids: [first] } });
    expect(some.body).toEqual({ unread_count: 2 });
    // Someone else's ids change nothing of theirs.
    await api('/api/v1/me/notifications/read', {
      token: clinician.token,
      body: { ids: before.data.map((n: { id: string }) => n.id) },
    });
    expect((await inbox(owner)).unread_count).toBe(2);
    const all = await api('/api/v1/me/notifications/read', { token: owner.token, body: { all: true } });
    expect(all.body).toEqual({ unread_count: 0 });
  });

  it('people’s text never breaks an email header: line breaks in a question become spaces in the subject', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    await api(`/api/v1/challenges/${challenge}/questions`, {
      token: solver.token,
      body: { body: 'Quick one\r\nBcc: someone@evil.example\r\nX-Injected: yes, and a real question?' },
    });
    const [row] = (await outboxTo(clinician.email, 'question_asked')).filter((r) => r.params.includes('X-Injected'));
    if (!row) throw new Error('no question email');
    const email = await renderEmail(
      { kind: 'question_asked', params: JSON.parse(row.params), language: 'en', to: row.to_email, user_id: null },
      { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
    );
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toContain('Quick one Bcc: someone@evil.example');
  });
});
