import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, draftBody, openChallenge, transition } from '../../helpers/challenges';
import { api, BASE } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { challengeFields, dateIn, fieldError, fieldValue } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const stored = (id: string) =>
  env.DB.prepare('SELECT title, deadline, version, status FROM challenges WHERE id = ?')
    .bind(id)
    .first<{ title: string; deadline: string; version: number; status: string }>();

/** The edit form posted as enhance.js posts it while she types: the same fields, asking for JSON. */
const saveAsSheGoes = (id: string, cookie: string, fields: Record<string, string>) => {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return SELF.fetch(`${BASE}/challenges/${id}/edit`, {
    method: 'POST',
    headers: { accept: 'application/json', cookie, origin: BASE },
    body,
  });
};

describe("the owner's edit form", () => {
  it('refuses a past deadline together with every other problem, in one round, and changes nothing', async () => {
    const anna = world.users.clinician;
    const draft = await createDraft(anna, world.cluster.slug);
    const res = await postForm(
      `/challenges/${draft.id}/edit`,
      anna.cookie,
      challengeFields('', {
        version: '1',
        title: 'Short',
        deadline: dateIn(-2),
        regulation: 'ivdr',
        device_class: 'I',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(fieldError(html, 'title')).toBeTruthy();
    expect(fieldError(html, 'deadline')).toBe('Choose a day after today for “Submissions close”.');
    expect(fieldError(html, 'device_class')).toBeTruthy();
    await expect(stored(draft.id)).resolves.toMatchObject({ version: 1 });
  });

  it('saves as she goes: JSON with the next version; an older version is refused as stale; invalid fields are named', async () => {
    const anna = world.users.clinician;
    const draft = await createDraft(anna, world.cluster.slug);
    const title = 'Home monitoring after valve surgery, saved on the way';
    const first = await saveAsSheGoes(draft.id, anna.cookie, challengeFields('', { version: '1', title }));
    expect(first.status).toBe(200);
    const saved = (await first.json()) as { saved: boolean; version: number; saved_at: string };
    expect(saved).toMatchObject({ saved: true, version: 2 });
    expect(Date.parse(saved.saved_at)).toBeGreaterThan(Date.now() - 60_000);
    await expect(stored(draft.id)).resolves.toMatchObject({ title, version: 2, status: 'draft' });

    // The next periodic save sends the version it was given…
    const second = await saveAsSheGoes(
      draft.id,
      anna.cookie,
      challengeFields('', { version: '2', title: `${title}!` }),
    );
    expect(await second.json()).toMatchObject({ saved: true, version: 3 });
    // …one based on an older version (another tab) is not saved over it.
    const stale = await saveAsSheGoes(
      draft.id,
      anna.cookie,
      challengeFields('', { version: '2', title: 'An edit from an old tab' }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ saved: false, stale: true });
    // Half-typed: nothing saved, and the fields named for the page to show on the next save by hand.
    const invalid = await saveAsSheGoes(draft.id, anna.cookie, challengeFields('', { version: '3', title: 'Sho' }));
    expect(invalid.status).toBe(400);
    const refusal = (await invalid.json()) as { saved: boolean; stale: boolean; errors: Record<string, string> };
    expect(refusal).toMatchObject({ saved: false, stale: false });
    expect(Object.keys(refusal.errors)).toEqual(['title']);
    await expect(stored(draft.id)).resolves.toMatchObject({ title: `${title}!`, version: 3 });
  });

  it('shows her tags as words and her criteria with their descriptions, and never asks for a key', async () => {
    const anna = world.users.clinician;
    const draft = await createDraft(anna, world.cluster.slug, { tags: ['remote-monitoring', 'oncology'] });
    const html = await (await page(`/challenges/${draft.id}/edit`, anna.cookie)).text();
    expect(fieldValue(html, 'tags')).toBe('oncology, remote monitoring');
    // Created through the API without criteria: the defaults, with what a good answer looks like.
    expect(fieldValue(html, 'criteria.0.label')).toBe('Clinical impact');
    expect(html).toMatch(/<textarea id="criteria\.0\.description"[^>]*>How much better care would be/);
    expect(html).not.toContain('.key"');
  });
});

describe("the moderators' note where the owner works", () => {
  it('is a request on her edit page while changes are requested, and resolved once approved', async () => {
    const { clinician: anna, moderator } = world.users;
    const draft = await createDraft(anna, world.cluster.slug);
    await transition(anna, draft.id, 'submit');
    const note = 'Please say how many patients a year have valve surgery in your hospital.';
    expect((await transition(moderator, draft.id, 'request_changes', note)).status).toBe(200);

    const editing = await (await page(`/challenges/${draft.id}/edit`, anna.cookie)).text();
    expect(editing).toContain('<h2 id="moderator-note-title">The moderators asked for changes</h2>');
    expect(editing).toContain(note);
    expect(editing).toContain('submit the challenge for review again');

    const waiting = await api(`/api/v1/challenges/${draft.id}`, { token: anna.token });
    expect(waiting.body.moderator_note_standing).toBe('pending');
    await transition(anna, draft.id, 'submit');
    const answered = await api(`/api/v1/challenges/${draft.id}`, { token: moderator.token });
    expect(answered.body.moderator_note_standing).toBe('answered');
    expect((await transition(moderator, draft.id, 'approve')).status).toBe(200);
    const approved = await api(`/api/v1/challenges/${draft.id}`, { token: anna.token });
    expect(approved.body).toMatchObject({ moderator_note: note, moderator_note_standing: 'resolved' });
    // Solvers never see it.
    const solver = await api(`/api/v1/challenges/${draft.id}`, { token: world.users.solver.token });
    expect(solver.body).toMatchObject({ moderator_note: null, moderator_note_standing: null });

    // Where the moderator amends it now, the note reads as resolved, not as a pending request.
    const amending = await (await page(`/challenges/${draft.id}/edit`, moderator.cookie)).text();
    expect(amending).toContain('<h2 id="moderator-note-title">Resolved: the moderators’ earlier request</h2>');
    expect(amending).not.toContain('The moderators asked for changes');
  });
});

describe("a moderator's amendment after approval", () => {
  it('keeps the fixed criteria out of the form, lets a passed deadline stay, and refuses one moved into the past', async () => {
    const { clinician: anna, moderator } = world.users;
    const id = await openChallenge(anna, moderator, world.cluster.slug);
    const passed = new Date(Date.now() - 2 * 86_400_000);
    passed.setUTCHours(23, 59, 59, 0);
    await env.DB.prepare('UPDATE challenges SET deadline = ? WHERE id = ?').bind(passed.toISOString(), id).run();

    const form = await (await page(`/challenges/${id}/edit`, moderator.cookie)).text();
    expect(form).toContain('The criteria and their weights are fixed since the challenge was approved.');
    expect(form).not.toContain('name="criteria.0.label"');
    expect(form).toContain('<button type="submit">Save changes</button>');

    const { version } = (await stored(id)) ?? { version: 0 };
    const amend = (fields: Record<string, string>) =>
      postForm(
        `/challenges/${id}/edit`,
        moderator.cookie,
        challengeFields('', { version: String(version), ...fields }),
      );
    const moved = await amend({ deadline: dateIn(-5) });
    expect(moved.status).toBe(400);
    expect(fieldError(await moved.text(), 'deadline')).toBeTruthy();
    const kept = await amend({
      deadline: passed.toISOString().slice(0, 10),
      title: 'Home monitoring after valve surgery',
    });
    expect(kept.status).toBe(303);
    await expect(stored(id)).resolves.toMatchObject({ title: 'Home monitoring after valve surgery' });
  });
});

describe('the API follows the same rules', () => {
  it('refuses a past deadline on create and on an owner’s edit', async () => {
    const anna = await registerUser('clinician');
    const created = await api('/api/v1/challenges', {
      token: anna.token,
      body: draftBody(world.cluster.slug, { deadline: new Date(Date.now() - 3_600_000).toISOString() }),
    });
    expect(created.status).toBe(400);
    expect(created.body.errors.map((e: { path: string }) => e.path)).toEqual(['deadline']);

    const draft = await createDraft(anna, world.cluster.slug);
    const patched = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: anna.token,
      body: { version: 1, deadline: new Date(Date.now() - 3_600_000).toISOString(), trl_min: 8 },
    });
    expect(patched.status).toBe(400);
    // Both problems at once: the TRL range against the stored highest TRL (7), and the deadline.
    expect(patched.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['deadline', 'trl_max']);
  });

  it('refuses a device class of another regulation, also against the stored one', async () => {
    const anna = await registerUser('clinician');
    const created = await api('/api/v1/challenges', {
      token: anna.token,
      body: draftBody(world.cluster.slug, { regulation: 'mdr', device_class: 'C' }),
    });
    expect(created.status).toBe(400);
    expect(created.body.errors.map((e: { path: string }) => e.path)).toEqual(['device_class']);

    const draft = await createDraft(anna, world.cluster.slug); // IVDR, class C
    const patched = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: anna.token,
      body: { version: 1, regulation: 'none' },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.errors.map((e: { path: string }) => e.path)).toEqual(['device_class']);
    const fixed = await api(`/api/v1/challenges/${draft.id}`, {
      method: 'PATCH',
      token: anna.token,
      body: { version: 1, regulation: 'none', device_class: null },
    });
    expect(fixed.status).toBe(200);
  });

  it('makes keys from criterion names when left out, and refuses two criteria of the same name', async () => {
    const anna = await registerUser('clinician');
    const created = await api('/api/v1/challenges', {
      token: anna.token,
      body: draftBody(world.cluster.slug, {
        criteria: [
          { label: 'Klinischer Nutzen', description: 'Weniger Wiederaufnahmen.', weight: 50 },
          { label: 'Größe & Kosten', weight: 30 },
          { key: 'own_key', label: 'Eigene', weight: 20 },
        ],
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body.criteria).toEqual([
      { key: 'klinischer_nutzen', label: 'Klinischer Nutzen', description: 'Weniger Wiederaufnahmen.', weight: 50 },
      { key: 'grosse_kosten', label: 'Größe & Kosten', weight: 30 },
      { key: 'own_key', label: 'Eigene', weight: 20 },
    ]);
    const twice = await api('/api/v1/challenges', {
      token: anna.token,
      body: draftBody(world.cluster.slug, {
        criteria: [
          { label: 'Cost', weight: 50 },
          { label: 'cost', weight: 50 },
        ],
      }),
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors.map((e: { path: string }) => e.path)).toEqual(['criteria.1.label']);
  });

  it('returns the default criteria with their descriptions', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const res = await api(`/api/v1/challenges/${draft.id}`, { token: world.users.clinician.token });
    expect(res.body.criteria.map((c: { key: string }) => c.key)).toEqual([
      'clinical_impact',
      'feasibility',
      'innovation',
      'trl_fit',
      'regulatory_data_readiness',
      'business_case',
    ]);
    for (const criterion of res.body.criteria) expect(criterion.description.length).toBeGreaterThan(20);
  });
});
