import { describe, expect, it } from 'vitest';
import { freshCast } from '../../api/evaluation/fixtures';
import { openChallenge } from '../../helpers/challenges';
import { page } from '../../helpers/pages';
import { inStageTwo } from './fixture';

// The ranking and jury pages of a challenge past its first stage link each stage it reached
// (`?stage=` as the API takes it, no JavaScript) and say which one they show (issue 15).

describe('the stage selector on the ranking and jury pages', () => {
  it('shows the current stage by default and stage 1 on asking; a stage not reached is 404', {
    timeout: 30_000,
  }, async () => {
    const { id, owner } = await inStageTwo();
    const now = await (await page(`/challenges/${id}/ranking`, owner.cookie)).text();
    expect(now).toContain('<strong aria-current="page">Stage 2</strong>');
    expect(now).toContain(`<a href="/challenges/${id}/ranking?stage=1">Solutions</a>`);
    expect(now).toContain('Showing stage 2: Stage 2');
    // Stage 2's cohort is empty until someone is shortlisted and submits to it.
    expect(now).not.toContain('class="ranked-title"');

    const first = await page(`/challenges/${id}/ranking?stage=1`, owner.cookie);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('<strong aria-current="page">Solutions</strong>');
    expect(html).toContain('Showing stage 1: Solutions');
    expect(html).toContain('class="ranked-title"');
    // The method switch keeps the stage; the decision belongs to the stage the challenge is in.
    expect(html).toContain(`href="/challenges/${id}/ranking?method=normalised&amp;stage=1"`);
    expect(html).not.toContain('action="/challenges/' + id + '/decision"');

    expect((await page(`/challenges/${id}/ranking?stage=3`, owner.cookie)).status).toBe(404);

    const jury = await (await page(`/challenges/${id}/jury?stage=1&lang=de`, owner.cookie)).text();
    expect(jury).toContain('<html lang="de"');
    expect(jury).toContain('Angezeigt wird Phase 1: Lösungen');
    expect(jury).toContain(`<a href="/challenges/${id}/jury?stage=2">Phase 2</a>`);
    expect(jury).toContain('class="cards jury-members"');
    const juryNow = await (await page(`/challenges/${id}/jury`, owner.cookie)).text();
    expect(juryNow).toContain('Showing stage 2: Stage 2');
    expect(juryNow).not.toContain('class="cards jury-members"');
    expect((await page(`/challenges/${id}/jury?stage=4`, owner.cookie)).status).toBe(404);
  });

  it('is not there for a challenge in its first stage', { timeout: 30_000 }, async () => {
    const { owner, moderator, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const jury = await page(`/challenges/${id}/jury`, owner.cookie);
    expect(jury.status).toBe(200);
    expect(await jury.text()).not.toContain('stage-selector');
  });
});
