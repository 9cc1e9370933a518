import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { endorse, INSIDERS, list, step } from './fixtures';

// The detail view.

describe('the detail view', () => {
  let world: World;
  let id: string;
  let questionIds: string[];
  const criteria = [
    { key: 'patient_benefit', label: 'Patient benefit', weight: 50 },
    { key: 'cost', label: 'Cost', weight: 20 },
    { key: 'ai_readiness', label: 'AI readiness', weight: 30 },
  ];
  const NOTE = 'Please state the expected number of patients per year.';

  beforeAll(async () => {
    world = await createWorld();
    const { clinician: owner, moderator, solver, evaluator } = world.users;
    const draft = await createDraft(owner, world.cluster.slug, {
      title: 'Detail view challenge with custom criteria',
      criteria,
      tags: ['radiomics', 'imaging', 'biomarkers', 'ai'],
    });
    id = draft.id;
    await step(owner, id, 'submit');
    await step(moderator, id, 'request_changes', NOTE);
    await step(owner, id, 'submit');
    await step(moderator, id, 'approve');
    const first = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: solver.token,
        body: { body: 'Which PACS vendor does the hospital use?' },
      }),
      201,
    );
    const second = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: solver.token,
        body: { body: 'Is there a budget for the pilot phase?' },
      }),
      201,
    );
    questionIds = [first.body.id, second.body.id];
    await must(
      api(`/api/v1/challenges/${id}/questions/${first.body.id}/answer`, {
        token: owner.token,
        body: { answer: 'We use a vendor-neutral archive with DICOMweb.' },
      }),
    );
    // Clinicians endorse (the moderator's test account is one); solvers do not.
    await endorse(moderator, id);
    await endorse(evaluator, id);
  });

  for (const role of ROLES) {
    it(`shows criteria, sorted tags, counts and Q&A to ${role}; moderator_note ${
      INSIDERS.includes(role) ? 'shown' : 'null'
    }`, async () => {
      const res = await api(`/api/v1/challenges/${id}`, { token: world.token(role) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body;
      expect(body.criteria).toEqual(criteria);
      expect(body.tags).toEqual(['ai', 'biomarkers', 'imaging', 'radiomics']);
      expect(body).toMatchObject({
        status: 'open',
        version: 5,
        cluster: { slug: world.cluster.slug },
        owner: { id: world.users.clinician.id },
        endorsement_count: 2,
        endorsed_by_me: role === 'moderator' || role === 'evaluator',
        question_count: 2,
      });
      expect(body.questions).toEqual([
        {
          id: questionIds[0],
          body: 'Which PACS vendor does the hospital use?',
          answer: 'We use a vendor-neutral archive with DICOMweb.',
          asked_at: expect.any(String),
          answered_at: expect.any(String),
          asked_by_me: role === 'solver',
        },
        {
          id: questionIds[1],
          body: 'Is there a budget for the pilot phase?',
          answer: null,
          asked_at: expect.any(String),
          answered_at: null,
          asked_by_me: role === 'solver',
        },
      ]);
      expect(body.moderator_note).toBe(INSIDERS.includes(role) ? NOTE : null);
      for (const field of ['created_at', 'updated_at', 'submitted_at', 'published_at', 'deadline']) {
        expect(body[field], field).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      }

      const questions = await api(`/api/v1/challenges/${id}/questions`, { token: world.token(role) });
      expect(questions.status).toBe(200);
      expect(questions.body.data).toEqual(body.questions);

      const listed = await list({ cluster: world.cluster.slug }, world.token(role));
      const summary = listed.body.data.find((c: { id: string }) => c.id === id);
      expect(summary).toMatchObject({ tags: body.tags, endorsement_count: 2, title: body.title });
      expect(summary).not.toHaveProperty('moderator_note');
    });
  }

  it('hides the questions with the challenge: a hidden challenge 404s its questions too', async () => {
    const other = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    await must(
      api(`/api/v1/challenges/${other}/questions`, {
        token: world.users.solver.token,
        body: { body: 'A question on a challenge that will be hidden.' },
      }),
      201,
    );
    await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), other)
      .run();
    expect((await api(`/api/v1/challenges/${other}/questions`)).status).toBe(404);
    expect((await api(`/api/v1/challenges/${other}/questions`, { token: world.users.solver.token })).status).toBe(404);
    expect((await api(`/api/v1/challenges/${other}/questions`, { token: world.users.moderator.token })).status).toBe(
      200,
    );
  });
});
