import { describe, expect, it } from 'vitest';
import { freshCast } from '../../api/evaluation/fixtures';
import { openChallenge } from '../../helpers/challenges';
import { page } from '../../helpers/pages';
import { moveToStage, twoStageChallenge } from './fixture';

// The challenge page shows a multi-stage challenge's stages as a timeline (issue 15), and says
// once it is past stage 1 that only the shortlist takes part; the catalogue card says the same.

const timeline = (html: string) =>
  html.slice(html.indexOf('id="stages"'), html.indexOf('</section>', html.indexOf('id="stages"')));

describe('the stages on the challenge page', () => {
  it('lists each stage with its name, kind and deadline, the current one marked', { timeout: 30_000 }, async () => {
    const { id } = await twoStageChallenge();
    const html = await (await page(`/challenges/${id}`)).text();
    const stages = timeline(html);
    expect(stages).toContain('<h2 id="stages-title">Stages</h2>');
    // Stage 1 has no name of its own: the default one.
    expect(stages).toMatch(
      /<li aria-current="step" class="current"><strong>Solutions<\/strong> · Expression of interest · Current stage/,
    );
    expect(stages).toContain('<strong>Full proposal</strong> · Full proposal');
    expect(stages).toContain('Submissions close: <time datetime=');
    expect(stages).toContain('Evaluation ends: <time datetime=');
    expect(stages).not.toContain('shortlist');
  });

  it('says “Stage 2 of 2: open to the shortlist only” once in stage 2, in every language', {
    timeout: 30_000,
  }, async () => {
    const { id, cluster } = await twoStageChallenge();
    const before = await (await page(`/challenges?cluster=${cluster.slug}`)).text();
    expect(before).toContain(`href="/challenges/${id}"`);
    expect(before).not.toContain('open to the shortlist only');
    await moveToStage(id, 2);
    const expected = {
      en: 'Stage 2 of 2: open to the shortlist only',
      de: 'Phase 2 von 2: nur für die Auswahlliste offen',
      it: 'Fase 2 di 2: aperta solo alla rosa dei selezionati',
      ro: 'Etapa 2 din 2: deschisă doar celor preselectați',
    };
    for (const [lang, line] of Object.entries(expected)) {
      const html = await (await page(`/challenges/${id}?lang=${lang}`)).text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(timeline(html)).toContain(line);
    }
    const en = timeline(await (await page(`/challenges/${id}`)).text());
    expect(en).toMatch(/<li aria-current="step" class="current"><strong>Full proposal<\/strong>/);
    // The catalogue card says the same short line.
    const card = await (await page(`/challenges?cluster=${cluster.slug}&lang=it`)).text();
    expect(card).toContain('<p class="meta">Fase 2 di 2: aperta solo alla rosa dei selezionati</p>');
  });

  it('shows no timeline for a challenge with one stage', { timeout: 30_000 }, async () => {
    const { owner, moderator, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const html = await (await page(`/challenges/${id}`)).text();
    expect(html).toContain('<h1');
    expect(html).not.toContain('id="stages"');
  });
});
