import { describe, expect, it } from 'vitest';
import { evaluate, scoresOf } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { calibrationFixture } from '../../helpers/quality';

// The evaluation report page (issue 14) on the hand-checkable fixture: H scores S1..S3 with 2, 1, 1
// and is recused from S4, L gives 5, 5, 4, 5 and M 4, 3, 2, 4, one value on every criterion. So each
// criterion's distribution of the 11 scores is 1 ×2, 2 ×2, 3 ×1, 4 ×3, 5 ×3, and the jurors'
// leniency (their mean weighted score minus 625/11) is H −48.5, L +36.9, M −0.6.

/** The `<svg role="img">` elements of a page, each with its title and desc. */
const charts = (html: string) =>
  [...html.matchAll(/<svg[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/g)].map((m) => ({
    title: /<title[^>]*>([^<]*)<\/title>/.exec(m[1] ?? '')?.[1],
    desc: /<desc[^>]*>([^<]*)<\/desc>/.exec(m[1] ?? '')?.[1],
  }));

describe('the evaluation report page', () => {
  it('has a heading per section, the tables, the CSV links, and charts that say their figures beside a table', {
    timeout: 30_000,
  }, async () => {
    const { id, owner, M, S1 } = await calibrationFixture();
    await evaluate(M, S1, scoresOf([4]), 'Clear plan; needs a pilot.');
    const res = await page(`/challenges/${id}/evaluation-report`, owner.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Evaluation report</h1>');
    for (const heading of [
      'Download as CSV',
      'How the scores are computed',
      'Ranking by both methods',
      'Mean and spread per criterion',
      'Agreement between jurors',
      'How the scores are distributed',
      'Jurors and their leniency',
      'Conflicts of interest and recusals',
      'The jury’s comments',
      'Decision',
    ]) {
      expect(html, heading).toMatch(new RegExp(`<h2 id="[^"]+">${heading}</h2>`));
    }
    for (const table of ['ranking', 'jurors', 'conflicts', 'comments', 'agreement']) {
      expect(html).toContain(`href="/api/v1/challenges/${id}/evaluation-report?format=csv&amp;table=${table}"`);
    }
    expect(html).toContain('The two methods differ in the first 3 places.');
    expect(html).toContain('Scored by fewer than 3 jurors');
    expect(html).toContain('Clear plan; needs a pilot.');
    expect(html).toContain('<td>S4 solution</td>'); // the recusal
    // Six distribution charts and one of leniency, each an image named and described by its figures.
    const found = charts(html);
    expect(found).toHaveLength(7);
    const distribution = found.slice(0, 6);
    for (const chart of distribution) {
      expect(chart.title).toMatch(/^Scores given on /);
      expect(chart.desc).toBe('Number of times each score was given: 1: 2, 2: 2, 3: 1, 4: 3 and 5: 3.');
    }
    const leniency = found[6];
    expect(leniency?.title).toMatch(/^Leniency of each juror/);
    expect(leniency?.desc).toMatch(/^Leniency per juror: Test clinician: −48\.5, Test clinician: \+36\.9/);
    // The table alternatives: the distribution as numbers, the jurors with their leniency.
    expect(html).toContain('<h3 id="report-distribution-table">Scores given, by criterion</h3>');
    expect(html).toMatch(/<th scope="col">Score 1<\/th>/);
    expect(html).toContain('<td>−48.5</td>');
    expect(html).toContain('<td>+36.9</td>');
    // Linked from the ranking page.
    const ranking = await (await page(`/challenges/${id}/ranking`, owner.cookie)).text();
    expect(ranking).toContain(`href="/challenges/${id}/evaluation-report"`);
  });

  it('in Italian', { timeout: 30_000 }, async () => {
    const { id, owner } = await calibrationFixture();
    const html = await (await page(`/challenges/${id}/evaluation-report?lang=it`, owner.cookie)).text();
    expect(html).toContain('<html lang="it"');
    expect(html).toContain('<h1>Rapporto di valutazione</h1>');
    expect(html).toContain('Giurati e loro indulgenza');
    expect(html).toContain('Quante volte è stato dato ciascun voto: 1: 2, 2: 2, 3: 1, 4: 3 e 5: 3.');
    expect(html).toContain('Voti assegnati, per criterio');
  });

  it('after the decision: the winners, the override note, and a link from the challenge page', {
    timeout: 30_000,
  }, async () => {
    const { id, owner, S4, H } = await calibrationFixture();
    const note = 'Two thorough evaluations; the third juror was recused.';
    await must(
      api(`/api/v1/challenges/${id}/decision`, {
        token: owner.token,
        body: { winners: [S4], note: 'Decided at the jury meeting.', overrides: [{ solution_id: S4, note }] },
      }),
    );
    const html = await (await page(`/challenges/${id}/evaluation-report`, owner.cookie)).text();
    expect(html).toContain('Decided at the jury meeting.');
    expect(html).toContain('<h3>Winners</h3>');
    expect(html).toContain(`<strong>S4 solution</strong>: ${note}`);
    const challenge = await (await page(`/challenges/${id}`, owner.cookie)).text();
    expect(challenge).toContain(`href="/challenges/${id}/evaluation-report"`);
    const jurorView = await (await page(`/challenges/${id}`, H.cookie)).text();
    expect(jurorView).not.toContain('/evaluation-report');
  });

  it('is refused to a juror, whose ranking page does not link it', { timeout: 30_000 }, async () => {
    const { id, H } = await calibrationFixture();
    const juror = await page(`/challenges/${id}/evaluation-report`, H.cookie);
    expect(juror.status).toBe(403);
    // A juror's ranking page does not link it.
    const ranking = await (await page(`/challenges/${id}/ranking`, H.cookie)).text();
    expect(ranking).not.toContain('/evaluation-report');
  });
});
