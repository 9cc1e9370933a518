import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { assignJury, DEFAULT_KEYS, declare } from '../../helpers/evaluation';
import { BASE } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A challenge in evaluation with one submitted solution and the world's evaluator on its jury. */
async function inEvaluation() {
  const { clinician, moderator, solver, evaluator } = world.users;
  const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
  const solution = await submitSolution(solver, challenge);
  await assignJury(clinician, challenge, evaluator);
  await transition(clinician, challenge, 'start_evaluation');
  return { challenge, solution };
}

describe('page forms: a failed form shows the page again only to those who may still open it', () => {
  it('a juror who declared a conflict and posts an empty declaration learns nothing of the solution', async () => {
    const { challenge, solution } = await inEvaluation();
    const title = `Conflicted ${crypto.randomUUID()}`;
    await env.DB.prepare('UPDATE solutions SET title = ? WHERE id = ?').bind(title, solution).run();
    await declare(world.users.evaluator, solution, true);
    const res = await postForm(`/solutions/${solution}/conflict`, world.users.evaluator.cookie, { note: 'x' });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(title);
    await expect(
      count('SELECT count(*) AS n FROM conflict_declarations WHERE solution_id = ? AND conflict = 0', solution),
    ).resolves.toBe(0);
    expect(challenge).toBeTruthy();
  });

  it('a crafted Referer on an anonymous form post is no reason for a 500', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await SELF.fetch(`${BASE}/challenges/${challenge}/questions`, {
      method: 'POST',
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        origin: BASE,
        referer: 'http://[',
      },
      body: 'body=Is+there+data%3F',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/me')}`);
  });
});

describe('page forms: bad input is answered on the page, next to the field, and nothing is written', () => {
  it('a jury invitation to something that is not an address', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(`/challenges/${challenge}/jury`, world.users.clinician.cookie, {
      email: 'not an address',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="email-error"');
    expect(html).toContain('value="not an address"');
    await expect(count('SELECT count(*) AS n FROM invitations WHERE target_id = ?', challenge)).resolves.toBe(0);
  });

  it('a jury invitation to an address nobody uses yet goes out like any other (they can register with it)', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(`/challenges/${challenge}/jury`, world.users.clinician.cookie, {
      email: 'nobody-here@test.example',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/challenges/${challenge}/jury?done=invited`);
    await expect(count('SELECT count(*) AS n FROM invitations WHERE target_id = ?', challenge)).resolves.toBe(1);
    await expect(
      count('SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ?', challenge),
    ).resolves.toBe(0);
  });

  it('a score that leaves out a criterion', async () => {
    const { solution } = await inEvaluation();
    await declare(world.users.evaluator, solution, false);
    const fields: Record<string, string> = { comment: 'Promising.' };
    for (const key of DEFAULT_KEYS.slice(1)) fields[`scores.${key}`] = '4';
    const res = await postForm(`/solutions/${solution}/evaluation`, world.users.evaluator.cookie, fields);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`id="scores.${DEFAULT_KEYS[0]}-error"`);
    expect(html).toMatch(/value="4" checked/);
    await expect(count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', solution)).resolves.toBe(0);
  });

  it('a decision without a winner', async () => {
    const { challenge, solution } = await inEvaluation();
    const res = await postForm(`/challenges/${challenge}/decision`, world.users.clinician.cookie, {
      [`outcome.${solution}`]: 'shortlisted',
      note: 'Not yet.',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose at least one winner.');
    const row = await env.DB.prepare('SELECT status FROM challenges WHERE id = ?').bind(challenge).first();
    expect(row).toEqual({ status: 'evaluation' });
    await expect(
      count("SELECT count(*) AS n FROM solutions WHERE challenge_id = ? AND status <> 'submitted'", challenge),
    ).resolves.toBe(0);
  });

  it('a declared conflict takes the solution off the jury member’s list', async () => {
    const { challenge, solution } = await inEvaluation();
    const juror = await registerUser('clinician');
    await assignJury(world.users.clinician, challenge, juror);
    const before = await page(`/solutions/${solution}`, juror.cookie);
    expect(await before.text()).toContain('I have no conflict of interest');
    const res = await postForm(`/solutions/${solution}/conflict`, juror.cookie, {
      conflict: 'yes',
      note: 'I advise them.',
    });
    expect(res.status).toBe(303);
    const list = await page(`/challenges/${challenge}/solutions`, juror.cookie);
    expect(list.status).toBe(200);
    expect(await list.text()).not.toContain(`/solutions/${solution}"`);
    const after = await page(`/solutions/${solution}`, juror.cookie);
    expect(after.status).toBe(404);
  });

  it('a declaration without an answer is refused, and nothing is declared', async () => {
    const { challenge, solution } = await inEvaluation();
    const juror = await registerUser('clinician');
    await assignJury(world.users.clinician, challenge, juror);
    const res = await postForm(`/solutions/${solution}/conflict`, juror.cookie, { note: 'No button pressed.' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose one of the two answers.');
    await expect(
      count(
        'SELECT count(*) AS n FROM conflict_declarations WHERE solution_id = ? AND evaluator_id = ?',
        solution,
        juror.id,
      ),
    ).resolves.toBe(0);
  });

  it('an owner who sits on their own jury reads the solution and declares on the same page', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, challenge);
    await assignJury(clinician, challenge, clinician);
    const html = await (await page(`/solutions/${solution}`, clinician.cookie)).text();
    expect(html).toContain('I have no conflict of interest');
    expect(html).toContain('Point-of-care NGS panel');
    const res = await postForm(`/solutions/${solution}/conflict`, clinician.cookie, { conflict: 'no' });
    expect(res.status).toBe(303);
    await expect(
      count(
        'SELECT count(*) AS n FROM conflict_declarations WHERE solution_id = ? AND evaluator_id = ? AND conflict = 0',
        solution,
        clinician.id,
      ),
    ).resolves.toBe(1);
  });
});
