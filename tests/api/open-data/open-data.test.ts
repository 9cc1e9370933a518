import { env } from 'cloudflare:test';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { decide } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

// Issue 15, open data: only what an anonymous visitor already sees on the public pages, as CSV and
// JSON under CC BY 4.0, cached publicly whoever asks.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const LICENCE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"';

type Row = Record<string, unknown>;
async function rowsOf(dataset: string, token?: string): Promise<Row[]> {
  const res = await must(api(`/api/v1/open-data/${dataset}.json`, { token }));
  expect(res.body.licence).toBe('CC-BY-4.0');
  return res.body.rows;
}
async function csvOf(dataset: string) {
  const res = await must(api(`/api/v1/open-data/${dataset}.csv`));
  const parsed = Papa.parse<Record<string, string>>(res.body as string, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { res, rows: parsed.data };
}

/** A challenge decided with three solutions: public summary (winner), named winner, private. */
async function decidedChallenge(visibility: 'public' | 'network') {
  const { clinician, moderator } = world.users;
  const id = await openChallenge(clinician, moderator, world.cluster.slug, {
    visibility,
    title: `Decided ${unique()}`,
  });
  const [a, b, c] = await Promise.all([registerUser('solver'), registerUser('solver'), registerUser('solver')]);
  const open = await submitSolution(a, id, { title: `Open summary ${unique()}`, summary_public: true });
  const named = await submitSolution(b, id, {
    title: `Named winner ${unique()}`,
    summary_public: false,
    name_if_winner: true,
  });
  const hidden = await submitSolution(c, id, { title: `Private ${unique()}`, summary_public: false });
  await must(transition(clinician, id, 'start_evaluation'));
  await must(decide(clinician, id, { winners: [open, named] }));
  return { id, open, named, hidden };
}

describe('open data: challenges', () => {
  it('holds public catalogue challenges only, never drafts, hidden or network-only ones', async () => {
    const { clinician, moderator } = world.users;
    const shown = await openChallenge(clinician, moderator, world.cluster.slug, { title: `Shown ${unique()}` });
    const draft = (await createDraft(clinician, world.cluster.slug)).id;
    const network = await openChallenge(clinician, moderator, world.cluster.slug, { visibility: 'network' });
    const hidden = await openChallenge(clinician, moderator, world.cluster.slug);
    await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), hidden)
      .run();

    for (const token of [undefined, world.users.admin.token]) {
      const ids = (await rowsOf('challenges', token)).map((r) => r.id);
      expect(ids).toContain(shown);
      for (const secret of [draft, network, hidden]) expect(ids).not.toContain(secret);
    }
    const { rows } = await csvOf('challenges');
    expect(rows.map((r) => r.id)).toContain(shown);
    for (const secret of [draft, network, hidden]) expect(rows.map((r) => r.id)).not.toContain(secret);
  });

  it('shows what the public challenge page shows, never the owner or moderator notes', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { title: `Fields ${unique()}` });
    const page = await must(api(`/api/v1/challenges/${id}`));
    const row = (await rowsOf('challenges')).find((r) => r.id === id);
    expect(row).toMatchObject({
      title: page.body.title,
      summary: page.body.summary,
      cluster: world.cluster.slug,
      status: 'open',
      trl_min: page.body.trl_min,
      ce_marking_required: page.body.ce_marking_required,
      tags: [...page.body.tags].sort(),
      published_at: page.body.published_at,
    });
    for (const secret of ['owner', 'owner_id', 'moderator_note', 'version', 'visibility']) {
      expect(row).not.toHaveProperty(secret);
    }
    const csv = (await csvOf('challenges')).rows.find((r) => r.id === id);
    expect(csv?.tags).toBe([...page.body.tags].sort().join('; '));
    expect(csv?.ce_marking_required).toBe(String(page.body.ce_marking_required));
  });

  it('escapes cells a spreadsheet would run as formulas', async () => {
    const { clinician, moderator } = world.users;
    const title = `=HYPERLINK("https://evil.example","Open me") ${unique()}`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, {
      title,
      summary: '+SUM(A1:A9) and more',
    });
    const { res, rows } = await csvOf('challenges');
    const row = rows.find((r) => r.id === id);
    expect(row?.title).toBe(`'${title}`);
    expect(row?.summary).toBe(`'+SUM(A1:A9) and more`);
    expect(res.body as string).not.toMatch(/(^|,)=HYPERLINK/m);
    // JSON carries the text as written: it is not run by anything.
    expect((await rowsOf('challenges')).find((r) => r.id === id)?.title).toBe(title);
  });
});

