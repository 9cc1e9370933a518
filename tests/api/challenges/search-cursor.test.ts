import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { idsOf, list, neutral, walk } from './fixtures';

// Issue 13, item 11: relevance cursors carry no bm25 score (bm25 weighs words by their frequency
// over the whole index, drafts included), yet page exactly as one long page does.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A word no other test uses, letters only. */
const word = () =>
  `zq${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;

const decode = (cursor: string) => JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));

describe('relevance cursors', () => {
  it('hold the sort and the last id only, and walk the same order as one page', async () => {
    const w = word();
    const { clinician, moderator } = world.users;
    const open = (title: string, summary = neutral.summary) =>
      openChallenge(clinician, moderator, world.cluster.slug, { ...neutral, title, summary });
    // Different weights (title vs summary, once vs often) and two exact ties.
    await Promise.all([
      open(`Ward logistics ${w}`),
      open(`Ward logistics ${w}`),
      open('Sample tracking across sites', `${neutral.summary} ${w} ${w} ${w}`),
      open(`${w} ${w} triage for ${w}`),
      open('Sample tracking at night', `${neutral.summary} ${w}`),
      // A draft full of the word changes the index statistics but is never listed.
      createDraft(clinician, world.cluster.slug, { ...neutral, title: `${w} ${w} ${w} ${w} draft` }),
    ]);

    const query = { q: w, sort: 'relevance', cluster: world.cluster.slug };
    const whole = idsOf(await list({ ...query, limit: 100 }));
    expect(whole).toHaveLength(5);

    const cursors: string[] = [];
    let cursor: string | undefined;
    const walked: string[] = [];
    for (let page = 0; page < 10; page++) {
      const res = await list({ ...query, limit: 1, cursor });
      expect(res.status).toBe(200);
      walked.push(...idsOf(res));
      cursor = res.body.next_cursor ?? undefined;
      if (!cursor) break;
      cursors.push(cursor);
    }
    expect(walked).toEqual(whole);
    expect(await walk({ ...query, limit: 2 })).toEqual(whole);
    expect(cursors).toHaveLength(4);
    cursors.forEach((c, i) => {
      const values = decode(c);
      expect(values).toEqual(['relevance', whole[i]]);
      expect(values.some((v: unknown) => typeof v === 'number')).toBe(false);
    });
  }, 30_000);

  it('refuses an old cursor that carried a score', async () => {
    const w = word();
    const old = btoa(JSON.stringify(['relevance', -1.5, '00000000-0000-7000-8000-000000000000']))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const res = await list({ q: w, sort: 'relevance', cursor: old });
    expect(res.status).toBe(400);
  });
});
