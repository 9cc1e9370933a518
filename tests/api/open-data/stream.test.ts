import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import fc from 'fast-check';
import Papa from 'papaparse';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../worker/index';
import { createWorld, type World } from '../../helpers/actors';
import { BASE, freshClient } from '../../helpers/http';
import { purgePublicCache } from '../../helpers/public-cache';
import { fullScans, type Recorded, recordingEnv } from '../../helpers/query-plan';

// Issue 15, open data "never in memory": the export reads one page of 500 rows per query, and the
// next page only once the reader took the one before, so a slow reader of a large dataset holds
// about two pages, not the dataset. The 100 000 rows are the bench's job (scripts/bench/open-data.ts).

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** Only challenges this file made: the storage is this file's alone, so the dataset is exactly them. */
async function reset() {
  await env.DB.prepare('DELETE FROM challenges').run();
  await purgePublicCache();
}

/**
 * `n` public open challenges, plus a draft, a hidden and a network-only one that the dataset must
 * skip (written straight into D1: thousands of them over HTTP would take minutes).
 */
async function seed(n: number) {
  const rows = [
    ...Array.from({ length: n }, (_, i) => ({ id: uuidv7(), status: 'open', visibility: 'public', hidden: 0, i })),
    { id: uuidv7(), status: 'draft', visibility: 'public', hidden: 0, i: -1 },
    { id: uuidv7(), status: 'open', visibility: 'public', hidden: 1, i: -2 },
    { id: uuidv7(), status: 'open', visibility: 'network', hidden: 0, i: -3 },
  ];
  await env.DB.prepare(
    `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
       care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
       reward_kind, deadline, visibility, hidden_at, published_at)
     SELECT json_extract(value, '$.id'), ?1, ?2, json_extract(value, '$.status'),
       'Open data ' || json_extract(value, '$.i'), 'Summary, with "quotes"' || char(10) || 'and a line break',
       'Problem', 'sepsis', 'diagnosis', 'Adults', 'Manual review', 'Faster', 'Time to decision', 3, 6, 'pilot',
       '2030-01-01T00:00:00.000Z', json_extract(value, '$.visibility'),
       CASE json_extract(value, '$.hidden') WHEN 1 THEN '2026-01-01T00:00:00.000Z' END, '2026-01-01T00:00:00.000Z'
     FROM json_each(?3)`,
  )
    .bind(world.cluster.id, world.users.clinician.id, JSON.stringify(rows))
    .run();
  const expected = await env.DB.prepare(
    "SELECT id, title FROM challenges WHERE listed = 1 AND visibility = 'public' ORDER BY id",
  ).all<{ id: string; title: string }>();
  expect(expected.results).toHaveLength(n);
  await purgePublicCache();
  return expected.results;
}

const isPage = (s: Recorded) => /FROM challenges c\b/.test(s.sql) && /LIMIT \?\s*$/.test(s.sql);

/**
 * Reads the export chunk by chunk through the exported fetch with a recording D1, and says how
 * many page queries had run once the first chunk was read.
 */
async function download(format: 'csv' | 'json') {
  const { env: recording, statements } = recordingEnv();
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${BASE}/api/v1/open-data/challenges.${format}`, { headers: { 'cf-connecting-ip': freshClient() } }),
    recording,
    ctx,
  );
  expect(res.status).toBe(200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let afterFirst = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (afterFirst < 0) afterFirst = statements.filter(isPage).length;
  }
  await waitOnExecutionContext(ctx);
  return { res, text, afterFirst, pages: statements.filter(isPage) };
}

function parsed(format: 'csv' | 'json', text: string): { id: string; title: string; summary: string }[] {
  if (format === 'json') return JSON.parse(text).rows;
  const result = Papa.parse<{ id: string; title: string; summary: string }>(text, {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

async function check(n: number, format: 'csv' | 'json') {
  await reset();
  const expected = await seed(n);
  const { res, text, afterFirst, pages } = await download(format);
  // After the first chunk at most two pages were read; every page asks for 500 rows.
  expect(afterFirst).toBeLessThanOrEqual(2);
  expect(pages.every((p) => p.params.at(-1) === 500)).toBe(true);
  // A last page shorter than 500 ends it: n / 500 full pages and one more.
  expect(pages).toHaveLength(Math.floor(n / 500) + 1);
  const rows = parsed(format, text);
  expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  expect(rows.map((r) => r.title)).toEqual(expected.map((r) => r.title));
  expect(rows.every((r) => r.summary === 'Summary, with "quotes"\nand a line break')).toBe(true);
  return res;
}

describe('open data is streamed page by page', () => {
  it('2 050 rows: CSV and JSON parse back to the public rows in id order, five page queries each', async () => {
    const csv = await check(2050, 'csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const json = await check(2050, 'json');
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('reads every page of both datasets through an index, with no table scan and no sort', async () => {
    await reset();
    await seed(3);
    const { env: recording, statements } = recordingEnv();
    for (const file of ['challenges.csv', 'results.json']) {
      const ctx = createExecutionContext();
      const res = await worker.fetch(new Request(`${BASE}/api/v1/open-data/${file}`), recording, ctx);
      await res.text();
      await waitOnExecutionContext(ctx);
    }
    const pages = statements.filter((s) => /LIMIT \?\s*$/.test(s.sql));
    expect(pages).toHaveLength(2);
    expect(await fullScans(pages, (detail) => /TEMP B-TREE/.test(detail))).toEqual([]);
  });

  it('holds the rows as they were when it started: a challenge published meanwhile is left out', async () => {
    await reset();
    const expected = await seed(600);
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`${BASE}/api/v1/open-data/challenges.json`), env, ctx);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await env.DB.prepare(
      `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
         care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
         reward_kind, deadline)
       SELECT ?, cluster_id, owner_id, 'open', 'Published meanwhile', summary, problem_statement, indication,
         care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
         reward_kind, deadline FROM challenges LIMIT 1`,
    )
      .bind(uuidv7())
      .run();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
    }
    await waitOnExecutionContext(ctx);
    expect(JSON.parse(text).rows.map((r: { id: string }) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('every size around a page boundary (0, 1, 499, 500, 501) reads back whole, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 1, 499, 500, 501),
        fc.constantFrom('csv' as const, 'json' as const),
        async (n, format) => {
          await check(n, format);
        },
      ),
      {
        numRuns: 10,
        examples: [
          [0, 'csv'],
          [500, 'json'],
          [501, 'csv'],
        ],
      },
    );
  });
});
