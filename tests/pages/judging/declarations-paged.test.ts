import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { page, postForm } from '../../helpers/pages';
import { judgingWorld } from './fixtures';

/** The ids of the solutions a declaration page asks about, in its order. */
const asked = (html: string) => [...html.matchAll(/name="conflicts\.([^"]+)" value="no"/g)].map((m) => m[1] as string);
const nextLink = (html: string, id: string) =>
  new RegExp(`href="(/challenges/${id}/conflicts\\?cursor=[^"]+)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('the declaration page a page at a time (issue 17)', { timeout: 60_000 }, () => {
  it('asks about 50 solutions a page, saves each page and goes on to the next; the progress counts all of them', async () => {
    const { id, jury } = await judgingWorld({ n: 2 });
    const [juror] = jury as [TestUser];
    const [solver] = await env.DB.prepare('SELECT submitter_id AS id FROM solutions WHERE challenge_id = ? LIMIT 1')
      .bind(id)
      .all<{ id: string }>()
      .then((r) => r.results);
    // Fifty more, submitted after the first two (the page orders by submission).
    await env.DB.batch(
      Array.from({ length: 50 }, (_, i) =>
        env.DB.prepare(
          `INSERT INTO solutions (id, challenge_id, submitter_id, status, title, summary, approach, trl, submitted_at)
           VALUES (?, ?, ?, 'submitted', ?, 'A summary.', 'An approach.', 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?))`,
        ).bind(`paged-${id}-${i}`, id, solver?.id, `Paged solution ${i}`, `+${i + 1} seconds`),
      ),
    );

    const first = await page(`/challenges/${id}/conflicts`, juror.cookie);
    expect(first.status).toBe(200);
    const firstHtml = await first.text();
    const onFirst = asked(firstHtml);
    expect(onFirst).toHaveLength(50);
    expect(firstHtml).toContain('You have answered for 0 of 52 solutions.');
    expect(firstHtml).toContain('Up to 50 solutions a page: saving takes you to the next page.');
    const next = nextLink(firstHtml, id);
    expect(next).toBeDefined();
    expect(firstHtml).not.toContain('Back to the first solutions');

    // Saving the first page declares on its 50 and leads to the next page, said so.
    const saved = await postForm(
      `/challenges/${id}/conflicts`,
      juror.cookie,
      Object.fromEntries(onFirst.map((s) => [`conflicts.${s}`, 'no'])),
    );
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location') ?? '';
    expect(location).toBe(`${next}&done=saved`);
    await expect(
      count('SELECT count(*) AS n FROM conflict_declarations WHERE evaluator_id = ?', juror.id),
    ).resolves.toBe(50);

    const second = await page(location, juror.cookie);
    expect(second.status).toBe(200);
    const secondHtml = await second.text();
    expect(secondHtml).toContain('Your declarations are saved. Here are the next solutions.');
    expect(secondHtml).toContain('You have answered for 50 of 52 solutions.');
    const onSecond = asked(secondHtml);
    expect(onSecond).toHaveLength(2);
    expect(onSecond.filter((s) => onFirst.includes(s))).toEqual([]);
    expect(nextLink(secondHtml, id)).toBeUndefined();
    expect(secondHtml).toContain('Back to the first solutions');
    // The form posts back to its own page.
    expect(secondHtml).toContain(`action="${next?.replace(/&/g, '&amp;')}"`);

    // The last page saved leads to the work list, as a single page always did.
    const last = await postForm(
      next ?? '',
      juror.cookie,
      Object.fromEntries(onSecond.map((s, i) => [`conflicts.${s}`, i === 0 ? 'yes' : 'no'])),
    );
    expect(last.status).toBe(303);
    expect(last.headers.get('location')).toBe(`/challenges/${id}/solutions?done=declared`);
    await expect(
      count('SELECT count(*) AS n FROM conflict_declarations WHERE evaluator_id = ? AND conflict = 1', juror.id),
    ).resolves.toBe(1);
    const again = await (await page(`/challenges/${id}/conflicts`, juror.cookie)).text();
    expect(again).toContain('You have answered for 52 of 52 solutions.');
  });

  it('answers a damaged cursor with 400, not with some page', async () => {
    const { id, jury } = await judgingWorld({ n: 1 });
    const res = await page(`/challenges/${id}/conflicts?cursor=not-a-cursor`, (jury[0] as TestUser).cookie);
    expect(res.status).toBe(400);
  });
});
