import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, draftBody, inDays, openChallenge, transition } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const countChallenges = async (title: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM challenges WHERE title = ?').bind(title).first<{ n: number }>())?.n;

describe('posting a challenge', () => {
  it('creates a draft with every field, default criteria, tags and an audit entry', async () => {
    const { clinician } = world.users;
    const res = await api('/api/v1/challenges', { token: clinician.token, body: draftBody(world.cluster.slug) });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/challenges/${res.body.id}`);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      cluster: { slug: world.cluster.slug },
      owner: { id: clinician.id },
      icd10_code: 'C34.9',
      care_pathway_step: 'diagnosis',
      regulation: 'ivdr',
      device_class: 'C',
      data_on_offer: 'pseudonymised',
      involves_patient_data: true,
      tags: ['companion-diagnostics', 'oncology'],
      endorsement_count: 0,
      questions: [],
    });
    expect(res.body.criteria.map((c: { key: string; weight: number }) => [c.key, c.weight])).toEqual([
      ['clinical_impact', 30],
      ['feasibility', 20],
      ['innovation', 15],
      ['trl_fit', 15],
      ['regulatory_data_readiness', 10],
      ['business_case', 10],
    ]);
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_log WHERE entity_id = ? AND action = 'challenge.create'",
    )
      .bind(res.body.id)
      .first<{ actor_id: string }>();
    expect(audit?.actor_id).toBe(clinician.id);
  });

  it('takes custom criteria and weights', async () => {
    const criteria = [
      { key: 'clinical_value', label: 'Clinical value', weight: 60 },
      { key: 'cost', label: 'Cost', weight: 40 },
    ];
    const res = await api('/api/v1/challenges', {
      token: world.users.clinician.token,
      body: draftBody(world.cluster.slug, { criteria }),
    });
    expect(res.status).toBe(201);
    expect(res.body.criteria).toEqual(criteria);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['a short title', { title: 'Short' }, 'title'],
    ['a missing indication', { indication: undefined }, 'indication'],
    ['an invalid ICD-10 code', { icd10_code: 'not-icd' }, 'icd10_code'],
    ['an unknown care-pathway step', { care_pathway_step: 'surgery' }, 'care_pathway_step'],
    ['a TRL above 9', { trl_max: 10 }, 'trl_max'],
    ['a TRL range upside down', { trl_min: 7, trl_max: 3 }, 'trl_max'],
    ['a TRL that is text', { trl_min: 'four' }, 'trl_min'],
    ['a zero weight', { criteria: [{ key: 'impact', label: 'Impact', weight: 0 }] }, 'criteria.0.weight'],
    [
      'duplicate criteria keys',
      {
        criteria: [
          { key: 'impact', label: 'Impact', weight: 50 },
          { key: 'impact', label: 'Again', weight: 50 },
        ],
      },
      'criteria.1.key',
    ],
    ['a bad deadline', { deadline: 'next friday' }, 'deadline'],
    ['an unknown visibility', { visibility: 'secret' }, 'visibility'],
    ['a bad tag', { tags: ['Not A Tag!'] }, 'tags.0'],
    ['an over-long summary', { summary: 'x'.repeat(601) }, 'summary'],
    ['an unknown cluster', { cluster: 'atlantis' }, 'cluster'],
    ['an unknown field', { owner_id: 'someone-else' }, '(root)'],
  ];
  for (const [what, override, path] of bad) {
    it(`refuses ${what} with 400 naming ${path}, and writes nothing`, async () => {
      const title = `Refused challenge ${crypto.randomUUID()}`;
      const res = await api('/api/v1/challenges', {
        token: world.users.clinician.token,
        body: draftBody(world.cluster.slug, { title, ...override }),
      });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await countChallenges(String(override.title ?? title))).toBe(0);
    });
  }
});

describe('editing a challenge', () => {
  it('lets the owner edit a draft with the version, and refuses a stale version with 412', async () => {
    const { clinician } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const first = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: clinician.token,
      body: { version: 1, title: 'A sharper title for the same need', tags: ['oncology'] },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, title: 'A sharper title for the same need', tags: ['oncology'] });

    const stale = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: clinician.token,
      body: { version: 1, title: 'An edit based on the old version' },
    });
    expect(isProblem(stale, 412, 'stale_version')).toBe(true);
    expect(stale.body.current_version).toBe(2);
    const row = await env.DB.prepare('SELECT title, version FROM challenges WHERE id = ?').bind(draft.id).first();
    expect(row).toEqual({ title: 'A sharper title for the same need', version: 2 });
  });

  it('accepts the ETag as If-Match, and requires a version', async () => {
    const { clinician } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const read = await api(`/api/v1/challenges/${draft.id}`, { token: clinician.token });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"v1-[0-9a-f]+"$/);
    const ok = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: clinician.token,
      headers: { 'if-match': etag },
      body: { summary: 'Patients wait three weeks for results; we need them within ten days.' },
    });
    expect(ok.status).toBe(200);
    const missing = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: clinician.token,
      body: { summary: 'x'.repeat(30) },
    });
    expect(isProblem(missing, 400, 'validation_failed')).toBe(true);
    expect(missing.body.errors[0].path).toBe('version');
  });

  it('lets concurrent edits of one version through exactly once', async () => {
    const { clinician } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api(`/api/v1/challenges/${draft.id}`, {
          method: 'PATCH',
          token: clinician.token,
          body: { version: 1, title: `Concurrent title number ${i}`, tags: [`tag-${i}`] },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(7);
    const winner = results.find((r) => r.status === 200)!.body;
    const tags = await env.DB.prepare('SELECT tag FROM challenge_tags WHERE challenge_id = ?').bind(draft.id).all();
    expect(tags.results.map((t) => t.tag)).toEqual(winner.tags);
    const audits = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.edit'",
    )
      .bind(draft.id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(1);
  });

  it('refuses owner edits after submission (409 naming the state); moderators amend after approval, audited', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const byOwner = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: clinician.token,
      body: { version: 3, title: 'Owner edit after approval' },
    });
    expect(isProblem(byOwner, 409, 'invalid_state')).toBe(true);
    expect(byOwner.body.current_state).toBe('open');
    const byModerator = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { version: 3, reward_details: 'Pilot extended to twelve months.' },
    });
    expect(byModerator.status).toBe(200);
    const audit = await env.DB.prepare(
      "SELECT before, after FROM audit_log WHERE entity_id = ? AND action = 'challenge.amend'",
    )
      .bind(id)
      .first<{ before: string; after: string }>();
    expect(JSON.parse(audit!.before)).toMatchObject({ version: 3, reward_details: 'Six-month pilot on one ward.' });
    expect(JSON.parse(audit!.after)).toMatchObject({ version: 4, reward_details: 'Pilot extended to twelve months.' });
  });
});

describe('the life cycle', () => {
  it('runs draft → in_review → changes_requested → in_review → open → evaluation → archived, audited', async () => {
    const { clinician, moderator } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const steps: [typeof clinician, string, string, string?][] = [
      [clinician, 'submit', 'in_review'],
      [moderator, 'request_changes', 'changes_requested', 'Please add a measurable KPI.'],
      [clinician, 'submit', 'in_review'],
      [moderator, 'approve', 'open'],
      [clinician, 'start_evaluation', 'evaluation'],
      [moderator, 'archive', 'archived'],
    ];
    for (const [user, action, status, note] of steps) {
      const res = await transition(user, draft.id, action, note);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.status).toBe(status);
    }
    const { results } = await env.DB.prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id')
      .bind(draft.id)
      .all();
    expect(results.map((r) => r.action)).toEqual([
      'challenge.create',
      'challenge.submit',
      'challenge.request_changes',
      'challenge.submit',
      'challenge.approve',
      'challenge.start_evaluation',
      'challenge.archive',
    ]);
  });

  it('shows the moderator note to the owner but not to others', async () => {
    const { clinician, moderator, solver } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    await transition(clinician, draft.id, 'submit');
    await transition(moderator, draft.id, 'request_changes', 'Add the patient population size.');
    expect((await api(`/api/v1/challenges/${draft.id}`, { token: clinician.token })).body.moderator_note).toBe(
      'Add the patient population size.',
    );
    expect((await api(`/api/v1/challenges/${draft.id}`, { token: solver.token })).status).toBe(404);
  });

  it('answers an illegal move with 409 naming the current state and what is possible', async () => {
    const { clinician } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    const res = await transition(clinician, draft.id, 'start_evaluation');
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(res.body).toMatchObject({ current_state: 'draft', allowed_actions: ['submit', 'withdraw'] });
    expect(res.body.detail).toContain('draft');
  });

  it('requires a note to request changes or reject, and a future deadline to submit', async () => {
    const { clinician, moderator } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    await transition(clinician, draft.id, 'submit');
    for (const action of ['request_changes', 'reject']) {
      const res = await transition(moderator, draft.id, action);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors[0].path).toBe('note');
    }
    // A draft whose deadline passed while it waited (a past deadline is refused when saving).
    const late = await createDraft(clinician, world.cluster.slug);
    await env.DB.prepare('UPDATE challenges SET deadline = ? WHERE id = ?').bind(inDays(-1), late.id).run();
    const res = await transition(clinician, late.id, 'submit');
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors[0].path).toBe('deadline');
    const row = await env.DB.prepare('SELECT status FROM challenges WHERE id = ?').bind(late.id).first();
    expect(row?.status).toBe('draft');
  });

  it('refuses an unknown action with 400', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const res = await transition(world.users.clinician, draft.id, 'publish');
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors[0].path).toBe('action');
  });
});
