import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { DEFAULT_KEYS, declare, scoresOf } from '../../helpers/evaluation';
import { page, postForm } from '../../helpers/pages';
import { describeCriteria, judgingWorld } from './fixtures';

const drafts = (solutionId: string) =>
  count('SELECT count(*) AS n FROM evaluation_drafts WHERE solution_id = ?', solutionId);
const evaluations = (solutionId: string) =>
  count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', solutionId);

/** A jury member cleared on the one solution of a challenge in evaluation. */
async function cleared() {
  const world = await judgingWorld({ n: 1 });
  const solution = world.solutions[0] ?? { id: '', title: '' };
  const juror = world.jury[0] ?? (await registerUser());
  await declare(juror, solution.id, false);
  return { ...world, solution, juror };
}

/** The score form's fields: every default criterion at `value`, but those left out. */
const fields = (value: number, leaveOut: readonly string[] = []) =>
  Object.fromEntries(
    Object.entries(scoresOf([value]))
      .filter(([key]) => !leaveOut.includes(key))
      .map(([key, v]) => [`scores.${key}`, String(v)]),
  );

describe('the score page', { timeout: 20_000 }, () => {
  it('shows what a good answer looks like under each criterion, tied to its choices', async () => {
    const { id, solution, juror } = await cleared();
    await describeCriteria(id);
    const res = await page(`/solutions/${solution.id}/evaluation`, juror.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Good: Clinical impact shown with evidence.');
    expect(html).toContain('Good: Business case shown with evidence.');
    expect(html).toContain('aria-describedby="scores.clinical_impact-description"');
    expect(html).toContain('id="scores.clinical_impact-description"');
    // Five choices per criterion, each read out as "4 · good".
    expect(html.match(/name="scores\.feasibility"/g)).toHaveLength(5);
    expect(html).toContain('<span class="visually-hidden"> · </span>good');
    expect(html).toContain(`href="/solutions/${solution.id}"`);
  });

  it('saves part of a score to finish later: it counts nowhere, the work list says "started", the form comes back filled', async () => {
    const { id, solution, juror, owner } = await cleared();
    const res = await postForm(`/solutions/${solution.id}/evaluation`, juror.cookie, {
      ...fields(4, DEFAULT_KEYS.slice(2)),
      comment: 'Strong evidence so far.',
      intent: 'draft',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/challenges/${id}/solutions?done=draft`);
    await expect(drafts(solution.id)).resolves.toBe(1);
    await expect(evaluations(solution.id)).resolves.toBe(0);

    const list = await (await page(`/challenges/${id}/solutions?done=draft`, juror.cookie)).text();
    expect(list).toContain('Your scores so far are saved. They count once you finish them.');
    expect(list).toContain('You have scored 0 of 1 solutions.');
    expect(list).toContain('1 score started, not finished yet.');
    expect(list).toContain('Started, not finished');
    expect(list).toContain(`href="/solutions/${solution.id}/evaluation">Continue scoring`);

    const jury = await (await page(`/challenges/${id}/jury`, owner.cookie)).text();
    expect(jury).toContain('0 of 1');
    const ranking = await (await page(`/challenges/${id}/ranking`, owner.cookie)).text();
    expect(ranking).toContain('<strong>—</strong>');

    const form = await (await page(`/solutions/${solution.id}/evaluation`, juror.cookie)).text();
    expect(form).toContain('You saved part of this score on');
    expect(form).toContain('name="scores.clinical_impact" value="4" checked');
    expect(form).toContain('name="scores.feasibility" value="4" checked');
    expect(form).not.toContain('name="scores.innovation" value="4" checked');
    expect(form).toContain('Strong evidence so far.');

    // Finishing it: the score counts, the draft is gone, the work list says "scored".
    const done = await postForm(`/solutions/${solution.id}/evaluation`, juror.cookie, {
      ...fields(4),
      comment: 'Strong evidence.',
      intent: 'score',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/challenges/${id}/solutions?done=scored`);
    await expect(drafts(solution.id)).resolves.toBe(0);
    await expect(evaluations(solution.id)).resolves.toBe(1);
    const after = await (await page(`/challenges/${id}/solutions`, juror.cookie)).text();
    expect(after).toContain('You have scored 1 of 1 solutions.');
    expect(after).not.toContain('Started, not finished');
    // Now the form changes the score; no draft is offered any more.
    const change = await (await page(`/solutions/${solution.id}/evaluation`, juror.cookie)).text();
    expect(change).toContain('Change your score');
    expect(change).not.toContain('value="draft"');
  });

  it('a draft with nothing in it, and a score with a criterion left out, are answered in the page language', async () => {
    const { solution, juror } = await cleared();
    const empty = await postForm(`/solutions/${solution.id}/evaluation?lang=de`, juror.cookie, { intent: 'draft' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain(
      'Wählen Sie für mindestens ein Kriterium eine Bewertung oder schreiben Sie einen Kommentar, bevor Sie zwischenspeichern.',
    );
    const missing = await postForm(`/solutions/${solution.id}/evaluation?lang=it`, juror.cookie, {
      ...fields(3, ['trl_fit']),
      intent: 'score',
    });
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain('id="scores.trl_fit-error"');
    expect(html).toContain('TRL fit: Manca: valuta ogni criterio da 1 a 5.');
    expect(html).toContain('name="scores.feasibility" value="3" checked');
    await expect(drafts(solution.id)).resolves.toBe(0);
    await expect(evaluations(solution.id)).resolves.toBe(0);
  });

  it('a jury member who has not declared is sent to the declaration: the message is a link to it', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 1 });
    const solution = solutions[0] ?? { id: '' };
    const juror = jury[0] ?? (await registerUser());
    const res = await page(`/solutions/${solution.id}/evaluation`, juror.cookie);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('Declare a conflict of interest first');
    expect(html).toContain(`href="/challenges/${id}/conflicts#conflicts.${solution.id}"`);
    const post = await postForm(`/solutions/${solution.id}/evaluation`, juror.cookie, {
      ...fields(5),
      intent: 'score',
    });
    expect(post.status).toBe(403);
    await expect(evaluations(solution.id)).resolves.toBe(0);
    // On the work list too.
    const list = await (await page(`/challenges/${id}/solutions`, juror.cookie)).text();
    expect(list).toContain(
      `<a href="/challenges/${id}/conflicts#conflicts.${solution.id}">Declare a conflict of interest first</a>`,
    );
  });

  it('only the jury scores: the owner is refused, a stranger finds nothing', async () => {
    const { solution, owner } = await cleared();
    const stranger = await registerUser('solver');
    expect((await page(`/solutions/${solution.id}/evaluation`, owner.cookie)).status).toBe(403);
    expect((await page(`/solutions/${solution.id}/evaluation`, stranger.cookie)).status).toBe(404);
  });

  it('before the evaluation starts, the page says when scoring opens and offers no form', async () => {
    const { solutions, jury } = await judgingWorld({ n: 1, open: true });
    const solution = solutions[0] ?? { id: '' };
    const juror = jury[0] ?? (await registerUser());
    await declare(juror, solution.id, false);
    const html = await (await page(`/solutions/${solution.id}/evaluation`, juror.cookie)).text();
    expect(html).toContain('Scoring opens when the owner closes submissions');
    expect(html).not.toContain('type="radio"');
  });
  it('the solution page scores with the same form: descriptions, the draft filled in, "finish later"', async () => {
    const { id, solution, juror } = await cleared();
    await describeCriteria(id);
    await postForm(`/solutions/${solution.id}/evaluation`, juror.cookie, {
      ...fields(3, DEFAULT_KEYS.slice(1)),
      intent: 'draft',
    });
    const html = await (await page(`/solutions/${solution.id}`, juror.cookie)).text();
    expect(html).toContain('Good: Clinical impact shown with evidence.');
    expect(html).toContain('name="scores.clinical_impact" value="3" checked');
    expect(html).not.toContain('name="scores.feasibility" value="3" checked');
    expect(html).toContain('name="intent" value="draft"');
    expect(html).toContain(`action="/solutions/${solution.id}/evaluation"`);
  });
});
