import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { decide, declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { declarationsBy, judgingWorld } from './fixtures';

describe('declaring conflicts for all solutions of a challenge on one page', { timeout: 20_000 }, () => {
  it('shows each solution by title, team, submitter and organization, and nothing confidential', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 3 });
    const res = await page(`/challenges/${id}/conflicts`, jury[0]?.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const s of solutions) {
      expect(html).toContain(s.title);
      expect(html).toContain(s.team);
      expect(html).toContain(s.organization);
      expect(html).toContain(`Solver ${s.organization}`);
      expect(html).not.toContain(s.approach);
      // One fieldset per solution, the two answers named alike, no answer chosen for them.
      expect(html).toContain(`id="conflicts.${s.id}"`);
      expect(html).toContain(`name="conflicts.${s.id}" value="no"`);
      expect(html).toContain(`name="conflicts.${s.id}" value="yes"`);
    }
    expect(html).not.toMatch(/value="(yes|no)" checked/);
    expect(html).toContain('You have answered for 0 of 3 solutions.');
    // One form, one button.
    expect(html.match(new RegExp(`<form method="post" action="/challenges/${id}/conflicts"`, 'g'))).toHaveLength(1);
    expect(html.match(/Save my declarations/g)).toHaveLength(1);
  });

  it('one submit declares them all in one batch; the conflicted one leaves the work list', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 3 });
    const [a, b, c] = solutions as [(typeof solutions)[0], (typeof solutions)[0], (typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    const res = await postForm(`/challenges/${id}/conflicts`, juror.cookie, {
      [`conflicts.${a.id}`]: 'no',
      [`conflicts.${b.id}`]: 'yes',
      [`notes.${b.id}`]: 'I advise their founder.',
      [`conflicts.${c.id}`]: 'no',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/challenges/${id}/solutions?done=declared`);
    await expect(declarationsBy(juror.id, id)).resolves.toEqual([
      { solution_id: a.id, conflict: 0, note: null },
      { solution_id: b.id, conflict: 1, note: 'I advise their founder.' },
      { solution_id: c.id, conflict: 0, note: null },
    ]);
    await expect(
      count(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'solution.declare_conflict' AND actor_id = ?",
        juror.id,
      ),
    ).resolves.toBe(3);

    const list = await page(`/challenges/${id}/solutions?done=declared`, juror.cookie);
    const html = await list.text();
    expect(html).toContain('Your declarations are saved.');
    expect(html).toContain(a.title);
    expect(html).not.toContain(b.title);
    expect(html).toContain('You declared a conflict on 1 solution.');
    // Cleared on both others: they can read them now.
    expect((await page(`/solutions/${a.id}`, juror.cookie)).status).toBe(200);
    expect((await page(`/solutions/${b.id}`, juror.cookie)).status).toBe(404);

    // The page shows the answers given; saving them again unchanged writes nothing new.
    const again = await (await page(`/challenges/${id}/conflicts`, juror.cookie)).text();
    expect(again).toContain(`name="conflicts.${a.id}" value="no" checked`);
    expect(again).toContain(`name="conflicts.${b.id}" value="yes" checked`);
    expect(again).toContain('You have answered for 3 of 3 solutions.');
    const unchanged = await postForm(`/challenges/${id}/conflicts`, juror.cookie, {
      [`conflicts.${a.id}`]: 'no',
      [`conflicts.${b.id}`]: 'yes',
      [`notes.${b.id}`]: 'I advise their founder.',
      [`conflicts.${c.id}`]: 'no',
    });
    expect(unchanged.status).toBe(303);
    await expect(
      count(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'solution.declare_conflict' AND actor_id = ?",
        juror.id,
      ),
    ).resolves.toBe(3);
  });

  it('a declaration counts in the ranking at once: a score given before a conflict stops counting', async () => {
    const { id, solutions, jury, owner } = await judgingWorld({ n: 1 });
    const [s] = solutions as [(typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    await declare(juror, s.id, false);
    await evaluate(juror, s.id, scoresOf([5]));
    const res = await postForm(`/challenges/${id}/conflicts`, juror.cookie, { [`conflicts.${s.id}`]: 'yes' });
    expect(res.status).toBe(303);
    const ranking = await page(`/challenges/${id}/ranking`, owner.cookie);
    expect(await ranking.text()).not.toContain('<strong>100</strong>');
  });

  it('answers for some solutions only: those are declared, the others still wait', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 2 });
    const [a, b] = solutions as [(typeof solutions)[0], (typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    const res = await postForm(`/challenges/${id}/conflicts`, juror.cookie, { [`conflicts.${a.id}`]: 'no' });
    expect(res.status).toBe(303);
    await expect(declarationsBy(juror.id, id)).resolves.toEqual([{ solution_id: a.id, conflict: 0, note: null }]);
    const list = await (await page(`/challenges/${id}/solutions`, juror.cookie)).text();
    // The one left is a link to its declaration, and the page offers the declaration for what is left.
    expect(list).toContain(`href="/challenges/${id}/conflicts#conflicts.${b.id}"`);
    expect(list).toContain('Declare for the 1 solution you have not answered yet');
  });

  it('no answer at all, or a note without an answer, is said next to the field and writes nothing', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 2 });
    const [a, b] = solutions as [(typeof solutions)[0], (typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    const none = await postForm(`/challenges/${id}/conflicts`, juror.cookie, {});
    expect(none.status).toBe(400);
    const html = await none.text();
    expect(html).toContain('Choose an answer for at least one solution.');
    expect(html).toContain('href="#conflicts"');

    const noteOnly = await postForm(`/challenges/${id}/conflicts?lang=de`, juror.cookie, {
      [`conflicts.${a.id}`]: 'no',
      [`notes.${b.id}`]: 'Ich kenne das Team.',
    });
    expect(noteOnly.status).toBe(400);
    const de = await noteOnly.text();
    expect(de).toContain(
      `Ihre Antwort zu „${b.title}“: Wählen Sie eine der beiden Antworten für diese Lösung oder lassen Sie den Hinweis leer.`,
    );
    expect(de).toContain(`id="conflicts.${b.id}-error"`);
    // What was typed and chosen comes back.
    expect(de).toContain('Ich kenne das Team.');
    expect(de).toContain(`name="conflicts.${a.id}" value="no" checked`);
    await expect(declarationsBy(juror.id, id)).resolves.toEqual([]);
  });

  it('only jury members declare, and only on solutions of this challenge', async () => {
    const { id, owner, jury } = await judgingWorld({ n: 1 });
    const other = await judgingWorld({ n: 1 });
    const stranger = await registerUser('solver');
    expect((await page(`/challenges/${id}/conflicts`, owner.cookie)).status).toBe(403);
    expect((await page(`/challenges/${id}/conflicts`, stranger.cookie)).status).toBe(404);
    const juror = jury[0] ?? (await registerUser());
    const foreign = await postForm(`/challenges/${id}/conflicts`, juror.cookie, {
      [`conflicts.${other.solutions[0]?.id}`]: 'no',
    });
    expect(foreign.status).toBe(404);
    await expect(declarationsBy(juror.id, other.id)).resolves.toEqual([]);
  });

  it('after the decision the answers are shown, with nothing to send', async () => {
    const { id, owner, solutions, jury } = await judgingWorld({ n: 1 });
    const [s] = solutions as [(typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    await declare(juror, s.id, false);
    await evaluate(juror, s.id, scoresOf([4]));
    await must(decide(owner, id, { winners: [s.id] }));
    const html = await (await page(`/challenges/${id}/conflicts`, juror.cookie)).text();
    expect(html).toContain('Declarations are taken while the challenge is open or in evaluation');
    expect(html).not.toContain('type="radio"');
    expect(html).toContain('No conflict of interest');
    const late = await postForm(`/challenges/${id}/conflicts`, juror.cookie, { [`conflicts.${s.id}`]: 'yes' });
    expect(late.status).toBe(409);
    const row = await env.DB.prepare('SELECT conflict FROM conflict_declarations WHERE solution_id = ?')
      .bind(s.id)
      .first();
    expect(row).toEqual({ conflict: 0 });
  });

  it('the declaration on one solution names its team and submitter, and offers the page for all', async () => {
    const { id, solutions, jury } = await judgingWorld({ n: 2, open: true });
    const [a] = solutions as [(typeof solutions)[0]];
    const juror = jury[0] ?? (await registerUser());
    const html = await (await page(`/solutions/${a.id}`, juror.cookie)).text();
    expect(html).toContain(a.team);
    expect(html).toContain(`Solver ${a.organization}`);
    expect(html).not.toContain(a.approach);
    expect(html).toContain(`href="/challenges/${id}/conflicts"`);
  });
});
