import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { draftSolution, NOT_VISIBLE, patchSolution, solutionBody } from '../../helpers/solutions';
import { joinTeam } from '../../helpers/team';
import { acceptTerms, createTemplate, postTemplate, putTerms, submitDraft, templateBody } from '../../helpers/terms';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** An open challenge of the world's clinician whose owner chose a fresh template before approval. */
async function openWithTerms(overrides: Record<string, unknown> = {}) {
  const { clinician, moderator } = world.users;
  const template = await createTemplate(moderator, world.cluster.slug, overrides);
  const draft = await createDraft(clinician, world.cluster.slug);
  await must(putTerms(clinician, draft.id, { template_key: template.key }));
  await must(transition(clinician, draft.id, 'submit'));
  await must(transition(moderator, draft.id, 'approve'));
  return { challenge: draft.id, template };
}

/** A draft of the world's solver with a second member on its team. */
async function draftWithMember(challenge: string) {
  const solution = await draftSolution(world.users.solver, challenge);
  const member = await registerUser('solver');
  await joinTeam(world.users.solver, solution, member);
  return { solution, member };
}

const auditCount = (solution: string, action: string) =>
  env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = ?')
    .bind(solution, action)
    .first<{ n: number }>()
    .then((r) => r?.n ?? 0);

describe('terms templates of a cluster', () => {
  it('moderators write versions of a key that are never edited, only superseded; everyone reads them', async () => {
    const { moderator, solver } = world.users;
    const first = await createTemplate(moderator, world.cluster.slug);
    expect(first.version).toBe(1);
    const second = await must(
      postTemplate(moderator, world.cluster.slug, templateBody({ key: first.key, title: 'Standard terms, 2027' })),
      201,
    );
    expect(second.body).toMatchObject({ key: first.key, version: 2, latest: true, title: 'Standard terms, 2027' });

    const listed = await must(api(`/api/v1/clusters/${world.cluster.slug}/terms`, { token: solver.token }));
    const versions = listed.body.templates.filter((t: { key: string }) => t.key === first.key);
    expect(versions.map((t: { version: number; latest: boolean }) => [t.version, t.latest])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[1].title).toBe('Standard participation terms');
  });

  it('refuses writes by anyone but the cluster’s moderators, and a key that is not a plain name', async () => {
    expect(isProblem(await postTemplate(world.users.solver, world.cluster.slug, templateBody()), 403)).toBe(true);
    expect(isProblem(await postTemplate(world.users.other_moderator, world.cluster.slug, templateBody()), 403)).toBe(
      true,
    );
    const bad = await postTemplate(world.users.moderator, world.cluster.slug, templateBody({ key: 'Not a key!' }));
    expect(isProblem(bad, 400, 'validation_failed')).toBe(true);
    expect(bad.body.errors[0].path).toBe('key');
    expect(isProblem(await postTemplate(world.users.moderator, 'no-such-cluster', templateBody()), 404)).toBe(true);
  });
});

