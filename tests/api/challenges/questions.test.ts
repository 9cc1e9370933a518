import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const countQuestions = async (challengeId: string) =>
  (
    await env.DB.prepare('SELECT count(*) AS n FROM questions WHERE challenge_id = ?')
      .bind(challengeId)
      .first<{ n: number }>()
  )?.n;

const ask = (user: TestUser | undefined, challengeId: string, body: unknown) =>
  api(`/api/v1/challenges/${challengeId}/questions`, { token: user?.token, body });

const answer = (user: TestUser | undefined, challengeId: string, questionId: string, text: unknown) =>
  api(`/api/v1/challenges/${challengeId}/questions/${questionId}/answer`, {
    token: user?.token,
    body: { answer: text },
  });

/** A question asked through the API by `solver` (201 checked). */
async function askOk(solver: TestUser, challengeId: string, body = `Which sample types are in scope? ${unique()}`) {
  const res = await ask(solver, challengeId, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; body: string };
}

/** Every question of a challenge, walking `next_cursor` with the given page size. */
async function walkQuestions(challengeId: string, token: string | undefined, limit: number) {
  const seen: { id: string; body: string; answer: string | null; asked_by_me: boolean }[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api(`/api/v1/challenges/${challengeId}/questions?${query}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...res.body.data);
    cursor = res.body.next_cursor;
    if (!cursor) return seen;
  }
  throw new Error('pagination did not end');
}

describe('asking questions', () => {
  it('lets a solver ask on an open challenge (201) and stores the question', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const body = `Is a CE-marked device required from day one of the pilot? ${unique()}`;
    const res = await ask(solver, id, { body: `  ${body}  ` });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ body, answer: null, answered_at: null, asked_by_me: true });
    expect(typeof res.body.id).toBe('string');
    expect(res.body.asked_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const row = await env.DB.prepare('SELECT challenge_id, author_id, body FROM questions WHERE id = ?')
      .bind(res.body.id)
      .first();
    expect(row).toEqual({ challenge_id: id, author_id: solver.id, body });
  });

  const bad: [string, unknown, string][] = [
    ['a too short body', { body: 'Why?' }, 'body'],
    ['a too long body', { body: 'x'.repeat(2001) }, 'body'],
    ['a missing body', {}, 'body'],
    ['a body that is not text', { body: 42 }, 'body'],
    ['an extra field', { body: 'A perfectly good question here?', author_id: 'someone-else' }, '(root)'],
  ];
  for (const [what, input, path] of bad) {
    it(`refuses ${what} with 400 naming ${path}, and writes nothing`, async () => {
      const { clinician, moderator, solver } = world.users;
      const id = await openChallenge(clinician, moderator, world.cluster.slug);
      const res = await ask(solver, id, input);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await countQuestions(id)).toBe(0);
    });
  }

  it('refuses clinicians and moderators (403) and anonymous callers (401), writing nothing', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const other = await registerUser('clinician');
    const body = { body: 'Could we ask something as a non-solver?' };
    for (const user of [clinician, other, moderator, world.users.admin]) {
      expect(isProblem(await ask(user, id, body), 403, 'forbidden')).toBe(true);
    }
    const anonymous = await ask(undefined, id, body);
    expect(isProblem(anonymous, 401, 'unauthorized')).toBe(true);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect(await countQuestions(id)).toBe(0);
    // The solver still can.
    await askOk(solver, id);
    expect(await countQuestions(id)).toBe(1);
  });

  it('on a draft: the owner (not a solver) gets 403, a solver does not see it (404)', async () => {
    const { clinician, solver } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const body = { body: 'Asking on a draft that is not published?' };
    expect(isProblem(await ask(clinician, draft.id, body), 403, 'forbidden')).toBe(true);
    expect(isProblem(await ask(solver, draft.id, body), 404, 'not_found')).toBe(true);
    expect(isProblem(await ask(solver, `missing-${unique()}`, body), 404, 'not_found')).toBe(true);
    expect(await countQuestions(draft.id)).toBe(0);
  });

  it('refuses questions once the challenge is in evaluation (409 naming current_state)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    expect((await transition(clinician, id, 'start_evaluation')).status).toBe(200);
    const res = await ask(solver, id, { body: 'Is it too late to ask about the data format?' });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(res.body.current_state).toBe('evaluation');
    expect(await countQuestions(id)).toBe(0);
  });
});

describe('answering questions', () => {
  it('lets the owner answer (200) and correct the answer, each audited', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);

    const first = await answer(clinician, id, question.id, 'Tissue and liquid biopsy are both in scope.');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id: question.id,
      body: question.body,
      answer: 'Tissue and liquid biopsy are both in scope.',
      asked_by_me: false,
    });
    expect(first.body.answered_at).toEqual(expect.any(String));

    const corrected = await answer(clinician, id, question.id, 'Only tissue biopsy is in scope for the pilot.');
    expect(corrected.status).toBe(200);
    expect(corrected.body.answer).toBe('Only tissue biopsy is in scope for the pilot.');

    const row = await env.DB.prepare('SELECT answer, answered_by FROM questions WHERE id = ?')
      .bind(question.id)
      .first();
    expect(row).toEqual({ answer: 'Only tissue biopsy is in scope for the pilot.', answered_by: clinician.id });

    const { results } = await env.DB.prepare(
      "SELECT actor_id, entity_type, cluster_id, after FROM audit_log WHERE entity_id = ? AND action = 'question.answer' ORDER BY id",
    )
      .bind(question.id)
      .all<{ actor_id: string; entity_type: string; cluster_id: string; after: string }>();
    expect(results.map((r) => [r.actor_id, r.entity_type, r.cluster_id, JSON.parse(r.after).answer])).toEqual([
      [clinician.id, 'question', world.cluster.id, 'Tissue and liquid biopsy are both in scope.'],
      [clinician.id, 'question', world.cluster.id, 'Only tissue biopsy is in scope for the pilot.'],
    ]);
  });

  it('lets the owner still answer while the challenge is in evaluation', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    expect((await transition(clinician, id, 'start_evaluation')).status).toBe(200);
    const res = await answer(clinician, id, question.id, 'Answered during evaluation.');
    expect(res.status).toBe(200);
    expect(res.body.answer).toBe('Answered during evaluation.');
  });

  it('refuses answers once the challenge is archived (409 naming current_state)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    expect((await transition(moderator, id, 'archive')).status).toBe(200);
    const res = await answer(clinician, id, question.id, 'Too late to answer this.');
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(res.body.current_state).toBe('archived');
    const row = await env.DB.prepare('SELECT answer FROM questions WHERE id = ?').bind(question.id).first();
    expect(row?.answer).toBeNull();
  });

  it('refuses anyone but the owner (403; anonymous 401), changing nothing', async () => {
    const { clinician, moderator, solver, admin } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    const otherClinician = await registerUser('clinician');
    for (const user of [solver, otherClinician, moderator, admin]) {
      expect(isProblem(await answer(user, id, question.id, 'Not my challenge to answer.'), 403, 'forbidden')).toBe(
        true,
      );
    }
    expect(isProblem(await answer(undefined, id, question.id, 'Anonymous answer.'), 401, 'unauthorized')).toBe(true);
    const row = await env.DB.prepare('SELECT answer FROM questions WHERE id = ?').bind(question.id).first();
    expect(row?.answer).toBeNull();
    const audits = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?')
      .bind(question.id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(0);
  });

  it('answers an unknown question id with 404 and writes no audit row', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const unknown = `no-such-question-${unique()}`;
    const res = await answer(clinician, id, unknown, 'Answering a question that does not exist.');
    expect(isProblem(res, 404, 'not_found')).toBe(true);
    const audits = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?')
      .bind(unknown)
      .first<{ n: number }>();
    expect(audits?.n).toBe(0);

    // A question of another challenge is just as unknown here.
    const otherId = await openChallenge(clinician, moderator, world.cluster.slug);
    const elsewhere = await askOk(solver, otherId);
    const cross = await answer(clinician, id, elsewhere.id, 'Wrong challenge for this question.');
    expect(isProblem(cross, 404, 'not_found')).toBe(true);
    const row = await env.DB.prepare('SELECT answer FROM questions WHERE id = ?').bind(elsewhere.id).first();
    expect(row?.answer).toBeNull();
    const crossAudits = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?')
      .bind(elsewhere.id)
      .first<{ n: number }>();
    expect(crossAudits?.n).toBe(0);
  });

  it('refuses an invalid answer with 400 naming answer', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const question = await askOk(solver, id);
    for (const body of [{ answer: 'x' }, {}, { answer: 'A fine answer.', extra: true }]) {
      const res = await api(`/api/v1/challenges/${id}/questions/${question.id}/answer`, {
        token: clinician.token,
        body,
      });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('extra' in body ? '(root)' : 'answer');
    }
    const row = await env.DB.prepare('SELECT answer FROM questions WHERE id = ?').bind(question.id).first();
    expect(row?.answer).toBeNull();
  });
});

describe('reading questions and answers', () => {
  it('shows the Q&A to everyone who can see the challenge, in the detail and the list', async () => {
    const { clinician, moderator, solver, admin } = world.users;
    const otherSolver = await registerUser('solver');
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const q1 = await askOk(solver, id, `First question about sample logistics ${unique()}`);
    const q2 = await askOk(otherSolver, id, `Second question about the HIS interface ${unique()}`);
    const q3 = await askOk(solver, id, `Third question about pilot duration ${unique()}`);
    expect((await answer(clinician, id, q2.id, 'FHIR R4 is available.')).status).toBe(200);

    const viewers: [string, TestUser | undefined][] = [
      ['anonymous', undefined],
      ['the asker', solver],
      ['another solver', otherSolver],
      ['the owner', clinician],
      ['a moderator', moderator],
      ['an admin', admin],
    ];
    for (const [who, viewer] of viewers) {
      const detail = await api(`/api/v1/challenges/${id}`, { token: viewer?.token });
      expect(detail.status, who).toBe(200);
      expect(detail.body.question_count, who).toBe(3);
      expect(
        detail.body.questions.map((q: { id: string; answer: string | null; asked_by_me: boolean }) => [
          q.id,
          q.answer,
          q.asked_by_me,
        ]),
        who,
      ).toEqual([
        [q1.id, null, viewer === solver],
        [q2.id, 'FHIR R4 is available.', viewer === otherSolver],
        [q3.id, null, viewer === solver],
      ]);

      const walked = await walkQuestions(id, viewer?.token, 1);
      expect(
        walked.map((q) => [q.id, q.body, q.answer, q.asked_by_me]),
        who,
      ).toEqual([
        [q1.id, q1.body, null, viewer === solver],
        [q2.id, q2.body, 'FHIR R4 is available.', viewer === otherSolver],
        [q3.id, q3.body, null, viewer === solver],
      ]);
    }
  });

  it('paginates with limit=1 without repeats, and the last page has next_cursor null', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const asked = [];
    for (let i = 0; i < 4; i++) asked.push((await askOk(solver, id)).id);
    const first = await api(`/api/v1/challenges/${id}/questions?limit=1`, { token: solver.token });
    expect(first.body.data).toHaveLength(1);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const walked = await walkQuestions(id, solver.token, 1);
    expect(walked.map((q) => q.id)).toEqual(asked);
    expect(new Set(walked.map((q) => q.id)).size).toBe(4);
    const all = await api(`/api/v1/challenges/${id}/questions?limit=100`, { token: solver.token });
    expect(all.body.data.map((q: { id: string }) => q.id)).toEqual(asked);
    expect(all.body.next_cursor).toBeNull();
  });

  it('refuses a damaged cursor and a bad limit with 400', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const cursor = await api(`/api/v1/challenges/${id}/questions?cursor=not-a-cursor`);
    expect(isProblem(cursor, 400, 'validation_failed')).toBe(true);
    expect(cursor.body.errors[0].path).toBe('cursor');
    const limit = await api(`/api/v1/challenges/${id}/questions?limit=0`);
    expect(isProblem(limit, 400, 'validation_failed')).toBe(true);
    expect(limit.body.errors[0].path).toBe('limit');
  });

  it('hides the questions of a challenge nobody else can see (404)', async () => {
    const { clinician, solver } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    expect(isProblem(await api(`/api/v1/challenges/${draft.id}/questions`), 404, 'not_found')).toBe(true);
    expect(
      isProblem(await api(`/api/v1/challenges/${draft.id}/questions`, { token: solver.token }), 404, 'not_found'),
    ).toBe(true);
    expect((await api(`/api/v1/challenges/${draft.id}/questions`, { token: clinician.token })).status).toBe(200);
  });

  it('shows the Q&A of a network challenge to signed-in users only', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { visibility: 'network' });
    const question = await askOk(solver, id);
    expect(isProblem(await api(`/api/v1/challenges/${id}/questions`), 404, 'not_found')).toBe(true);
    const otherSolver = await registerUser('solver');
    const list = await api(`/api/v1/challenges/${id}/questions`, { token: otherSolver.token });
    expect(list.body.data.map((q: { id: string; asked_by_me: boolean }) => [q.id, q.asked_by_me])).toEqual([
      [question.id, false],
    ]);
  });

  it('drops hidden questions from the detail and the list, for everyone', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const kept = await askOk(solver, id, `A relevant question about reimbursement ${unique()}`);
    const spam = await askOk(solver, id, `Buy cheap diagnostics at example dot com ${unique()}`);
    const report = await api('/api/v1/reports', {
      token: clinician.token,
      body: { entity_type: 'question', entity_id: spam.id, reason: 'Advertising, not a question about the need.' },
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    const resolved = await api(`/api/v1/reports/${report.body.id}/resolution`, {
      token: moderator.token,
      body: { action: 'hide', note: 'Spam.' },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);

    for (const viewer of [undefined, solver, clinician, moderator]) {
      const detail = await api(`/api/v1/challenges/${id}`, { token: viewer?.token });
      expect(detail.body.questions.map((q: { id: string }) => q.id)).toEqual([kept.id]);
      expect(detail.body.question_count).toBe(1);
      const list = await api(`/api/v1/challenges/${id}/questions`, { token: viewer?.token });
      expect(list.body.data.map((q: { id: string }) => q.id)).toEqual([kept.id]);
    }
    // A hidden question cannot be answered any more.
    expect(isProblem(await answer(clinician, id, spam.id, 'Answering hidden spam.'), 404, 'not_found')).toBe(true);
  });
});
