import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { deleteAccount } from '../../../worker/domain/accounts/deletion';
import { DomainError } from '../../../worker/domain/errors';
import { createAdmin, createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { interleaved, signedInAs } from '../../helpers/domain';
import {
  assignJury,
  decide,
  declare,
  evaluate,
  invitationToken,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { delivered, outboxTo, tokenFromMail } from '../../helpers/mail';
import { page } from '../../helpers/pages';
import { fullScans, recordingD1 } from '../../helpers/query-plan';
import { tableCounts } from '../../helpers/row-counts';
import { draftSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const deleteMe = (user: TestUser, password = PASSWORD) =>
  api('/api/v1/me/deletion', { token: user.token, body: { password } });
const login = (email: string, password = PASSWORD) => api('/api/v1/auth/login', { body: { email, password } });
const userRow = (id: string) =>
  env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first<Record<string, unknown>>();
const rowsOf = (table: string, column: string, id: string) =>
  count(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, id);

/** Every table's row count but the rate-limit windows (a refused attempt still counts as a password check). */
async function countsBesidesLimits() {
  const { rate_limits: _limits, ...rest } = await tableCounts();
  return rest;
}

/** Open → a question asked and answered → a submitted solution → jury → scored → decided. */
async function decidedChallenge(owner: TestUser, solver: TestUser) {
  const { moderator, evaluator } = world.users;
  const id = await openChallenge(owner, moderator, world.cluster.slug, { title: `Decided ${unique()}` });
  const question = await must(
    api(`/api/v1/challenges/${id}/questions`, { token: solver.token, body: { body: `Which lab? ${unique()}` } }),
    201,
  );
  await must(
    api(`/api/v1/challenges/${id}/questions/${question.body.id}/answer`, {
      token: owner.token,
      body: { answer: 'The university lab.' },
    }),
  );
  const solution = await submitSolution(solver, id);
  await assignJury(owner, id, evaluator);
  await startEvaluation(owner, id);
  await declare(evaluator, solution, false);
  await evaluate(evaluator, solution, scoresOf([4]));
  await must(decide(owner, id, { winners: [solution] }));
  return { id, solution, question: question.body.id as string };
}

describe('deleting one’s account', () => {
  it('a challenge owner: personal things go, drafts go, decided results and threads stay under an anonymised account', async () => {
    const { moderator, clinician: other } = world.users;
    const owner = await registerUser('clinician');
    const solver = await registerUser('solver');
    const draft = (await createDraft(owner, world.cluster.slug, { title: `Owner draft ${unique()}` })).id;
    const rejected = (await createDraft(owner, world.cluster.slug)).id;
    await must(transition(owner, rejected, 'submit'));
    await must(transition(moderator, rejected, 'reject', 'Out of scope for this cluster.'));
    const decided = await decidedChallenge(owner, solver);
    // An endorsement of someone else's open challenge, a saved search and a preference.
    const endorsed = await openChallenge(other, moderator, world.cluster.slug);
    await must(api(`/api/v1/challenges/${endorsed}/endorsement`, { method: 'PUT', token: owner.token }));
    const before = (await must(api(`/api/v1/challenges/${endorsed}`, { token: other.token }))).body.endorsement_count;
    await must(api('/api/v1/me/saved-searches', { token: owner.token, body: { q: 'lung', name: 'Lung' } }), 201);
    await must(
      api('/api/v1/me/notification-preferences', {
        method: 'PUT',
        token: owner.token,
        body: { channels: { question_asked: 'off' } },
      }),
    );
    expect(await rowsOf('notifications', 'user_id', owner.id)).toBeGreaterThan(0);
    const second = await must(login(owner.email));

    const res = await deleteMe(owner);
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/__Host-bedside_session=;/);

    // Signed out everywhere, and no way back in.
    for (const token of [owner.token, second.body.token]) {
      expect(isProblem(await api('/api/v1/me', { token }), 401, 'unauthorized')).toBe(true);
    }
    expect(isProblem(await login(owner.email), 401, 'unauthorized')).toBe(true);
    // What nobody depended on is gone, for everyone.
    for (const id of [draft, rejected]) {
      expect(isProblem(await api(`/api/v1/challenges/${id}`, { token: moderator.token }), 404, 'not_found')).toBe(true);
    }
    expect(
      await count(
        'SELECT count(*) AS n FROM audit_log WHERE entity_id IN (?, ?) AND after IS NOT NULL',
        draft,
        rejected,
      ),
    ).toBe(0);
    // The decided challenge, its results and its thread stay, under a name that is empty.
    const read = await must(api(`/api/v1/challenges/${decided.id}`));
    expect(read.body.status).toBe('decided');
    expect(read.body.owner).toEqual({ id: owner.id, name: '' });
    const questions = await must(api(`/api/v1/challenges/${decided.id}/questions`));
    expect(questions.body.data.map((q: { id: string; answer: string }) => [q.id, q.answer])).toEqual([
      [decided.question, 'The university lab.'],
    ]);
    const solution = await must(api(`/api/v1/solutions/${decided.solution}`, { token: solver.token }));
    expect(solution.body.status).toBe('winner');
    // The endorsement is taken back, and counted so.
    const after = (await must(api(`/api/v1/challenges/${endorsed}`, { token: other.token }))).body.endorsement_count;
    expect(after).toBe(before - 1);
    expect(await count('SELECT count(*) AS n FROM endorsements WHERE challenge_id = ?', endorsed)).toBe(after);
    // Nothing personal is left.
    for (const [table, column] of [
      ['sessions', 'user_id'],
      ['notifications', 'user_id'],
      ['notification_preferences', 'user_id'],
      ['saved_searches', 'user_id'],
      ['endorsements', 'user_id'],
      ['email_tokens', 'user_id'],
      ['email_outbox', 'user_id'],
      ['cluster_memberships', 'user_id'],
    ] as const) {
      expect(await rowsOf(table, column, owner.id), table).toBe(0);
    }
    expect(await rowsOf('email_outbox', 'to_email', owner.email)).toBe(0);
    expect(await userRow(owner.id)).toMatchObject({
      name: '',
      email: `deleted-${owner.id}@deleted.invalid`,
      password_hash: 'deleted',
      organization_id: null,
      locale: null,
      digest_next_at: null,
      unread_notifications: 0,
      email_confirmed_at: null,
      is_admin: 0,
    });
    expect((await userRow(owner.id))?.deleted_at).toEqual(expect.any(String));
    const entry = await env.DB.prepare(
      "SELECT actor_id, before, after FROM audit_log WHERE entity_type = 'user' AND entity_id = ? AND action = 'user.deleted'",
    )
      .bind(owner.id)
      .first();
    expect(entry).toEqual({ actor_id: owner.id, before: null, after: null });
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'user' AND entity_id = ? AND (before IS NOT NULL OR after IS NOT NULL)",
        owner.id,
      ),
    ).toBe(0);

    // The address is free: a new account, with nothing of the old one.
    const again = await registerUser('clinician', { email: owner.email });
    expect(again.id).not.toBe(owner.id);
    expect((await must(api('/api/v1/me', { token: again.token }))).body.user.email).toBe(owner.email);
  });

  it('a solver: drafts and withdrawn solutions go, a decided one stays (submitter name empty), questions stay', async () => {
    const { clinician: owner, moderator } = world.users;
    const solver = await registerUser('solver');
    const decided = await decidedChallenge(owner, solver);
    const open = await openChallenge(owner, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, open, { title: `Solver draft ${unique()}` });
    const withdrawn = await submitSolution(solver, open);
    await must(withdrawSolution(solver, withdrawn));

    expect((await deleteMe(solver)).status).toBe(204);

    for (const id of [draft, withdrawn]) {
      expect(isProblem(await api(`/api/v1/solutions/${id}`, { token: owner.token }), 404, 'not_found')).toBe(true);
      expect(
        await count(
          "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'solution' AND entity_id = ? AND (before IS NOT NULL OR after IS NOT NULL)",
          id,
        ),
      ).toBe(0);
    }
    const kept = await must(api(`/api/v1/solutions/${decided.solution}`, { token: owner.token }));
    expect(kept.body.status).toBe('winner');
    expect(kept.body.submitter).toEqual({ id: solver.id, name: '' });
    expect(
      await count('SELECT count(*) AS n FROM questions WHERE id = ? AND author_id = ?', decided.question, solver.id),
    ).toBe(1);
    const ranking = await must(api(`/api/v1/challenges/${decided.id}/ranking`, { token: owner.token }));
    expect(JSON.stringify(ranking.body)).toContain(decided.solution);
  });

  describe('is refused while others depend on the account (409 account_in_use, nothing written)', () => {
    async function refused(user: TestUser, reason: string, id: string | null) {
      const counts = await countsBesidesLimits();
      const res = await deleteMe(user);
      expect(isProblem(res, 409, 'account_in_use'), JSON.stringify(res.body)).toBe(true);
      expect(res.body.blockers).toContainEqual(expect.objectContaining({ reason, id }));
      expect(res.body.detail).toMatch(/Nothing was deleted/);
      expect(await countsBesidesLimits()).toEqual(counts);
      expect((await userRow(user.id))?.deleted_at).toBeNull();
      expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
    }

    it('owning an open challenge, or one in evaluation', async () => {
      const owner = await registerUser('clinician');
      const open = await openChallenge(owner, world.users.moderator, world.cluster.slug, { title: 'Still open' });
      await refused(owner, 'open_challenge', open);
      const answer = (await deleteMe(owner)).body;
      expect(answer.blockers[0]).toEqual({ reason: 'open_challenge', id: open, title: 'Still open' });
      // Advice that can be followed: a published challenge is not withdrawn, its moderators archive it.
      expect(answer.detail).toMatch(/ask the cluster’s moderators to archive it, or wait until it is decided/);
      expect(answer.detail).not.toMatch(/withdraw/);
      await startEvaluation(owner, open);
      await refused(owner, 'open_challenge', open);
    });

    it('a submitted solution in an open challenge (withdrawing it clears the way)', async () => {
      const solver = await registerUser('solver');
      const open = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
      const solution = await submitSolution(solver, open);
      await refused(solver, 'solution_in_open_challenge', solution);
      await must(withdrawSolution(solver, solution));
      expect((await deleteMe(solver)).status).toBe(204);
    });

    it('a jury seat in an open challenge', async () => {
      const juror = await registerUser('clinician');
      const open = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
      await assignJury(world.users.clinician, open, juror);
      await refused(juror, 'jury_seat', open);
    });

    it('the only admin (another admin clears the way)', async () => {
      const admin = world.users.admin;
      const others = await env.DB.prepare('SELECT id FROM users WHERE is_admin = 1 AND id <> ?')
        .bind(admin.id)
        .all<{ id: string }>();
      await env.DB.prepare('UPDATE users SET is_admin = 0 WHERE id <> ?').bind(admin.id).run();
      try {
        await refused(admin, 'only_admin', null);
        const next = await registerUser('clinician');
        await env.DB.prepare('UPDATE users SET is_admin = 1 WHERE id = ?').bind(next.id).run();
        expect((await deleteMe(admin)).status).toBe(204);
      } finally {
        for (const { id } of others.results) {
          await env.DB.prepare('UPDATE users SET is_admin = 1 WHERE id = ?').bind(id).run();
        }
      }
    });
  });

  it('asks for the password: a wrong one is 400 naming the field, and nothing is written', async () => {
    const user = await registerUser('solver');
    const counts = await countsBesidesLimits();
    const wrong = await deleteMe(user, 'not my password at all');
    expect(isProblem(wrong, 400, 'validation_failed')).toBe(true);
    expect(wrong.body.errors).toEqual([{ path: 'password', message: 'This is not your current password.' }]);
    expect(await countsBesidesLimits()).toEqual(counts);
    const missing = await api('/api/v1/me/deletion', { token: user.token, body: {} });
    expect(isProblem(missing, 400, 'validation_failed')).toBe(true);
    expect(isProblem(await api('/api/v1/me/deletion', { body: { password: PASSWORD } }), 401, 'unauthorized')).toBe(
      true,
    );
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
  });

  it('lands whole or not at all: a challenge approved between the check and the batch stops all of it', async () => {
    const owner = await registerUser('clinician');
    const inReview = (await createDraft(owner, world.cluster.slug)).id;
    await must(transition(owner, inReview, 'submit'));
    await must(api('/api/v1/me/saved-searches', { token: owner.token, body: { q: 'lung', name: 'Lung' } }), 201);
    const counts = await countsBesidesLimits();
    const db = interleaved(() => must(transition(world.users.moderator, inReview, 'approve')));
    const error = await deleteAccount(db, signedInAs(owner), PASSWORD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('account_in_use');
    expect((error as DomainError).details?.blockers).toEqual([
      { reason: 'open_challenge', id: inReview, title: expect.any(String) },
    ]);
    // Only the approval (its audit entry and the news of it) was written; nothing of the deletion.
    const now = await countsBesidesLimits();
    expect(now.saved_searches).toBe(counts.saved_searches);
    expect(now.sessions).toBe(counts.sessions);
    expect(now.challenges).toBe(counts.challenges);
    expect((await userRow(owner.id))?.deleted_at).toBeNull();
    expect((await api('/api/v1/me', { token: owner.token })).status).toBe(200);
  });

  describe('invitations', () => {
    const invite = (token: string, challenge: string, email: string) =>
      must(api(`/api/v1/challenges/${challenge}/invitations`, { token, body: { email } }), 202);
    const invitationsTo = (email: string) =>
      env.DB.prepare('SELECT id, status, email FROM invitations WHERE email = ? ORDER BY id')
        .bind(email)
        .all<{ id: string; status: string; email: string }>()
        .then((r) => r.results);

    it('to their address: the trail of sending them keeps the made-up address, and pending ones are revoked', async () => {
      const { clinician: owner, moderator } = world.users;
      const invitee = await registerUser('clinician');
      const pending = await openChallenge(owner, moderator, world.cluster.slug);
      const settled = await openChallenge(owner, moderator, world.cluster.slug);
      await invite(owner.token, pending, invitee.email);
      await invite(owner.token, pending, invitee.email); // resent: a second audit entry with the address
      await invite(owner.token, settled, invitee.email);
      const revoked = (await invitationsTo(invitee.email)).at(-1); // the newest: to the settled challenge
      await must(api(`/api/v1/invitations/${revoked?.id}`, { method: 'DELETE', token: owner.token }), 204);
      const ids = (await invitationsTo(invitee.email)).map((i) => i.id);
      expect(ids).toHaveLength(2);
      const withAddress = (id: string) =>
        count('SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND instr(after, ?) > 0', id, invitee.email);
      expect(await withAddress(ids[0] as string)).toBeGreaterThan(0);

      expect((await deleteMe(invitee)).status).toBe(204);

      const made = `deleted-${invitee.id}@deleted.invalid`;
      expect(await invitationsTo(invitee.email)).toEqual([]);
      const rows = await env.DB.prepare(
        `SELECT id, status FROM invitations WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
      )
        .bind(...ids)
        .all<{ id: string; status: string }>();
      expect(rows.results.map((r) => r.status)).toEqual(['revoked', 'revoked']);
      for (const id of ids) {
        expect(await withAddress(id)).toBe(0);
        const entries = await env.DB.prepare(
          "SELECT action, json_extract(after, '$.email') AS email FROM audit_log WHERE entity_type = 'invitation' AND entity_id = ? AND action IN ('invitation.create', 'invitation.resend')",
        )
          .bind(id)
          .all<{ action: string; email: string }>();
        expect(entries.results.length).toBeGreaterThan(0);
        expect(entries.results.every((e) => e.email === made)).toBe(true);
      }
      // The owner's list shows the invitation as revoked, to no one's address.
      const list = await must(api(`/api/v1/challenges/${pending}/invitations`, { token: owner.token }));
      expect(list.body.data).toEqual([expect.objectContaining({ email: made, status: 'revoked' })]);
    });

    it('they sent: their name leaves the inbox lines and emails, unsent emails are dropped, pending ones are revoked', async () => {
      const owner = world.users.clinician;
      const admin = await createAdmin(); // the world's admin deletes itself in an earlier test
      const name = `Inviter ${unique()}`;
      const inviter = await registerUser('clinician', { name });
      await must(
        api(`/api/v1/clusters/${world.cluster.slug}/moderators/${inviter.id}`, { method: 'PUT', token: admin.token }),
      );
      const challenge = await openChallenge(owner, inviter, world.cluster.slug);
      const member = await registerUser('clinician'); // has an account: an inbox line too
      const stranger = `stranger-${unique()}@test.example`;
      const juror = await registerUser('clinician');
      await invite(inviter.token, challenge, member.email);
      await invite(inviter.token, challenge, stranger);
      await invite(inviter.token, challenge, stranger); // resent: a second email
      await invite(inviter.token, challenge, juror.email);
      const link = await invitationToken(challenge, juror.email);
      await must(api('/api/v1/invitations/accept', { token: juror.token, body: { token: link } }));
      const quoting = async () =>
        (await count('SELECT count(*) AS n FROM notifications WHERE instr(params, ?) > 0', name)) +
        (await count('SELECT count(*) AS n FROM email_outbox WHERE instr(params, ?) > 0', name));
      expect(await quoting()).toBeGreaterThanOrEqual(5);
      const memberLink = await invitationToken(challenge, member.email);
      // The second email to the stranger not yet handed out, as if the queue had not come to it.
      await delivered(stranger, 'invitation', { count: 2 });
      await env.DB.prepare(
        "UPDATE email_outbox SET status = 'pending', sent_at = NULL WHERE id = (SELECT max(id) FROM email_outbox WHERE to_email = ? AND kind = 'invitation')",
      )
        .bind(stranger)
        .run();
      const unsent = await count(
        "SELECT count(*) AS n FROM email_outbox WHERE to_email = ? AND status = 'pending'",
        stranger,
      );
      expect(unsent).toBeGreaterThan(0);

      expect((await deleteMe(inviter)).status).toBe(204);

      expect(await quoting()).toBe(0);
      expect(
        await count("SELECT count(*) AS n FROM email_outbox WHERE to_email = ? AND status = 'pending'", stranger),
      ).toBe(0);
      expect(await count('SELECT count(*) AS n FROM email_outbox WHERE to_email = ?', stranger)).toBe(1);
      const inbox = await must(api('/api/v1/me/notifications', { token: member.token }));
      const line = inbox.body.data.find((n: { kind: string }) => n.kind === 'invitation');
      expect(line).toBeDefined();
      expect(JSON.stringify(line)).not.toContain(name);
      // The inbox page calls the inviter a former member.
      const html = await (await page('/me/notifications', member.cookie)).text();
      expect(html).toContain('Former member invites you to the jury of');
      expect(html).not.toContain(name);
      // Pending ones seat no one; the accepted seat stays.
      const statuses = await env.DB.prepare('SELECT email, status FROM invitations WHERE invited_by = ? ORDER BY email')
        .bind(inviter.id)
        .all<{ email: string; status: string }>();
      expect(Object.fromEntries(statuses.results.map((r) => [r.email, r.status]))).toEqual({
        [member.email]: 'revoked',
        [stranger]: 'revoked',
        [juror.email]: 'accepted',
      });
      const late = await api('/api/v1/invitations/accept', { token: member.token, body: { token: memberLink } });
      expect(isProblem(late, 409, 'invalid_state')).toBe(true);
      expect(late.body.current_state).toBe('revoked');
      expect(
        await count(
          'SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ? AND user_id = ?',
          challenge,
          juror.id,
        ),
      ).toBe(1);
    });
  });

  it('invitations accepted under an earlier address keep their history, not that address', async () => {
    const { clinician: owner, moderator } = world.users;
    const juror = await registerUser('clinician');
    const challenge = await openChallenge(owner, moderator, world.cluster.slug);
    await assignJury(owner, challenge, juror);
    const moved = `moved-${unique()}@test.example`;
    await must(
      api('/api/v1/auth/email', { token: juror.token, body: { email: moved, current_password: PASSWORD } }),
      202,
    );
    const link = await tokenFromMail(moved, 'change_email', '/confirm-email');
    await must(api('/api/v1/auth/verification/confirm', { token: juror.token, body: { token: link } }));
    // A jury seat in a running challenge stands in the way: the moderators archive it.
    await transition(moderator, challenge, 'archive');

    expect((await deleteMe(juror)).status).toBe(204);

    const earlier = juror.email;
    expect(await count('SELECT count(*) AS n FROM invitations WHERE email = ?', earlier)).toBe(0);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'invitation' AND instr(after, ?) > 0",
        earlier,
      ),
    ).toBe(0);
    expect(
      await count('SELECT count(*) AS n FROM invitations WHERE accepted_by = ? AND status = ?', juror.id, 'accepted'),
    ).toBe(1);
  });

  it('a sign-in racing the deletion leaves no live session, and the made-up address signs no one in', async () => {
    const user = await registerUser('solver');
    const racing = await must(login(user.email));
    const session = await env.DB.prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at DESC')
      .bind(user.id)
      .all<Record<string, unknown>>();
    expect((await deleteMe(user)).status).toBe(204);
    // The racing sign-in's session row lands after the deletion's batch.
    for (const row of session.results) {
      const columns = Object.keys(row);
      await env.DB.prepare(`INSERT INTO sessions (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .bind(...columns.map((c) => row[c]))
        .run();
    }
    expect(await rowsOf('sessions', 'user_id', user.id)).toBeGreaterThan(0);
    for (const token of [user.token, racing.body.token]) {
      expect(isProblem(await api('/api/v1/me', { token }), 401, 'unauthorized')).toBe(true);
    }
    const cookie = await api('/api/v1/me', { cookie: user.cookie });
    expect(cookie.status).toBe(401);
    // No password opens the deleted account, not even under its made-up address.
    expect(isProblem(await login(`deleted-${user.id}@deleted.invalid`), 401, 'unauthorized')).toBe(true);
    expect(isProblem(await login(`deleted-${user.id}@deleted.invalid`, 'deleted'), 401, 'unauthorized')).toBe(true);
  });

  it('a deleted account’s made-up address gets no reset link', async () => {
    const user = await registerUser('solver');
    expect((await deleteMe(user)).status).toBe(204);
    const address = `deleted-${user.id}@deleted.invalid`;
    expect((await api('/api/v1/auth/password-reset', { body: { email: address } })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await outboxTo(address)).toEqual([]);
  });

  it('reads and writes through indexes', async () => {
    const owner = await registerUser('clinician');
    await createDraft(owner, world.cluster.slug);
    const { d1, statements } = recordingD1();
    await deleteAccount(createDb(d1), signedInAs(owner), PASSWORD);
    expect(statements.length).toBeGreaterThanOrEqual(20);
    expect(await fullScans(statements)).toEqual([]);
  });
});
