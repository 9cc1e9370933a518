import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { draftBody, openChallenge } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { delivered, mailboxPage, tokenFromMail } from '../../helpers/mail';
import { draftSolution, solutionBody } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const confirmed = async (userId: string) =>
  (await env.DB.prepare('SELECT email_confirmed_at FROM users WHERE id = ?').bind(userId).first())?.email_confirmed_at;

describe('confirming an email address', () => {
  it('register → the confirmation email → confirm → submit a solution', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const solver = await registerUser('solver', { language: 'de' }, { confirmed: false });
    const refused = await api(`/api/v1/challenges/${challenge}/solutions`, {
      token: solver.token,
      body: solutionBody(),
    });
    expect(isProblem(refused, 403, 'forbidden')).toBe(true);
    expect(refused.body.detail).toContain('Confirm your email address first');

    const [mail] = await delivered(solver.email, 'confirm_email');
    expect(mail).toMatchObject({ status: 'sent', attempts: 1, language: 'de' });
    const page = await mailboxPage(mail!.id);
    expect(page).toContain('/confirm-email?token=');
    // Written in the language they registered in: subject and body.
    expect(page).toContain('Bestätigen Sie Ihre E-Mail-Adresse für Bedside');
    expect(page).not.toContain('Confirm your email address for Bedside');
    const token = await tokenFromMail(solver.email, 'confirm_email', '/confirm-email');
    const confirm = await api('/api/v1/auth/verification/confirm', { body: { token } });
    expect(confirm.status, JSON.stringify(confirm.body)).toBe(200);
    expect(confirm.body).toEqual({ email: solver.email, email_confirmed: true });
    expect(await confirmed(solver.id)).toBeTruthy();

    const submitted = await api(`/api/v1/challenges/${challenge}/solutions`, {
      token: solver.token,
      body: { ...solutionBody(), submit: true },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const me = await api('/api/v1/me', { token: solver.token });
    expect(me.body.user.email_confirmed).toBe(true);
  });

  it('refuses an unconfirmed account every way of taking part, with the same clear 403; nothing is written', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const clinician = await registerUser('clinician', {}, { confirmed: false });
    const solver = await registerUser('solver', {}, { confirmed: false });
    // Accounts from before addresses were confirmed: a draft solution, an open challenge of their own.
    const earlierSolver = await registerUser('solver');
    const draft = await draftSolution(earlierSolver, challenge);
    const earlierOwner = await registerUser('clinician');
    const own = await openChallenge(earlierOwner, world.users.moderator, world.cluster.slug);
    await env.DB.prepare('UPDATE users SET email_confirmed_at = NULL WHERE id IN (?, ?)')
      .bind(earlierSolver.id, earlierOwner.id)
      .run();
    const attempts = [
      await api('/api/v1/challenges', { token: clinician.token, body: draftBody(world.cluster.slug) }),
      await api(`/api/v1/challenges/${challenge}/questions`, {
        token: solver.token,
        body: { body: 'Is pseudonymised data available for validation?' },
      }),
      await api(`/api/v1/challenges/${challenge}/endorsement`, { method: 'PUT', token: clinician.token }),
      await api(`/api/v1/challenges/${challenge}/solutions`, { token: solver.token, body: solutionBody() }),
      await api('/api/v1/invitations/accept', { token: clinician.token, body: { token: 'x'.repeat(40) } }),
      await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: earlierSolver.token }),
      await api(`/api/v1/challenges/${own}/invitations`, {
        token: earlierOwner.token,
        body: { email: 'someone@test.example' },
      }),
      await api('/api/v1/reports', {
        token: solver.token,
        body: { entity_type: 'challenge', entity_id: challenge, reason: 'Looks like an advertisement to me.' },
      }),
      await api('/api/v1/me/saved-searches', { token: solver.token, body: { q: 'sepsis' } }),
    ];
    for (const res of attempts) {
      expect(isProblem(res, 403, 'forbidden')).toBe(true);
      expect(res.body.detail).toBe(
        'Confirm your email address first: open the link we emailed you, or ask for a new one on your page.',
      );
    }
    const written = await env.DB.prepare(
      'SELECT (SELECT count(*) FROM challenges WHERE owner_id = ?) + (SELECT count(*) FROM questions WHERE author_id = ?) + (SELECT count(*) FROM endorsements WHERE user_id = ?) + (SELECT count(*) FROM solutions WHERE submitter_id = ?) AS n',
    )
      .bind(clinician.id, solver.id, clinician.id, solver.id)
      .first();
    expect(written?.n).toBe(0);
    const others = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM invitations WHERE target_id = ?) + (SELECT count(*) FROM reports WHERE reporter_id = ?)
        + (SELECT count(*) FROM saved_searches WHERE user_id = ?) + (SELECT count(*) FROM solutions WHERE id = ? AND status <> 'draft') AS n`,
    )
      .bind(own, solver.id, solver.id, draft)
      .first();
    expect(others?.n).toBe(0);
  });

  it('sends the link again on request (rate limited), and says so once confirmed', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const again = await api('/api/v1/auth/verification', { method: 'POST', token: user.token });
    expect(again.status).toBe(202);
    await delivered(user.email, 'confirm_email', { count: 2 });
    for (let i = 0; i < 2; i++) await api('/api/v1/auth/verification', { method: 'POST', token: user.token });
    const limited = await api('/api/v1/auth/verification', { method: 'POST', token: user.token });
    expect(isProblem(limited, 429, 'rate_limited')).toBe(true);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const done = await api('/api/v1/auth/verification', { method: 'POST', token: world.users.solver.token });
    expect(isProblem(done, 409, 'invalid_state')).toBe(true);
  });

  it('answers a used, an expired and an altered link with a clear 4xx, and changes nothing', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const token = await tokenFromMail(user.email, 'confirm_email', '/confirm-email');
    const [id, mac] = token.split('.');
    const altered = await api('/api/v1/auth/verification/confirm', { body: { token: `${id}.${mac?.slice(0, -2)}AA` } });
    expect(isProblem(altered, 400, 'validation_failed')).toBe(true);
    expect(altered.body.errors).toEqual([{ path: 'token', message: 'Not a link Bedside sent, or only part of one.' }]);
    expect(await confirmed(user.id)).toBeNull();

    await env.DB.prepare("UPDATE email_tokens SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run();
    const expired = await api('/api/v1/auth/verification/confirm', { body: { token } });
    expect(isProblem(expired, 409, 'invalid_state')).toBe(true);
    expect(expired.body.current_state).toBe('expired');
    expect(await confirmed(user.id)).toBeNull();

    await env.DB.prepare("UPDATE email_tokens SET expires_at = '2999-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run();
    expect((await api('/api/v1/auth/verification/confirm', { body: { token } })).status).toBe(200);
    const twice = await api('/api/v1/auth/verification/confirm', { body: { token } });
    expect(isProblem(twice, 409, 'invalid_state')).toBe(true);
    expect(twice.body.current_state).toBe('used');
  });

  it('changes the address only once the new one is confirmed', async () => {
    const user = await registerUser('solver');
    const next = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const asked = await api('/api/v1/auth/email', {
      token: user.token,
      body: { email: next, current_password: PASSWORD },
    });
    expect(asked.status).toBe(202);
    expect((await api('/api/v1/me', { token: user.token })).body.user.email).toBe(user.email);
    const token = await tokenFromMail(next, 'change_email', '/confirm-email');
    // Whoever reads the new inbox cannot move the account there: only the account itself can.
    const anonymous = await api('/api/v1/auth/verification/confirm', { body: { token } });
    expect(isProblem(anonymous, 403, 'forbidden')).toBe(true);
    expect(anonymous.body.detail).toContain('Sign in to the account that asked for this new address');
    const stranger = await registerUser('solver');
    expect((await api('/api/v1/auth/verification/confirm', { token: stranger.token, body: { token } })).status).toBe(
      403,
    );
    expect((await api('/api/v1/auth/verification/confirm', { token: user.token, body: { token } })).status).toBe(200);
    const me = await api('/api/v1/me', { token: user.token });
    expect(me.body.user).toMatchObject({ email: next, email_confirmed: true });
    const wrong = await api('/api/v1/auth/email', {
      token: user.token,
      body: { email: `other-${crypto.randomUUID().slice(0, 8)}@test.example`, current_password: 'not the password' },
    });
    expect(isProblem(wrong, 400, 'validation_failed')).toBe(true);
  });

  it('a password reset voids every link asked for before it: an address change someone else started dies', async () => {
    // Someone registered an address that is not theirs and asked to move the account to their own.
    const squatted = `colleague-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const squatter = await registerUser('solver', { email: squatted }, { confirmed: false });
    const theirs = `squatter-${crypto.randomUUID().slice(0, 8)}@test.example`;
    expect(
      (await api('/api/v1/auth/email', { token: squatter.token, body: { email: theirs, current_password: PASSWORD } }))
        .status,
    ).toBe(202);
    const kept = await tokenFromMail(theirs, 'change_email', '/confirm-email');
    // The real owner takes the account back with a password reset.
    expect((await api('/api/v1/auth/password-reset', { body: { email: squatted } })).status).toBe(202);
    const reset = await tokenFromMail(squatted, 'reset_password', '/reset-password');
    expect(
      (
        await api('/api/v1/auth/password-reset/confirm', {
          body: { token: reset, password: 'the owner’s own password' },
        })
      ).status,
    ).toBe(204);
    const owner = await api('/api/v1/auth/login', { body: { email: squatted, password: 'the owner’s own password' } });
    // The kept link is dead, even for the account itself.
    const late = await api('/api/v1/auth/verification/confirm', { token: owner.body.token, body: { token: kept } });
    expect(isProblem(late, 409)).toBe(true);
    expect((await api('/api/v1/me', { token: owner.body.token })).body.user.email).toBe(squatted);
  });

  it('a reset link for an address the account no longer uses changes nothing, sessions included', async () => {
    const user = await registerUser('solver');
    expect((await api('/api/v1/auth/password-reset', { body: { email: user.email } })).status).toBe(202);
    const reset = await tokenFromMail(user.email, 'reset_password', '/reset-password');
    const next = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
    await api('/api/v1/auth/email', { token: user.token, body: { email: next, current_password: PASSWORD } });
    const change = await tokenFromMail(next, 'change_email', '/confirm-email');
    expect(
      (await api('/api/v1/auth/verification/confirm', { token: user.token, body: { token: change } })).status,
    ).toBe(200);
    const late = await api('/api/v1/auth/password-reset/confirm', {
      body: { token: reset, password: 'a new password!' },
    });
    expect(late.status).toBeGreaterThanOrEqual(400);
    expect(late.status).toBeLessThan(500);
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
  });
});
