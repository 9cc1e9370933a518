import { describe, expect, it } from 'vitest';
import { freshCast } from '../../api/evaluation/fixtures';
import { createDraft, inDays, transition } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

// The stage editor of a challenge's authoring (issue 15): a plain form for up to five stages,
// posted to the domain function PUT …/stages uses, messages per field in the page's language.

const day = (days: number) => inDays(days).slice(0, 10);

/** Stage 1 as the form shows it, and a second stage with a budget and a work plan. */
const twoStageFields = (version: string, overrides: Record<string, string> = {}) => ({
  version,
  'stages.0.kind': 'expression_of_interest',
  'stages.0.deadline': day(30),
  'stages.0.evaluation_deadline': day(40),
  'stages.0.min_evaluations': '2',
  'stages.0.required_fields.title': 'on',
  'stages.0.required_fields.summary': 'on',
  'stages.0.criteria.0.label': 'Clinical fit',
  'stages.0.criteria.0.weight': '60',
  'stages.0.criteria.0.description': 'Who it helps.',
  'stages.0.criteria.1.label': 'Feasibility',
  'stages.0.criteria.1.weight': '40',
  'stages.1.name': 'Full proposal',
  'stages.1.kind': 'full_proposal',
  'stages.1.deadline': day(60),
  'stages.1.min_evaluations': '3',
  'stages.1.share_feedback': 'on',
  'stages.1.required_fields.budget': 'on',
  'stages.1.required_fields.work_plan': 'on',
  'stages.1.criteria.0.label': 'Value for money',
  'stages.1.criteria.0.weight': '100',
  ...overrides,
});

describe('the stage editor', () => {
  it('saves two stages, shows them again, and is linked from the draft’s edit page', { timeout: 30_000 }, async () => {
    const { owner, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    const edit = await (await page(`/challenges/${draft.id}/edit`, owner.cookie)).text();
    expect(edit).toContain(`href="/challenges/${draft.id}/stages"`);
    const form = await page(`/challenges/${draft.id}/stages`, owner.cookie);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<h1>Stages of the challenge</h1>');
    expect(html).toContain(`name="version" value="${draft.version}"`);
    expect(html).toContain('<legend>Stage 5</legend>');

    const saved = await postForm(`/challenges/${draft.id}/stages`, owner.cookie, twoStageFields(String(draft.version)));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/challenges/${draft.id}/stages?done=saved`);
    const { body } = await must(api(`/api/v1/challenges/${draft.id}/stages`, { token: owner.token }));
    expect(body.data).toHaveLength(2);
    expect(body.data[0]).toMatchObject({ kind: 'expression_of_interest', min_evaluations: 2 });
    expect(body.data[0].criteria).toEqual([
      { key: 'clinical_fit', label: 'Clinical fit', weight: 60, description: 'Who it helps.' },
      { key: 'feasibility', label: 'Feasibility', weight: 40 },
    ]);
    expect(body.data[1]).toMatchObject({
      name: 'Full proposal',
      kind: 'full_proposal',
      share_feedback: true,
      required_fields: ['budget', 'work_plan'],
    });
    expect(body.data[1].criteria.map((c: { key: string }) => c.key)).toEqual(['s2_value_for_money']);

    const again = await (await page(`/challenges/${draft.id}/stages?done=saved`, owner.cookie)).text();
    expect(again).toContain('The stages are saved.');
    expect(again).toContain('value="Full proposal"');
    expect(again).toMatch(/name="stages\.1\.required_fields\.budget" type="checkbox" checked/);
  });

  it('says what is wrong per field, in German too, and keeps what was typed; a stale version is said as elsewhere', {
    timeout: 30_000,
  }, async () => {
    const { owner, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    const path = `/challenges/${draft.id}/stages`;
    // Stage 2 asks solvers for nothing.
    const empty = twoStageFields(String(draft.version));
    delete (empty as Record<string, string>)['stages.1.required_fields.budget'];
    delete (empty as Record<string, string>)['stages.1.required_fields.work_plan'];
    const en = await postForm(path, owner.cookie, empty);
    expect(en.status).toBe(400);
    const enHtml = await en.text();
    expect(enHtml).toContain(
      '<a href="#stages.1.required_fields">Stage 2: What solvers fill in for this stage: tick at least one.</a>',
    );
    expect(enHtml).toContain('value="Value for money"');
    // Stage 2 closes before stage 1 is evaluated.
    const early = twoStageFields(String(draft.version), { 'stages.1.deadline': day(35) });
    const de = await postForm(`${path}?lang=de`, owner.cookie, early);
    expect(de.status).toBe(400);
    const deHtml = await de.text();
    expect(deHtml).toContain('<html lang="de"');
    expect(deHtml).toContain(
      'Phase 2: Einreichungsschluss: Wählen Sie ein Datum nach dem Ende der Bewertung der vorigen Phase.',
    );
    expect(deHtml).toMatch(/id="stages\.1\.deadline"[^>]*aria-invalid="true"/);
    // Nothing was written.
    const { body } = await must(api(`/api/v1/challenges/${draft.id}/stages`, { token: owner.token }));
    expect(body.data).toHaveLength(1);

    // As the challenge form says it: what was typed stays, with the current version to save over it.
    const stale = await postForm(`${path}?lang=de`, owner.cookie, twoStageFields(String(draft.version + 3)));
    expect(stale.status).toBe(400);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain('Jemand hat dies geändert, während Sie es bearbeitet haben.');
    expect(staleHtml).toContain('value="Full proposal"');
    expect(staleHtml).toContain(`name="version" value="${draft.version}"`);
  });

  it('is there only while the stages may be set: not after submission for approval, nor for others', {
    timeout: 30_000,
  }, async () => {
    const { owner, cluster, moderator } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    expect((await page(`/challenges/${draft.id}/stages`, moderator.cookie)).status).not.toBe(200);
    await must(transition(owner, draft.id, 'submit'));
    expect((await page(`/challenges/${draft.id}/stages`, owner.cookie)).status).toBe(409);
    const edit = await (await page(`/challenges/${draft.id}/edit`, moderator.cookie)).text();
    expect(edit).not.toContain(`href="/challenges/${draft.id}/stages"`);
  });
});
