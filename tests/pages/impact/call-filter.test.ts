import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCall } from '../../helpers/calls';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';
import { page } from '../../helpers/pages';

// The call filter of a cluster's impact dashboard (issue 15): a <select> in the GET form of the
// dates, so it works without JavaScript and every filtered view has an address. The fixture's A5
// is put into a published call (tests/api/impact/call-filter.test.ts works its figures out).

let f: ImpactFixture;
let callId: string;
const RANGE = 'from=2024-01-01&to=2024-06-30';
const at = (date: string) => `${date}T12:00:00.000Z`;

beforeAll(async () => {
  f = await impactFixture();
  callId = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO calls (id, status, title, description, opens_at, closes_at, published_at)
       VALUES (?, 'published', 'Sepsis diagnostics call', 'Faster sepsis diagnostics.', ?, ?, ?)`,
    ).bind(callId, at('2023-12-01'), at('2024-03-31'), at('2023-12-01')),
    env.DB.prepare('INSERT INTO call_clusters (call_id, cluster_id, lead) VALUES (?, ?, 1)').bind(callId, f.a.id),
    env.DB.prepare('UPDATE challenges SET call_id = ? WHERE cluster_id = ? AND decided_at = ?').bind(
      callId,
      f.a.id,
      at('2024-04-01'),
    ),
  ]);
});

const needsDesc = (html: string) =>
  /<title[^>]*>Needs and decisions by quarter<\/title>\s*<desc[^>]*>([^<]*)<\/desc>/.exec(html)?.[1];

describe("the cluster impact dashboard's call filter", () => {
  it('offers the cluster’s calls in the GET form of the dates, all challenges chosen at first', async () => {
    const res = await page(`/clusters/${f.a.slug}/impact?${RANGE}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const form = /<form method="get" action="[^"]*"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toContain('<label for="call">Call</label>');
    expect(form).toMatch(/<select id="call" name="call"><option value="" selected="">All challenges<\/option>/);
    expect(form).toContain(`<option value="${callId}">Sepsis diagnostics call</option>`);
    expect(needsDesc(html)).toContain('Needs published: 5 in Q1 2024');
  });

  it("shows only the call's figures once chosen, says so, and keeps the call in the downloads", async () => {
    const res = await page(`/clusters/${f.a.slug}/impact?${RANGE}&call=${callId}`, f.moderator.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<option value="${callId}" selected="">Sepsis diagnostics call</option>`);
    expect(html).toContain('Only the challenges of the call “Sepsis diagnostics call” in these figures');
    expect(needsDesc(html)).toBe(
      'Needs posted: 1 in Q1 2024 and 0 in Q2 2024; Needs published: 1 in Q1 2024 and 0 in Q2 2024; Decisions: 0 in Q1 2024 and 1 in Q2 2024.',
    );
    expect(html).toContain(
      `href="/api/v1/clusters/${f.a.slug}/impact.csv?from=2024-01-01&amp;to=2024-06-30&amp;call=${callId}"`,
    );
  });

  it('is translated', async () => {
    const html = await (await page(`/clusters/${f.a.slug}/impact?${RANGE}&call=${callId}&lang=de`)).text();
    expect(html).toContain('<label for="call">Ausschreibung</label>');
    expect(html).toContain('Alle Challenges');
    expect(html).toContain('Challenges der Ausschreibung „Sepsis diagnostics call“');
  });

  it('is 404 for a call the visitor may not see, and does not offer it', async () => {
    const draft = await createCall(f.moderator, [f.a.slug], { title: 'Draft call not yet public' });
    const res = await page(`/clusters/${f.a.slug}/impact?${RANGE}&call=${draft.id}`);
    expect(res.status).toBe(404);
    const html = await (await page(`/clusters/${f.a.slug}/impact?${RANGE}`)).text();
    expect(html).not.toContain('Draft call not yet public');
    const managers = await (await page(`/clusters/${f.a.slug}/impact?${RANGE}`, f.moderator.cookie)).text();
    expect(managers).toContain(`<option value="${draft.id}">Draft call not yet public</option>`);
  });
});
