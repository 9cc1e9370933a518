import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { runCron } from '../../helpers/cron';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api } from '../../helpers/http';
import { delivered, mailboxPage, outboxTo } from '../../helpers/mail';
import { submitSolution } from '../../helpers/solutions';
import { eventually } from '../../helpers/wait';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The local hour and weekday of an instant in a time zone, read with Intl (not with the code under test). */
const local = (iso: string, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    hour12: false,
    weekday: 'long',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { hour: Number(part('hour')), weekday: part('weekday') };
};

/** 07:00 Berlin on the first `weekday` at least two days ahead (found by walking hours, checked with Intl). */
function morningOn(weekday: string) {
  for (let t = Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR; ; t += HOUR) {
    const at = new Date(t).toISOString();
    const l = local(at, 'Europe/Berlin');
    if (l.weekday === weekday && l.hour === 7) return at;
  }
}

const digestNextAt = async (user: TestUser) =>
  (
    await env.DB.prepare('SELECT digest_next_at FROM users WHERE id = ?')
      .bind(user.id)
      .first<{ digest_next_at: string }>()
  )?.digest_next_at ?? '';
/** Runs the cron at `at` and waits until the queue composed this person's digest (their next one is set). */
async function digestRun(user: TestUser, at: string) {
  await runCron(new Date(at));
  return eventually(
    `${user.email}'s digest composed`,
    () => digestNextAt(user),
    (next) => next > at,
  );
}
/** As if time had passed: this person's digest is due at `at`. */
const dueAt = (user: TestUser, at: string) =>
  env.DB.prepare('UPDATE users SET digest_next_at = ? WHERE id = ?').bind(at, user.id).run();
const undigested = async (user: TestUser) =>
  (
    await env.DB.prepare(
      'SELECT count(*) AS n FROM notifications WHERE user_id = ? AND digest IS NOT NULL AND digested_at IS NULL',
    )
      .bind(user.id)
      .first<{ n: number }>()
  )?.n;
const digestItems = (row: { params: string }) =>
  (JSON.parse(row.params).items as { kind: string }[]).map((item) => item.kind);

/** An open challenge of a new owner with two submitted solutions: two daily lines in the owner's inbox. */
async function ownerWithTwoSolutions(overrides: Record<string, unknown> = {}) {
  const owner = await registerUser('clinician', overrides);
  const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
  await submitSolution(world.users.solver, challenge, { title: 'First panel' });
  await submitSolution(await registerUser('solver'), challenge, { title: 'Second panel' });
  return { owner, challenge };
}

