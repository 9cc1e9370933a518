import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { page } from '../../helpers/pages';
import { judgingWorld } from './fixtures';

describe('the ranking', { timeout: 30_000 }, () => {
  it('warns the owner and moderators when a top place rests on fewer evaluations than the others', async () => {
    // Three jurors, two solutions. A: only J1 scores it (5s) — J2 and J3 declared a conflict.
    // B: all three score it (3s). A ranks first on one evaluation; B has three.
    const { id, owner, moderator, solutions, jury } = await judgingWorld({ n: 2, jurors: 3 });
    const [a, b] = solutions as [(typeof solutions)[0], (typeof solutions)[0]];
    const [j1, j2, j3] = jury as [TestUser, TestUser, TestUser];
    await declare(j1, a.id, false);
    await evaluate(j1, a.id, scoresOf([5]));
    for (const j of [j2, j3]) await declare(j, a.id, true);
    for (const j of [j1, j2, j3]) {
      await declare(j, b.id, false);
      await evaluate(j, b.id, scoresOf([3]));
    }
    const warning = `Rank 1, “${a.title}”: scored by 1 of 3 jury members; the others have up to 3. 2 jury members declared a conflict of interest on it.`;
    for (const viewer of [owner, moderator]) {
      const html = await (await page(`/challenges/${id}/ranking`, viewer.cookie)).text();
      expect(html).toContain('Check before you decide');
      expect(html).toContain(warning);
      expect(html).toContain('1 of 3 jury members');
      expect(html).toContain('3 of 3 jury members');
    }
    // In German too.
    const de = await (await page(`/challenges/${id}/ranking?lang=de`, owner.cookie)).text();
    expect(de).toContain(
      `Rang 1, „${a.title}“: von 1 der 3 Jurymitglieder bewertet; die anderen Lösungen haben bis zu 3 Bewertungen. 2 Jurymitglieder haben dazu einen Interessenkonflikt erklärt.`,
    );
    const italian = await (await page(`/challenges/${id}/ranking?lang=it`, owner.cookie)).text();
    expect(italian).toContain('1 su 3 membri della giuria');
    expect(italian).toContain(`valutata da 1 su 3 membri della giuria; le altre da un massimo di 3.`);
    // A jury member who finished sees the ranking, without the warning (it is for those who decide).
    const juror = await (await page(`/challenges/${id}/ranking`, j1.cookie)).text();
    expect(juror).toContain(a.title);
    expect(juror).not.toContain('Check before you decide');
  });

  it('says nothing when every place rests on the same number of evaluations', async () => {
    const { id, owner, solutions, jury } = await judgingWorld({ n: 2, jurors: 2 });
    for (const j of jury) {
      for (const [i, s] of solutions.entries()) {
        await declare(j, s.id, false);
        await evaluate(j, s.id, scoresOf([i + 2]));
      }
    }
    const html = await (await page(`/challenges/${id}/ranking`, owner.cookie)).text();
    expect(html).not.toContain('Check before you decide');
    expect(html).toContain('2 of 2 jury members');
  });

  it('offers every outcome choice by name and lists each criterion’s mean in a table of its own', async () => {
    const { id, owner, solutions, jury } = await judgingWorld({ n: 2, jurors: 1 });
    const [j] = jury as [TestUser];
    for (const s of solutions) {
      await declare(j, s.id, false);
      await evaluate(j, s.id, scoresOf([4, 3, 5, 2, 1, 4]));
    }
    const html = await (await page(`/challenges/${id}/ranking`, owner.cookie)).text();
    for (const s of solutions) {
      expect(html).toContain(
        `<select id="outcome.${s.id}" name="outcome.${s.id}" aria-label="Decision for ${s.title}">`,
      );
    }
    expect(html).toContain('<ol class="ranking-list"');
    expect(html).toContain('Mean score per criterion (1–5)');
    for (const label of ['Clinical impact', 'Feasibility', 'Innovation', 'TRL fit', 'Regulatory', 'Business case']) {
      expect(html).toContain(label);
    }
  });
});
