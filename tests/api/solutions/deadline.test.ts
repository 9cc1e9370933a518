import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { DomainError } from '../../../worker/domain/errors';
import { changeOpen } from '../../../worker/domain/solutions/lifecycle';
import { findSolution } from '../../../worker/domain/solutions/read';
import type { SolutionFields } from '../../../worker/domain/solutions/solution.schema';
import {
  createSolution as createDomain,
  updateSolution as updateDomain,
  withdrawSolution as withdrawDomain,
} from '../../../worker/domain/solutions/write';
import { createWorld, type World } from '../../helpers/actors';
import { inDays, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { signedInAs } from '../../helpers/domain';
import { api, isProblem } from '../../helpers/http';
import {
  draftSolution,
  patchSolution,
  solutionBody,
  solutionRow,
  solutionsTitled,
  submitSolution,
  withdrawSolution,
} from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** Time has passed the deadline, and the cron has not run: the challenge still reads `open`. */
const deadlinePassesQuietly = (challengeId: string) =>
  env.DB.prepare('UPDATE challenges SET deadline = ? WHERE id = ?')
    .bind(new Date(Date.now() - 60_000).toISOString(), challengeId)
    .run();

const challengeRow = (id: string) =>
  env.DB.prepare('SELECT status, deadline, version FROM challenges WHERE id = ?')
    .bind(id)
    .first<{ status: string; deadline: string; version: number }>();

const audits = (entityId: string) => count('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?', entityId);

/** The problem every late write answers with. */
function expectDeadlinePassed(res: { status: number; body: Record<string, unknown> }) {
  expect(isProblem(res as never, 409, 'deadline_passed'), JSON.stringify(res.body)).toBe(true);
  expect(res.body.title).toBe('The deadline has passed');
  expect(res.body.detail).toMatch(/^Submissions to this challenge closed at .*can still be withdrawn/);
  expect(typeof res.body.deadline).toBe('string');
}

describe('the submission deadline, enforced when the write lands', () => {
  it('refuses a new solution after the deadline while the challenge still reads open (409, nothing written)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    await deadlinePassesQuietly(id);
    expect((await challengeRow(id))?.status).toBe('open');
    for (const submit of [true, false]) {
      const title = `Late solution ${unique()}`;
      const res = await api(`/api/v1/challenges/${id}/solutions`, {
        token: solver.token,
        body: { ...solutionBody({ title }), submit },
      });
      expectDeadlinePassed(res);
      expect(await solutionsTitled(title)).toBe(0);
    }
  });

  it('refuses submitting or editing a draft after the deadline; a withdrawal is still possible', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, id);
    const submitted = await submitSolution(solver, id);
    await deadlinePassesQuietly(id);

    expectDeadlinePassed(await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token }));
    expectDeadlinePassed(await patchSolution(solver, submitted, { version: 1, title: 'A late improvement' }));
    expect(await solutionRow(draft)).toMatchObject({ status: 'draft', version: 1 });
    expect(await solutionRow(submitted)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await audits(draft)).toBe(1); // its creation only

    const withdrawn = await withdrawSolution(solver, submitted);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect((await solutionRow(submitted))?.status).toBe('withdrawn');
  });

  it('does not offer editing or submitting after the deadline (the affordances follow the same rule)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, id);
    const db = createDb(env.DB);
    const open = await findSolution(db, { type: 'anonymous' }, draft);
    expect(open && changeOpen(open, 'submit')).toBe(true);
    await deadlinePassesQuietly(id);
    const record = await findSolution(db, { type: 'anonymous' }, draft);
    if (!record) throw new Error('solution not found');
    expect(changeOpen(record, 'edit')).toBe(false);
    expect(changeOpen(record, 'submit')).toBe(false);
    expect(changeOpen(record, 'withdraw')).toBe(true);
  });

  it('a write read before the deadline and landing after it is refused by its batch guard (409, nothing written)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, id);
    const db = createDb(env.DB);
    const challenge = await findChallenge(db, id, solver.id);
    const solution = await findSolution(db, signedInAs(solver, { kind: 'solver' }), draft);
    if (!challenge || !solution) throw new Error('not found');
    await deadlinePassesQuietly(id);

    const title = `Late by a moment ${unique()}`;
    const fields = solutionBody({ title }) as unknown as SolutionFields;
    const created = await refusal(createDomain(db, signedInAs(solver, { kind: 'solver' }), challenge, fields, true));
    expect(created.code).toBe('deadline_passed');
    expect(await solutionsTitled(title)).toBe(0);
    const edited = await refusal(updateDomain(db, signedInAs(solver, { kind: 'solver' }), solution, 1, { title }));
    expect(edited.code).toBe('deadline_passed');
    expect(await solutionRow(draft)).toMatchObject({ status: 'draft', version: 1 });
    expect(await audits(draft)).toBe(1);
  });

  it('a withdrawal read while the challenge was open, written after it was archived, is refused (409, nothing written)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    const db = createDb(env.DB);
    const record = await findSolution(db, { type: 'anonymous' }, s);
    if (!record) throw new Error('solution not found');
    // The challenge is archived between the read and the write.
    await env.DB.prepare("UPDATE challenges SET status = 'archived' WHERE id = ?").bind(id).run();
    const refused = await refusal(withdrawDomain(db, signedInAs(solver, { kind: 'solver' }), record));
    expect(refused.code).toBe('invalid_state');
    expect(refused.details?.current_state).toBe('archived');
    expect(await solutionRow(s)).toMatchObject({ status: 'submitted', version: 1 });
  });
});

describe('moving the deadline', () => {
  it('a moderator cannot amend an open challenge’s deadline into the past, but can extend it', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const read = await challengeRow(id);
    if (!read) throw new Error('challenge not found');
    const past = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { version: read.version, deadline: new Date(Date.now() - 3_600_000).toISOString() },
    });
    expect(isProblem(past, 400, 'validation_failed'), JSON.stringify(past.body)).toBe(true);
    expect(past.body.errors).toEqual([
      { path: 'deadline', message: 'The deadline has passed: choose a date in the future.' },
    ]);
    expect(await challengeRow(id)).toEqual(read);

    const later = inDays(90);
    const extended = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { version: read.version, deadline: later },
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect((await challengeRow(id))?.deadline).toBe(later);
  });

  it('the problem type is in the /problems catalogue', async () => {
    const page = await api('/problems/deadline_passed', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('/problems/deadline_passed');
  });
});

/** The DomainError a domain call threw (fails the test if it did not throw one). */
async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}