describe('digests', () => {
  it('arrive at 07:00 where the person lives, one email with everything that piled up, and never twice', async () => {
    const { owner } = await ownerWithTwoSolutions();
    expect(local(await digestNextAt(owner), 'Europe/Berlin').hour).toBe(7);
    expect(await undigested(owner)).toBe(2);
    const tuesday = morningOn('Tuesday');
    await dueAt(owner, tuesday);

    await digestRun(owner, tuesday);
    const [digest] = await delivered(owner.email, 'digest');
    expect(digestItems(digest as { params: string })).toEqual(['solution_submitted', 'solution_submitted']);
    expect(await undigested(owner)).toBe(0);
    const next = await digestNextAt(owner);
    expect(local(next, 'Europe/Berlin')).toEqual({ hour: 7, weekday: 'Wednesday' });

    await runCron(new Date(tuesday));
    await runCron(new Date(tuesday.replace(/T.*/, 'T12:00:00.000Z')));
    expect(await outboxTo(owner.email, 'digest')).toHaveLength(1);
  });

  it('are never empty: a person with nothing new gets no email, and their next morning is set', async () => {
    const quiet = await registerUser('solver');
    const wednesday = morningOn('Wednesday');
    await dueAt(quiet, wednesday);
    const next = await digestRun(quiet, wednesday);
    expect(await outboxTo(quiet.email, 'digest')).toEqual([]);
    expect(local(next, 'Europe/Berlin')).toEqual({ hour: 7, weekday: 'Thursday' });
  });

  it('weekly lines wait for Monday’s digest; a new time zone moves the next digest to that morning', async () => {
    const { owner } = await ownerWithTwoSolutions();
    const chose = await api('/api/v1/me/notification-preferences', {
      method: 'PUT',
      token: owner.token,
      body: { channels: { solution_submitted: 'weekly' }, time_zone: 'Europe/Bucharest' },
    });
    expect(chose.status).toBe(200);
    expect(chose.body.time_zone).toBe('Europe/Bucharest');
    expect(local(await digestNextAt(owner), 'Europe/Bucharest').hour).toBe(7);
    // Lines already written keep the channel they were written with; new ones follow the choice.
    await env.DB.prepare("UPDATE notifications SET digest = 'weekly' WHERE user_id = ? AND digest = 'daily'")
      .bind(owner.id)
      .run();

    const thursday = morningOn('Thursday');
    await dueAt(owner, thursday);
    await digestRun(owner, thursday);
    expect(await outboxTo(owner.email, 'digest')).toEqual([]);
    expect(await undigested(owner)).toBe(2);

    const monday = morningOn('Monday');
    await dueAt(owner, monday);
    await digestRun(owner, monday);
    const [digest] = await delivered(owner.email, 'digest');
    expect(digestItems(digest as { params: string })).toHaveLength(2);
    expect(await undigested(owner)).toBe(0);
  });

  it('skip an address that was never confirmed (its lines are dropped, not saved up)', async () => {
    const { owner } = await ownerWithTwoSolutions();
    await env.DB.prepare('UPDATE users SET email_confirmed_at = NULL WHERE id = ?').bind(owner.id).run();
    const friday = morningOn('Friday');
    await dueAt(owner, friday);
    await digestRun(owner, friday);
    expect(await outboxTo(owner.email, 'digest')).toEqual([]);
    expect(await undigested(owner)).toBe(0);
  });

  it('in the recipient’s language', async () => {
    const { owner } = await ownerWithTwoSolutions({ language: 'de' });
    const saturday = morningOn('Saturday');
    await dueAt(owner, saturday);
    await digestRun(owner, saturday);
    const [digest] = await delivered(owner.email, 'digest');
    expect(digest?.language).toBe('de');
    const page = await mailboxPage(digest?.id ?? '');
    expect(page).toContain('Ihre Bedside-Zusammenfassung: 2 Neuigkeiten');
    expect(page).toContain('wurde eine Lösung eingereicht: First panel');
  });
});

describe('scoring reminders', () => {
  const closeIn = (challenge: string, hours: number) =>
    env.DB.prepare('UPDATE challenges SET evaluation_deadline = ? WHERE id = ?')
      .bind(new Date(Date.now() + hours * HOUR).toISOString(), challenge)
      .run();
  const reminders = async (user: TestUser) =>
    (
      await env.DB.prepare(
        "SELECT params FROM notifications WHERE user_id = ? AND kind = 'scoring_reminder' ORDER BY id",
      )
        .bind(user.id)
        .all<{ params: string }>()
    ).results.map((r) => JSON.parse(r.params).pending as number);

  it('reach each jury member with solutions left, three days and one day before scoring closes, once each', async () => {
    const { clinician: owner, moderator } = world.users;
    const challenge = await openChallenge(owner, moderator, world.cluster.slug);
    const first = await submitSolution(world.users.solver, challenge, { title: 'Panel one' });
    const second = await submitSolution(await registerUser('solver'), challenge, { title: 'Panel two' });
    const [busy, done] = [await registerUser('clinician'), await registerUser('clinician')];
    await assignJury(owner, challenge, busy);
    await assignJury(owner, challenge, done);
    await startEvaluation(owner, challenge);
    for (const solution of [first, second]) {
      await declare(done, solution, false);
      await evaluate(done, solution, scoresOf([4]));
    }

    await closeIn(challenge, 100);
    await runCron();
    expect(await reminders(busy)).toEqual([]);

    await closeIn(challenge, 48);
    await runCron();
    await runCron();
    expect(await reminders(busy)).toEqual([2]);
    expect(await reminders(done)).toEqual([]);
    expect(await reminders(owner)).toEqual([]);
    const [email] = await delivered(busy.email, 'scoring_reminder');
    expect(JSON.parse(email?.params ?? '{}')).toMatchObject({ pending: 2, challenge_id: challenge });

    await declare(busy, first, false);
    await evaluate(busy, first, scoresOf([3]));
    await closeIn(challenge, 12);
    await runCron();
    await runCron();
    expect(await reminders(busy)).toEqual([2, 1]);
  });
});
