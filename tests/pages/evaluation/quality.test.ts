import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { count } from '../../helpers/db';
import { page, postForm } from '../../helpers/pages';
import { calibrationFixture } from '../../helpers/quality';

// The ranking page with both methods, the minimum of evaluations and the agreement between jurors
// (issue 14), on the hand-checkable fixture: weighted S4 > S1 > S2 > S3, normalised S1 > S4 > S2 > S3;
// S4 was scored by 2 of the 3 jurors the challenge asks for.

const order = (html: string, titles: string[]) =>
  titles.map((t) => ({ t, at: html.indexOf(`>${t}</a>`) })).sort((a, b) => a.at - b.at);

describe('the ranking page: methods, minimum, agreement', () => {
  it('shows the weighted ranking, a link to the normalised one, the disagreement, the flag and the override field', {
    timeout: 30_000,
  }, async () => {
    const { id, owner, S4 } = await calibrationFixture();
    const res = await page(`/challenges/${id}/ranking`, owner.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<strong aria-current="page">Weighted mean</strong>');
    expect(html).toContain(`href="/challenges/${id}/ranking?method=normalised"`);
    expect(html).toContain('Ranked by the weighted mean');
    expect(html).toContain('The two methods differ in the first 3 places.');
    expect(html).toContain('Scored by fewer than 3 jurors');
    expect(html).toContain(`name="override.${S4}"`);
    expect(html).toContain('Why “S4 solution” may win with fewer than 3 scores');
    const ranks = order(html.slice(0, html.indexOf('id="means-title"')), [
      'S1 solution',
      'S2 solution',
      'S3 solution',
      'S4 solution',
    ]);
    expect(ranks.map((r) => r.t)).toEqual(['S4 solution', 'S1 solution', 'S2 solution', 'S3 solution']);
    // Agreement: α per criterion (−0.015 on this fixture: the harsh juror disagrees) read as low.
    expect(html).toContain('<h2 id="agreement-title">Agreement between jurors</h2>');
    expect(html).toContain('Krippendorff&#39;s alpha (interval)');
    expect(html).toContain('<td>-0.015</td>');
    expect(html).toContain('Low agreement');
    expect(html).toContain('To discuss before deciding');

    const normalised = await (await page(`/challenges/${id}/ranking?method=normalised`, owner.cookie)).text();
    expect(normalised).toContain('<strong aria-current="page">Normalised per juror</strong>');
    expect(normalised).toContain('Ranked by scores normalised per juror');
    const n = order(normalised.slice(0, normalised.indexOf('id="means-title"')), [
      'S1 solution',
      'S2 solution',
      'S3 solution',
      'S4 solution',
    ]);
    expect(n.map((r) => r.t)).toEqual(['S1 solution', 'S4 solution', 'S2 solution', 'S3 solution']);
  });

  it('in German too', { timeout: 30_000 }, async () => {
    const { id, owner } = await calibrationFixture();
    const html = await (await page(`/challenges/${id}/ranking?lang=de`, owner.cookie)).text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('Übereinstimmung der Jury');
    expect(html).toContain('Von weniger als 3 Jurymitgliedern bewertet');
    expect(html).toContain('Die beiden Methoden unterscheiden sich auf den ersten 3 Plätzen.');
  });

  it('refuses a flagged winner without a note, on the page, and decides with one', { timeout: 30_000 }, async () => {
    const { id, owner, S1, S2, S3, S4 } = await calibrationFixture();
    const outcomes = {
      [`outcome.${S1}`]: 'shortlisted',
      [`outcome.${S2}`]: 'not_selected',
      [`outcome.${S3}`]: 'not_selected',
      [`outcome.${S4}`]: 'winner',
      confirmed: 'yes',
    };
    const refused = await postForm(`/challenges/${id}/decision`, owner.cookie, outcomes);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('needs a note saying why it may win anyway');
    expect(html).toContain(`name="override.${S4}"`);
    expect(await count('SELECT count(*) AS n FROM decision_overrides WHERE challenge_id = ?', id)).toBe(0);

    const note = 'The third juror was recused; both others rank it first.';
    const decided = await postForm(`/challenges/${id}/decision`, owner.cookie, {
      ...outcomes,
      [`override.${S4}`]: note,
    });
    expect(decided.status).toBe(303);
    const row = await env.DB.prepare('SELECT note FROM decision_overrides WHERE challenge_id = ? AND solution_id = ?')
      .bind(id, S4)
      .first();
    expect(row).toEqual({ note });
  });

  it('the challenge form asks for the minimum of jurors, 3 unless changed', async () => {
    const { owner } = await calibrationFixture();
    const html = await (await page('/challenges/new', owner.cookie)).text();
    expect(html).toContain(
      '<label for="min_evaluations">Minimum number of jurors who score a solution before it may win</label>',
    );
    expect(html).toMatch(/name="min_evaluations" type="number" value="3"[^>]*min="1" max="20"/);
  });
});