describe('open data: results', () => {
  it('holds exactly the public results an anonymous visitor sees on decided public challenges', async () => {
    const decided = await decidedChallenge('public');
    const network = await decidedChallenge('network');
    const undecided = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    await submitSolution(world.users.solver, undecided, { summary_public: true });

    const rows = await rowsOf('results');
    const ofDecided = rows.filter((r) => r.challenge_id === decided.id);
    const publicRanking = await must(api(`/api/v1/challenges/${decided.id}/ranking`));
    const seen = publicRanking.body.data.map((r: Row) => ({
      solution_id: r.solution_id,
      outcome: r.status,
      title: r.title,
      organization: r.organization,
      score: r.score,
      summary: r.summary,
    }));
    expect(seen).toHaveLength(2);
    expect(ofDecided.map(({ challenge_id: _c, challenge_title: _t, decided_at: _d, ...r }) => r)).toEqual(
      expect.arrayContaining(seen),
    );
    expect(ofDecided).toHaveLength(2);
    expect(ofDecided.find((r) => r.solution_id === decided.named)).toMatchObject({ summary: null, score: null });
    expect(ofDecided.map((r) => r.solution_id)).not.toContain(decided.hidden);
    expect(rows.some((r) => r.challenge_id === network.id || r.challenge_id === undecided)).toBe(false);

    const { rows: csv } = await csvOf('results');
    expect(
      csv
        .filter((r) => r.challenge_id === decided.id)
        .map((r) => r.solution_id)
        .sort(),
    ).toEqual([decided.open, decided.named].sort());
  });
});

describe('open data: the route', () => {
  it('carries the licence and public caching, whoever asks', async () => {
    for (const token of [undefined, world.users.clinician.token]) {
      for (const format of ['csv', 'json']) {
        const res = await must(api(`/api/v1/open-data/challenges.${format}`, { token }));
        expect(res.headers.get('link')).toBe(LICENCE_LINK);
        expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
      }
    }
    const json = await must(api('/api/v1/open-data/results.json'));
    expect(json.body).toMatchObject({
      dataset: 'results',
      licence: 'CC-BY-4.0',
      licence_url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(Date.parse(json.body.generated_at)).not.toBeNaN();
  });

  it('answers an unknown dataset or format with a 404 problem listing the datasets', async () => {
    for (const file of ['secrets.csv', 'challenges.xml', 'challenges', 'results.csv.json']) {
      const res = await api(`/api/v1/open-data/${file}`, { token: world.users.admin.token });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(res.body.datasets).toEqual([
        'challenges.csv',
        'challenges.json',
        'results.csv',
        'results.json',
        'calls.csv',
        'calls.json',
        'cooperation_milestones.csv',
        'cooperation_milestones.json',
      ]);
      expect(res.body.detail).toMatch(/challenges\.csv/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('lists the datasets with their columns and links', async () => {
    const res = await must(api('/api/v1/open-data'));
    expect(res.body.licence).toBe('CC-BY-4.0');
    expect(res.body.datasets.map((d: Row) => d.name)).toEqual([
      'challenges',
      'results',
      'calls',
      'cooperation_milestones',
    ]);
    const challenges = res.body.datasets[0];
    expect(challenges).toMatchObject({
      csv: '/api/v1/open-data/challenges.csv',
      json: '/api/v1/open-data/challenges.json',
    });
    const csv = await must(api(challenges.csv));
    expect((csv.body as string).split('\r\n')[0]).toBe(challenges.columns.join(','));
  });
});
