import { env, SELF } from 'cloudflare:test';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, DEFAULT_KEYS, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, BASE, d1Stats, freshClient, isProblem, must } from '../../helpers/http';
import { calibrationFixture as fixture } from '../../helpers/quality';
import { submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

// The evaluation report (issue 14, "Evaluation report") on the hand-checked calibration fixture.
// Each juror gives one value to every criterion (see calibration.test.ts):
//   H: S1 2, S2 1, S3 1, S4 recused      L: 5, 5, 4, 5      M: 4, 3, 2, 4
// so an evaluation's weighted score is (x − 1)/4 × 100:
//   H: 25, 0, 0      L: 100, 100, 75, 100      M: 75, 50, 25, 75
// The expected figures below are computed here from these values, without the app's code or
// simple-statistics.
const GIVEN = { H: [2, 1, 1], L: [5, 5, 4, 5], M: [4, 3, 2, 4] } as const;
const weightedOf = (x: number) => ((x - 1) / 4) * 100;
const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Sample standard deviation (n − 1), rounded to 2 places as the report rounds. */
const sampleSd = (xs: readonly number[]) => {
  const m = meanOf(xs);
  return Math.round(Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) * 100) / 100;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

const ALL = [...GIVEN.H, ...GIVEN.L, ...GIVEN.M].map(weightedOf);
const OVERALL = meanOf(ALL); // 625 / 11
const perSolution = (i: number) =>
  [GIVEN.H[i as 0], GIVEN.L[i as 0], GIVEN.M[i as 0]].filter((x): x is NonNullable<typeof x> => x !== undefined);

type Report = {
  challenge: Record<string, unknown> & { criteria: { key: string; label: string; weight: number }[] };
  mean_score: number;
  ranking: {
    solution_id: string;
    title: string;
    weighted_rank: number;
    normalised_rank: number;
    score: number;
    evaluations: number;
    under_minimum: boolean;
    spread: number | null;
    criteria: { key: string; mean: number; spread: number | null }[];
  }[];
  agreement: { overall: { alpha: number | null; reading: string | null }; disputed: { solution_id: string }[] };
  distribution: { key: string; counts: number[] }[];
  jurors: {
    user_id: string;
    name: string;
    evaluations: number;
    mean_score: number;
    leniency: number;
    conflicts: number;
  }[];
  conflicts: { solution_id: string; evaluator_id: string; juror: string; title: string; reason: string | null }[];
  comments: { solution_id: string; comments: { evaluator_id: string; juror: string; comment: string }[] }[];
  overrides: { solution_id: string; note: string }[];
  decision: { decided_at: string | null; winners: { solution_id: string }[] };
};

const reportOf = (id: string, token: string, query = '') =>
  api(`/api/v1/challenges/${id}/evaluation-report${query}`, { token });
const csvOf = async (id: string, token: string, table: string) => {
  const res = await reportOf(id, token, `?format=csv&table=${table}`);
  expect(res.status).toBe(200);
  const parsed = Papa.parse<string[]>(res.body as string, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { res, rows: parsed.data };
};

describe('GET /api/v1/challenges/{id}/evaluation-report', () => {
  it('reports both rankings, spreads, distributions, leniency, conflicts, comments and agreement, in one round trip', async () => {
    const f = await fixture();
    const { id, owner, S1, S2, S3, S4, H, L, M } = f;
    // Comments, with what CSV must quote: quotes, commas, a line break.
    await evaluate(M, S1, scoresOf([4]), 'Clear plan, "needs" a pilot.\nSecond line.');
    await evaluate(L, S3, scoresOf([4]), 'Solid, but costly.');
    const res = await must(reportOf(id, owner.token));
    const report = res.body as Report;

    expect(report.challenge).toMatchObject({ id, status: 'evaluation', decided_at: null, min_evaluations: 3 });
    expect(report.challenge.criteria.map((c) => c.key)).toEqual([...DEFAULT_KEYS]);
    expect(report.challenge.method_notes).toMatchObject({
      weighted: expect.stringMatching(/^Weighted/),
      normalised: expect.stringMatching(/standardised/),
    });
    expect(report.mean_score).toBe(round2(OVERALL));

    // Ranking: by the weighted score, with the normalised rank beside it (as the ranking API).
    expect(report.ranking.map((r) => r.solution_id)).toEqual([S4, S1, S2, S3]);
    expect(report.ranking.map((r) => r.weighted_rank)).toEqual([1, 2, 3, 4]);
    expect(report.ranking.map((r) => r.normalised_rank)).toEqual([2, 1, 3, 4]);
    expect(report.ranking.map((r) => r.under_minimum)).toEqual([true, false, false, false]);
    const bySolution = new Map(report.ranking.map((r) => [r.solution_id, r]));
    for (const [i, sid] of [S1, S2, S3, S4].entries()) {
      const values = perSolution(i);
      const row = bySolution.get(sid);
      expect(row?.evaluations).toBe(values.length);
      expect(row?.score).toBe(round2(meanOf(values.map(weightedOf))));
      expect(row?.spread).toBe(sampleSd(values.map(weightedOf)));
      for (const c of row?.criteria ?? []) {
        expect(c.mean).toBe(round2(meanOf(values)));
        expect(c.spread).toBe(sampleSd(values));
      }
    }
    // S1: weighted 25, 100, 75 → SD √(1/2·(41.67² + 33.33² + 8.33²)) = 38.19.
    expect(bySolution.get(S1)?.spread).toBeCloseTo(38.19, 2);

    // Distribution of the 11 counted scores per criterion: 1 ×2, 2 ×2, 3 ×1, 4 ×3, 5 ×3.
    expect(report.distribution).toHaveLength(DEFAULT_KEYS.length);
    for (const d of report.distribution) expect(d.counts).toEqual([2, 2, 1, 3, 3]);

    // Jurors: mean weighted score and leniency = that mean − the mean of all 11 (625/11).
    const byJuror = new Map(report.jurors.map((j) => [j.user_id, j]));
    for (const [juror, values] of [
      [H, GIVEN.H],
      [L, GIVEN.L],
      [M, GIVEN.M],
    ] as const) {
      const m = meanOf(values.map(weightedOf));
      expect(byJuror.get(juror.id)).toMatchObject({
        name: 'Test clinician',
        evaluations: values.length,
        mean_score: round2(m),
        leniency: round2(m - OVERALL),
        conflicts: juror === H ? 1 : 0,
      });
    }
    expect(byJuror.get(H.id)?.leniency).toBeCloseTo(-48.48, 2);
    expect(byJuror.get(L.id)?.leniency).toBeCloseTo(36.93, 2);

    // The one recusal: H on S4.
    expect(report.conflicts).toEqual([
      expect.objectContaining({ solution_id: S4, evaluator_id: H.id, juror: 'Test clinician', title: 'S4 solution' }),
    ]);
    // Comments with the juror's name, per solution in ranking order.
    expect(report.comments.map((c) => c.solution_id)).toEqual([S1, S3]);
    expect(report.comments[0]?.comments).toEqual([
      expect.objectContaining({ evaluator_id: M.id, comment: 'Clear plan, "needs" a pilot.\nSecond line.' }),
    ]);
    // Agreement as the agreement API computes it (α interval −0.0150 on this fixture).
    const agreement = await must(api(`/api/v1/challenges/${id}/agreement`, { token: owner.token }));
    expect(report.agreement.overall).toEqual(agreement.body.overall);
    expect(report.agreement.disputed).toEqual(agreement.body.disputed);
    expect(report.overrides).toEqual([]);
    expect(report.decision).toMatchObject({ decided_at: null, winners: [] });
    // One batch of reads (the figures come from the cache the agreement call kept).
    const again = await must(reportOf(id, owner.token));
    expect(d1Stats(again).calls).toBeLessThanOrEqual(2); // the sign-in, and the one batch

    // CSV: each table parses back to the JSON's figures.
    const ranking = await csvOf(id, owner.token, 'ranking');
    expect(ranking.res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(ranking.res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="evaluation-report-ranking-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = ranking.rows;
    expect(header?.slice(0, 4)).toEqual(['Weighted rank', 'Normalised rank', 'Solution', 'Organization']);
    expect(header).toContain(`${report.challenge.criteria[0]?.label}: SD`);
    expect(rows.map((r) => r[2])).toEqual(['S4 solution', 'S1 solution', 'S2 solution', 'S3 solution']);
    expect(rows.map((r) => Number(r[header?.indexOf('Spread (SD)') ?? -1]))).toEqual(
      report.ranking.map((r) => r.spread ?? Number.NaN),
    );
    expect(rows[0]?.[header?.indexOf('Under the minimum') ?? -1]).toBe('yes');

    const comments = await csvOf(id, owner.token, 'comments');
    expect(comments.rows).toEqual([
      ['Solution', 'Juror', 'Comment', 'Evaluated at'],
      ['S1 solution', 'Test clinician', 'Clear plan, "needs" a pilot.\nSecond line.', expect.any(String)],
      ['S3 solution', 'Test clinician', 'Solid, but costly.', expect.any(String)],
    ]);
    const jurorsCsv = await csvOf(id, owner.token, 'jurors');
    expect(jurorsCsv.rows.slice(1).map((r) => Number(r[3]))).toEqual(report.jurors.map((j) => j.leniency));
    // A negative leniency stays a number: no formula escape on numbers.
    expect(jurorsCsv.rows.slice(1).some((r) => r[3]?.startsWith('-'))).toBe(true);
    const conflicts = await csvOf(id, owner.token, 'conflicts');
    expect(conflicts.rows.slice(1).map((r) => [r[0], r[1]])).toEqual([['Test clinician', 'S4 solution']]);
    const agreementCsv = await csvOf(id, owner.token, 'agreement');
    expect(agreementCsv.rows.at(-1)?.slice(0, 1)).toEqual(['Overall (pooled)']);
    expect(agreementCsv.rows).toHaveLength(1 + DEFAULT_KEYS.length + 1);

    // Accept: text/csv does the same as ?format=csv.
    const accepted = await api(`/api/v1/challenges/${id}/evaluation-report?table=jurors`, {
      token: owner.token,
      headers: { accept: 'text/csv' },
    });
    expect(accepted.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(accepted.body).toBe(jurorsCsv.res.body);
  });

  it('shows the decision and its overrides once decided', async () => {
    const { id, owner, S4, S1 } = await fixture();
    const note = 'Two thorough evaluations; the third juror was recused.';
    await must(
      api(`/api/v1/challenges/${id}/decision`, {
        token: owner.token,
        body: {
          winners: [S4],
          shortlist: [S1],
          note: 'Decided by the jury meeting.',
          overrides: [{ solution_id: S4, note }],
        },
      }),
    );
    const report = (await must(reportOf(id, owner.token))).body as Report;
    expect(report.challenge).toMatchObject({ status: 'decided', decision_note: 'Decided by the jury meeting.' });
    expect(report.overrides).toEqual([expect.objectContaining({ solution_id: S4, note, title: 'S4 solution' })]);
    expect(report.decision.winners).toEqual([{ solution_id: S4, title: 'S4 solution' }]);
    const { rows } = await csvOf(id, owner.token, 'ranking');
    expect(rows[1]?.at(-1)).toBe(note);
  });

  it('neutralises spreadsheet formulas in every text cell and round-trips quotes, commas and line breaks', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const titles = ['=HYPERLINK("http://evil")', '+cmd|" /C calc"!A0', '-2+3+cmd', '@SUM(A1:A9)', 'Quoted "x", y'];
    const ids: string[] = [];
    for (const title of titles) ids.push(await submitSolution(await solverOf('Formula'), id, { title }));
    const [juror] = await jurors(1);
    const evil = await registerUser('clinician', { name: '=1+1 Juror' });
    if (!juror) throw new Error('no juror');
    for (const j of [juror, evil]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    const comments = ['\tTabbed', '\rCarriage', '=1+1\nthen a line', 'plain, with "quotes"\r\nand CRLF', '-minus'];
    for (const [i, sid] of ids.entries()) {
      for (const j of [juror, evil]) await declare(j, sid, false);
      await evaluate(juror, sid, scoresOf([(i % 5) + 1]), 'A comment.');
      await evaluate(evil, sid, scoresOf([5 - (i % 5)]));
    }
    // The API trims comments, so a leading tab or carriage return is written straight to the row:
    // older rows, imports or a later change of the validation could still hold one.
    await env.DB.batch(
      ids.map((sid, i) =>
        env.DB.prepare('UPDATE evaluations SET comment = ? WHERE solution_id = ? AND evaluator_id = ?').bind(
          comments[i],
          sid,
          juror.id,
        ),
      ),
    );

    const ranking = await csvOf(id, owner.token, 'ranking');
    const shown = ranking.rows.slice(1).map((r) => r[2]);
    expect(shown.sort()).toEqual(titles.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)).sort());
    const text = ranking.res.body as string;
    // RFC 4180: CRLF between records, a quoted cell doubles its quotes.
    expect(text.split('\r\n')[0]).toMatch(/^Weighted rank,/);
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');

    const commentRows = (await csvOf(id, owner.token, 'comments')).rows.slice(1);
    const byTitle = new Map(commentRows.map((r) => [r[0]?.replace(/^'/, ''), r]));
    expect(byTitle.get(titles[0])?.[2]).toBe("'\tTabbed");
    expect(byTitle.get(titles[1])?.[2]).toBe("'\rCarriage");
    expect(byTitle.get(titles[2])?.[2]).toBe("'=1+1\nthen a line");
    expect(byTitle.get(titles[3])?.[2]).toBe('plain, with "quotes"\r\nand CRLF');
    expect(byTitle.get(titles[4])?.[2]).toBe("'-minus");
    // No cell of any table starts with a formula character unescaped.
    for (const table of ['ranking', 'jurors', 'conflicts', 'comments', 'agreement']) {
      const { rows } = await csvOf(id, owner.token, table);
      for (const cell of rows.flat()) expect(cell, `${table}: ${cell}`).not.toMatch(/^[=+@\t\r]/);
    }
    const jurorRows = (await csvOf(id, owner.token, 'jurors')).rows;
    expect(jurorRows.map((r) => r[0])).toContain("'=1+1 Juror");
  });

  it('streams the CSV of the ranking a chunk at a time, and breaks off when what counts changes between chunks', async () => {
    const { id, owner, M, S1 } = await fixture();
    const whole = await csvOf(id, owner.token, 'ranking');
    // Chunks of one row (issue 17: keyset on the weighted rank): the same file, read four times.
    const chunked = await reportOf(id, owner.token, '?format=csv&table=ranking&limit=1');
    expect(chunked.status).toBe(200);
    expect(chunked.body).toBe(whole.res.body);
    expect(whole.rows).toHaveLength(1 + 4);
    // The first chunk is read before the answer starts (the sign-in, then one batch); the rest while it streams.
    expect(d1Stats(chunked)).toEqual({ calls: 2, statements: 15 });

    // A score changed while the file is being read renumbers the places: the download breaks off
    // rather than ending as if complete, with rows repeated or missing.
    const res = await SELF.fetch(`${BASE}/api/v1/challenges/${id}/evaluation-report?format=csv&table=ranking&limit=1`, {
      headers: { authorization: `Bearer ${owner.token}`, 'cf-connecting-ip': freshClient() },
    });
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    expect((await reader.read()).done).toBe(false);
    await evaluate(M, S1, scoresOf([5]));
    const rest = async () => {
      for (;;) if ((await reader.read()).done) return;
    };
    await expect(rest()).rejects.toThrow();
  });

  it('is refused to jurors, to anyone before the evaluation, and 404 to whoever may not see the ranking', async () => {
    const { id, owner, H } = await fixture();
    const juror = await reportOf(id, H.token);
    expect(isProblem(juror, 403, 'forbidden')).toBe(true);
    expect(juror.body.detail).toMatch(/owner or a moderator/);
    const stranger = await registerUser('clinician');
    expect((await reportOf(id, stranger.token)).status).toBe(404);
    const anonymous = await api(`/api/v1/challenges/${id}/evaluation-report`);
    expect(isProblem(anonymous, 401, 'unauthorized')).toBe(true);
    const bad = await reportOf(id, owner.token, '?format=csv&table=secrets');
    expect(isProblem(bad, 400, 'validation_failed')).toBe(true);

    const { moderator, owner: o2, cluster } = await freshCast();
    const open = await openChallenge(o2, moderator, cluster.slug);
    const early = await reportOf(open, o2.token);
    expect(early.status).toBe(403);
    expect(early.body.detail).toMatch(/once the challenge is in evaluation/);
  });
});
