import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../worker/db/batch';
import { createDb } from '../../../worker/db/client';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { seatStatements } from '../../../worker/domain/evaluation/jury';
import { signLink } from '../../../worker/domain/links';
import { confirmDirectly, createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { declare, evaluate, invitationToken, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, isProblem } from '../../helpers/http';
import { delivered, linkIn, outboxTo, tokenFromMail } from '../../helpers/mail';
import { submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const invite = (token: string, challenge: string, email: string) =>
  api(`/api/v1/challenges/${challenge}/invitations`, { token, body: { email } });
const accept = (token: string, link: string) => api('/api/v1/invitations/accept', { token, body: { token: link } });
const seated = async (challenge: string, userId: string) =>
  (
    await env.DB.prepare('SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ? AND user_id = ?')
      .bind(challenge, userId)
      .first()
  )?.n;

describe('jury invitations', () => {
  it('an address with no account: invite → register with it → confirm → accept from the email → score', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, challenge);
    const email = `new-juror-${crypto.randomUUID().slice(0, 8)}@test.example`;
    expect((await invite(clinician.token, challenge, email)).status).toBe(202);

    const [mail] = await delivered(email, 'invitation');
    const link = await linkIn(mail?.id ?? '', '/invitations/accept');
    expect(link.origin).toBe('https://bedside.test');
    const token = link.searchParams.get('token') ?? '';

    const juror = await registerUser('clinician', { email }, { confirmed: false });
    const early = await accept(juror.token, token);
    expect(isProblem(early, 403, 'forbidden')).toBe(true);
    const confirmation = await tokenFromMail(email, 'confirm_email', '/confirm-email');
    expect((await api('/api/v1/auth/verification/confirm', { body: { token: confirmation } })).status).toBe(200);

    const accepted = await accept(juror.token, token);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toEqual({ seat: 'jury', challenge_id: challenge, cluster_id: null });
    expect(await seated(challenge, juror.id)).toBe(1);
    expect(isProblem(await accept(juror.token, token), 409, 'invalid_state')).toBe(true);

    await startEvaluation(clinician, challenge);
    await declare(juror, solution, false);
    await evaluate(juror, solution, scoresOf([4]));
    const list = await api(`/api/v1/challenges/${challenge}/invitations`, { token: clinician.token });
    expect(list.body.data).toEqual([expect.objectContaining({ email, status: 'accepted', sent_count: 1 })]);
  });

  it('an address that has an account: the invitation is in their inbox too, and they accept it', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const juror = await registerUser('clinician');
    expect((await invite(moderator.token, challenge, juror.email)).status).toBe(202);
    const inbox = await api('/api/v1/me/notifications', { token: juror.token });
    expect(inbox.body.data[0]).toMatchObject({ kind: 'invitation', challenge_id: challenge });
    expect(inbox.body.unread_count).toBe(1);
    const token = await tokenFromMail(juror.email, 'invitation', '/invitations/accept');
    expect((await accept(juror.token, token)).status).toBe(200);
    expect(await seated(challenge, juror.id)).toBe(1);
  });

  it('answers the same for an address with and without an account: status, body and timing class', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const known = await registerUser('clinician');
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const answers = [];
    for (const email of [known.email, unknown, known.email, unknown]) {
      const started = performance.now();
      const res = await invite(clinician.token, challenge, email);
      answers.push({ status: res.status, body: JSON.stringify(res.body), ms: performance.now() - started });
    }
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    const slowest = Math.max(...answers.map((a) => a.ms));
    const fastest = Math.min(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(fastest * 5 + 50);
    await delivered(unknown, 'invitation', { count: 2 });
  });

  it('refuses the wrong account, an altered, an earlier (resent), a revoked and an expired link', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const juror = await registerUser('clinician');
    await invite(clinician.token, challenge, juror.email);
    const first = await invitationToken(challenge, juror.email);
    expect(isProblem(await accept(world.users.evaluator.token, first), 403, 'forbidden')).toBe(true);
    const [id, mac] = first.split('.');
    expect(isProblem(await accept(juror.token, `${id}.${mac?.slice(0, -3)}abc`), 400, 'validation_failed')).toBe(true);

    await invite(clinician.token, challenge, juror.email);
    const resent = await accept(juror.token, first);
    expect(isProblem(resent, 409, 'invalid_state')).toBe(true);
    expect(resent.body.current_state).toBe('resent');

    await env.DB.prepare("UPDATE invitations SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run();
    const second = await invitationToken(challenge, juror.email);
    expect((await accept(juror.token, second)).body.current_state).toBe('expired');
    await env.DB.prepare("UPDATE invitations SET expires_at = '2999-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run();

    expect((await api(`/api/v1/invitations/${id}`, { method: 'DELETE', token: solver.token })).status).toBe(403);
    expect((await api(`/api/v1/invitations/${id}`, { method: 'DELETE', token: clinician.token })).status).toBe(204);
    expect((await accept(juror.token, second)).body.current_state).toBe('revoked');
    expect(await seated(challenge, juror.id)).toBe(0);
  });

  it('keeps someone who submitted a solution off the jury even with an invitation', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const solver = await registerUser('solver');
    await submitSolution(solver, challenge);
    await invite(clinician.token, challenge, solver.email);
    const refused = await accept(solver.token, await invitationToken(challenge, solver.email));
    expect(isProblem(refused, 409, 'duplicate')).toBe(true);
    expect(await seated(challenge, solver.id)).toBe(0);
  });
});

