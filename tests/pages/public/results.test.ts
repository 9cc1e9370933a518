import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation, withOverrides } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';

// The public results after the owner decided (issue 12): winners first, at the top of the page.

let world: World;
let id: string;
const titles = {
  A: 'Winner A keeps the summary private but may be named',
  B: 'Shortlisted B with a public summary',
  C: 'Not selected C, best scored, public summary',
  D: 'Winner D keeps everything private',
  E: 'Winner E with a public summary',
} as const;
type Key = keyof typeof titles;
const ids = {} as Record<Key, string>;

beforeAll(async () => {
  world = await createWorld();
  const { clinician: owner, moderator, evaluator } = world.users;
  id = await openChallenge(owner, moderator, world.cluster.slug, { title: 'A challenge with public results' });
  const shared: Record<Key, Record<string, unknown>> = {
    A: { summary_public: false, name_if_winner: true },
    B: { summary_public: true, summary: 'B: a public summary of the shortlisted solution, for everyone.' },
    C: { summary_public: true, summary: 'C: a public summary of a solution that was not selected.' },
    D: { summary_public: false, name_if_winner: false },
    E: { summary_public: true, summary: 'E: a public summary of the second winner, read by everyone.' },
  };
  // Scores so that the rank order (C, B, D, A, E) differs from the outcome order.
  const scores: Record<Key, number> = { A: 2, B: 4, C: 5, D: 3, E: 1 };
  for (const key of Object.keys(titles) as Key[]) {
    const solver = await registerUser('solver', {
      organization: { name: `Start-up ${key} GmbH`, kind: 'startup', country: 'DE' },
    });
    ids[key] = await submitSolution(solver, id, { title: titles[key], ...shared[key] });
  }
  await assignJury(owner, id, evaluator);
  await startEvaluation(owner, id);
  for (const key of Object.keys(titles) as Key[]) {
    await declare(evaluator, ids[key], false);
    await evaluate(evaluator, ids[key], scoresOf([scores[key]]));
  }
  await must(
    api(`/api/v1/challenges/${id}/decision`, {
      token: owner.token,
      body: withOverrides({
        winners: [ids.A, ids.D, ids.E],
        shortlist: [ids.B],
        note: 'Pilots with A and E; B in reserve.',
      }),
    }),
  );
});

describe('public results', () => {
  it('in the API: winners first (by rank), then the shortlist, then the rest; a named winner by title and organization only', async () => {
    const res = await must(api(`/api/v1/challenges/${id}/ranking`));
    expect(res.body.view).toBe('public');
    const rows = res.body.data as { rank: number; solution_id: string; status: string; score: number | null }[];
    expect(rows.map((r) => [r.rank, r.solution_id, r.status])).toEqual([
      [1, ids.A, 'winner'],
      [2, ids.E, 'winner'],
      [3, ids.B, 'shortlisted'],
      [4, ids.C, 'not_selected'],
    ]);
    expect(rows[0]).toEqual({
      rank: 1,
      solution_id: ids.A,
      title: titles.A,
      organization: 'Start-up A GmbH',
      status: 'winner',
      score: null,
      summary: null,
    });
    expect(rows[1]?.score).toEqual(expect.any(Number));
    expect(JSON.stringify(res.body)).not.toContain(ids.D);
  });

  it('on the page: at the top, above the long need, in groups: winners, shortlist, others', async () => {
    const res = await page(`/challenges/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const results = html.indexOf('id="results"');
    expect(results).toBeGreaterThan(0);
    expect(results).toBeLessThan(html.indexOf('>The problem</h2>'));
    expect(results).toBeLessThan(html.indexOf('>The clinical need</h2>'));

    const section = html.slice(results, html.indexOf('</section>', results));
    const at = (text: string) => section.indexOf(text);
    for (const text of [titles.A, titles.E, titles.B, titles.C]) expect(at(text), text).toBeGreaterThan(0);
    expect(at('>Winners</h3>')).toBeLessThan(at(titles.A));
    expect(at(titles.A)).toBeLessThan(at(titles.E));
    expect(at(titles.E)).toBeLessThan(at('>Shortlist</h3>'));
    expect(at('>Shortlist</h3>')).toBeLessThan(at(titles.B));
    expect(at(titles.B)).toBeLessThan(at('>Other solutions</h3>'));
    expect(at('>Other solutions</h3>')).toBeLessThan(at(titles.C));
    expect(section).not.toContain(titles.D);
    expect(section).toContain('The team keeps its summary private.');
    expect(section).toContain('Start-up A GmbH');
    expect(section).toContain('E: a public summary of the second winner');
    expect(section).toContain('Pilots with A and E; B in reserve.');
    // Cards, not a five-column table: they fit a phone.
    expect(section).not.toContain('<table');
  });

  it('in German', async () => {
    const html = await (await page(`/challenges/${id}?lang=de`)).text();
    const section = html.slice(html.indexOf('id="results"'));
    expect(section).toContain('>Gewinner</h3>');
    expect(section).toContain('>Engere Wahl</h3>');
    expect(section).toContain('Das Team hält seine Zusammenfassung vertraulich.');
  });
});