describe('the terms of a challenge', () => {
  it('is a snapshot of the template: the owner chooses before approval, a moderator amends an open challenge as a new version', async () => {
    const { clinician, moderator, solver } = world.users;
    const template = await createTemplate(moderator, world.cluster.slug, { confidentiality: 'confidential' });
    const other = await createTemplate(moderator, world.cluster.slug, { ip_option: 'open_source' });
    const draft = await createDraft(clinician, world.cluster.slug);
    await must(putTerms(clinician, draft.id, { template_key: template.key }));
    // Before approval a new choice replaces version 1: nobody can have accepted it.
    const chosen = await must(
      putTerms(clinician, draft.id, { template_key: other.key, submissions_confidential: false }),
    );
    expect(chosen.body.current).toMatchObject({ version: 1, template_key: other.key, submissions_confidential: false });
    expect(chosen.body.versions).toHaveLength(1);

    // A later version of the template does not change what the challenge took.
    await must(
      postTemplate(moderator, world.cluster.slug, templateBody({ key: other.key, title: 'Changed later' })),
      201,
    );
    await must(transition(clinician, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const read = await must(api(`/api/v1/challenges/${draft.id}/terms`, { token: solver.token }));
    expect(read.body.current).toMatchObject({ version: 1, template_version: 1, title: 'Standard participation terms' });

    // Open: the owner asks, a moderator amends.
    const byOwner = await putTerms(clinician, draft.id, { template_key: template.key });
    expect(isProblem(byOwner, 409, 'invalid_state')).toBe(true);
    const amended = await must(putTerms(moderator, draft.id, { template_key: other.key }));
    expect(amended.body.current).toMatchObject({ version: 2, template_version: 2, title: 'Changed later' });
    expect(amended.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const unknown = await putTerms(moderator, draft.id, { template_key: 'no-such-template' });
    expect(isProblem(unknown, 400, 'validation_failed')).toBe(true);
    expect(unknown.body.errors[0].path).toBe('template_key');
  });

  it('a challenge without terms has none, and solutions are submitted as before', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const read = await must(api(`/api/v1/challenges/${challenge}/terms`));
    expect(read.body).toEqual({ challenge_id: challenge, current: null, versions: [] });
  });
});

describe('accepting the terms before submitting', () => {
  it('refuses the submission until every member accepted the current version, and again after the terms change', async () => {
    const { solver, moderator } = world.users;
    const { challenge, template } = await openWithTerms();
    // Created and submitted at once: refused, the team has not accepted anything yet.
    const direct = await api(`/api/v1/challenges/${challenge}/solutions`, {
      token: solver.token,
      body: { ...solutionBody(), submit: true },
    });
    expect(isProblem(direct, 409, 'invalid_state')).toBe(true);
    expect(direct.body.current_version).toBe(1);

    const { solution, member } = await draftWithMember(challenge);
    const none = await submitDraft(solver, solution);
    expect(isProblem(none, 409, 'invalid_state')).toBe(true);
    expect(none.body.not_accepted.map((m: { user_id: string }) => m.user_id)).toEqual([solver.id, member.id]);

    const mine = await must(acceptTerms(solver, solution, 1));
    expect(mine.body.not_accepted.map((m: { user_id: string }) => m.user_id)).toEqual([member.id]);
    const half = await submitDraft(solver, solution);
    expect(isProblem(half, 409, 'invalid_state')).toBe(true);
    expect(half.body.detail).toContain('Test solver');
    expect(half.body.not_accepted).toEqual([{ user_id: member.id, name: 'Test solver' }]);

    await must(acceptTerms(member, solution, 1));
    // Accepting again changes nothing and is not audited twice.
    await must(acceptTerms(member, solution, 1));
    expect(await auditCount(solution, 'solution.terms_accept')).toBe(2);
    const submitted = await must(submitDraft(solver, solution));
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.terms.current_version).toBe(1);
    expect(
      submitted.body.terms.acceptances.map((a: { user_id: string; version: number }) => [a.user_id, a.version]),
    ).toEqual(
      expect.arrayContaining([
        [solver.id, 1],
        [member.id, 1],
      ]),
    );

    // A second draft, accepted by its whole team under version 1, then the terms change.
    const other = await draftWithMember(challenge);
    await must(acceptTerms(solver, other.solution, 1));
    await must(acceptTerms(other.member, other.solution, 1));
    await must(putTerms(moderator, challenge, { template_key: template.key }));
    const again = await submitDraft(solver, other.solution);
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect(again.body.current_version).toBe(2);
    expect(again.body.not_accepted).toHaveLength(2);

    // The submitted solution: nobody edits it before accepting version 2.
    const refused = await patchSolution(member, solution, { version: submitted.body.version, trl: 8 });
    expect(isProblem(refused, 409, 'invalid_state')).toBe(true);
    expect(refused.body.current_version).toBe(2);
    await must(acceptTerms(member, solution, 2));
    const edited = await must(patchSolution(member, solution, { version: submitted.body.version, trl: 8 }));
    expect(edited.body.trl).toBe(8);
    // The submitter has not accepted version 2 yet: they still cannot edit.
    expect(isProblem(await patchSolution(solver, solution, { version: edited.body.version, trl: 7 }), 409)).toBe(true);

    await must(acceptTerms(solver, other.solution, 2));
    await must(acceptTerms(other.member, other.solution, 2));
    expect((await must(submitDraft(solver, other.solution))).body.status).toBe('submitted');
  });

  it('answers a stale version with 409 and the current one', async () => {
    const { challenge } = await openWithTerms();
    const solution = await draftSolution(world.users.solver, challenge);
    const stale = await acceptTerms(world.users.solver, solution, 7);
    expect(isProblem(stale, 409, 'invalid_state')).toBe(true);
    expect(stale.body.current_version).toBe(1);
    expect(stale.body.detail).toContain('version 1');
  });

  it('only team members accept, each for themselves: others get 403 where they see the solution, 404 elsewhere', async () => {
    const { challenge } = await openWithTerms();
    const { solution } = await draftWithMember(challenge);
    await must(acceptTerms(world.users.solver, solution, 1));
    // A draft is its team's alone: the owner and a stranger see nothing.
    const stranger: TestUser = await registerUser('solver');
    for (const user of [world.users.clinician, stranger]) {
      const res = await acceptTerms(user, solution, 1);
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(res.body.detail).toBe(NOT_VISIBLE);
    }
    expect(isProblem(await acceptTerms(undefined, solution, 1), 401)).toBe(true);
  });

  it('puts the acceptances in the personal export', async () => {
    const { challenge } = await openWithTerms();
    const solver = await registerUser('solver');
    const solution = await draftSolution(solver, challenge);
    await must(acceptTerms(solver, solution, 1));
    const exported = await must(api('/api/v1/me/export', { token: solver.token }));
    expect(exported.body.terms_acceptances).toEqual([
      { solution_id: solution, challenge_id: challenge, version: 1, accepted_at: expect.any(String) },
    ]);
  });
});