describe('what an invitation may not be used for', () => {
  it('a draft sends no invitation: its title has not been read by a moderator yet', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug, {
      title: 'Action required: confirm your account at evil.example',
    });
    const refused = await api(`/api/v1/challenges/${draft.id}/invitations`, {
      token: world.users.clinician.token,
      body: { email: `target-${crypto.randomUUID().slice(0, 8)}@test.example` },
    });
    expect(isProblem(refused, 409, 'invalid_state')).toBe(true);
    expect(refused.body.detail).toContain('once a moderator has published the challenge');
    expect(
      await env.DB.prepare('SELECT count(*) AS n FROM invitations WHERE target_id = ?').bind(draft.id).first('n'),
    ).toBe(0);
  });

  it('one invitation is sent five times at most', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const email = `again-${crypto.randomUUID().slice(0, 8)}@test.example`;
    for (let i = 0; i < 5; i++) expect((await invite(clinician.token, challenge, email)).status).toBe(202);
    const sixth = await api(`/api/v1/challenges/${challenge}/invitations`, { token: clinician.token, body: { email } });
    expect(isProblem(sixth, 409, 'invalid_state')).toBe(true);
    expect((await outboxTo(email, 'invitation')).length).toBe(5);
  });

  it('a solution submitted after the check still keeps its author off the jury (the seat is guarded in its batch)', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const solver = await registerUser('solver');
    const db = createDb(env.DB);
    const record = await findChallenge(db, challenge, clinician.id);
    if (!record) throw new Error('challenge not found');
    // As if the invitation were accepted in the same instant the solution went in.
    await submitSolution(solver, challenge);
    await runBatch(db, seatStatements(db, clinician.id, record, solver.id));
    expect(await seated(challenge, solver.id)).toBe(0);
  });
});

describe('moderator invitations', () => {
  it('an admin invites an address; its confirmed account accepts and moderates the cluster', async () => {
    const { admin } = world.users;
    const person = await registerUser('clinician', {}, { confirmed: false });
    const sent = await api(`/api/v1/clusters/${world.otherCluster.slug}/invitations`, {
      token: admin.token,
      body: { email: person.email },
    });
    expect(sent.status).toBe(202);
    const token = await tokenFromMail(person.email, 'invitation', '/invitations/accept');
    await confirmDirectly(person.id);
    const accepted = await accept(person.token, token);
    expect(accepted.body).toEqual({ seat: 'moderator', challenge_id: null, cluster_id: world.otherCluster.id });
    const queue = await api('/api/v1/moderation/queue', { token: person.token });
    expect(queue.status).toBe(200);
    const forged = await signLink(
      'another deployment, another secret: 32+ chars',
      'invitation',
      crypto.randomUUID(),
      1,
    );
    expect(isProblem(await accept(person.token, forged), 400, 'validation_failed')).toBe(true);
    expect(await outboxTo(person.email, 'invitation')).toHaveLength(1);
  });
});
