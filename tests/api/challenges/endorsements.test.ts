import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('endorsements', () => {
  const endorse = (user: TestUser | undefined, id: string, method: 'PUT' | 'DELETE' = 'PUT') =>
    api(`/api/v1/challenges/${id}/endorsement`, { method, token: user?.token });
  const rows = async (id: string) =>
    (
      await env.DB.prepare('SELECT count(*) AS n FROM endorsements WHERE challenge_id = ?')
        .bind(id)
        .first<{ n: number }>()
    )?.n;
  const storedCount = async (id: string) =>
    (await env.DB.prepare('SELECT endorsement_count AS n FROM challenges WHERE id = ?').bind(id).first<{ n: number }>())
      ?.n;

  it('is idempotent per user, counts users, and withdraws idempotently', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const otherClinician = await registerUser('clinician');
    const thirdClinician = await registerUser('clinician');

    const steps: [TestUser, 'PUT' | 'DELETE', boolean, number][] = [
      [otherClinician, 'PUT', true, 1],
      [otherClinician, 'PUT', true, 1],
      [thirdClinician, 'PUT', true, 2],
      [otherClinician, 'DELETE', false, 1],
      [otherClinician, 'DELETE', false, 1],
    ];
    for (const [user, method, endorsed, count] of steps) {
      const res = await endorse(user, id, method);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ endorsed, endorsement_count: count });
      expect(await rows(id)).toBe(count);
      expect(await storedCount(id)).toBe(count);
    }

    const byThird = await api(`/api/v1/challenges/${id}`, { token: thirdClinician.token });
    expect(byThird.body).toMatchObject({ endorsement_count: 1, endorsed_by_me: true });
    const byOther = await api(`/api/v1/challenges/${id}`, { token: otherClinician.token });
    expect(byOther.body).toMatchObject({ endorsement_count: 1, endorsed_by_me: false });
    const byAnonymous = await api(`/api/v1/challenges/${id}`);
    expect(byAnonymous.body).toMatchObject({ endorsement_count: 1, endorsed_by_me: false });
  });

  it('refuses the owner (403) and anonymous callers (401)', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    expect(isProblem(await endorse(clinician, id), 403, 'forbidden')).toBe(true);
    const anonymous = await endorse(undefined, id);
    expect(isProblem(anonymous, 401, 'unauthorized')).toBe(true);
    expect(isProblem(await endorse(undefined, id, 'DELETE'), 401, 'unauthorized')).toBe(true);
    expect(await rows(id)).toBe(0);
    expect(await storedCount(id)).toBe(0);
  });

  it('answers 409 naming the state for a draft a moderator can see, and 404 for others', async () => {
    const { clinician, moderator, solver } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const res = await endorse(moderator, draft.id);
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(res.body.current_state).toBe('draft');
    expect(isProblem(await endorse(solver, draft.id), 404, 'not_found')).toBe(true);
    expect(isProblem(await endorse(world.users.other_moderator, draft.id), 404, 'not_found')).toBe(true);
    expect(await rows(draft.id)).toBe(0);
  });

  it('keeps one row and a count of 1 under 20 parallel PUTs by the same user', async () => {
    const { clinician, moderator, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const results = await Promise.all(Array.from({ length: 20 }, () => endorse(evaluator, id)));
    for (const res of results) {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ endorsed: true, endorsement_count: 1 });
    }
    expect(await rows(id)).toBe(1);
    expect(await storedCount(id)).toBe(1);
  });
});
