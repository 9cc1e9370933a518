import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';
import { page } from '../../helpers/pages';

// The impact dashboards on the hand-worked fixture (tests/helpers/impact-fixture.ts): the charts are
// server-rendered SVG images named and described by their figures, each with a table under it.

/** The `<svg role="img">` elements of a page, each with its title, desc and whether it draws a line. */
const charts = (html: string) =>
  [...html.matchAll(/<svg[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/g)].map((m) => ({
    title: /<title[^>]*>([^<]*)<\/title>/.exec(m[1] ?? '')?.[1],
    desc: /<desc[^>]*>([^<]*)<\/desc>/.exec(m[1] ?? '')?.[1],
    path: /<path class="chart-line[^"]*" d="M[^"]+"/.test(m[1] ?? ''),
  }));

let f: ImpactFixture;
beforeAll(async () => {
  f = await impactFixture();
});

const RANGE = 'from=2024-01-01&to=2024-06-30';

describe('the cluster impact dashboard', () => {
  it("shows the cluster's moderators every chart, each described by its figures, with a table under it", async () => {
    const res = await page(`/clusters/${f.a.slug}/impact?${RANGE}`, f.moderator.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<h1>Impact figures: Cluster ${f.a.slug}</h1>`);
    for (const heading of [
      'Dates',
      'Needs and decisions',
      'Solutions and who sends them',
      'Time to decision',
      'Juries',
      'Cooperations after the decision',
    ]) {
      expect(html, heading).toMatch(new RegExp(`<h2 id="[^"]+">${heading}</h2>`));
    }
    const found = charts(html);
    expect(found.map((c) => c.title)).toEqual([
      'Needs and decisions by quarter',
      'Solutions submitted and SMEs reached by quarter',
      'Solutions by country',
      'Solutions by kind of organization',
      'Days from publication to decision, by quarter of the decision',
      'Days from posting to decision, by quarter of the decision',
      'Cooperations, pilots and KPIs by quarter',
    ]);
    expect(found[0]?.desc).toBe(
      'Needs posted: 6 in Q1 2024 and 0 in Q2 2024; Needs published: 5 in Q1 2024 and 0 in Q2 2024; Decisions: 2 in Q1 2024 and 3 in Q2 2024.',
    );
    expect(found[1]?.desc).toBe(
      'Solutions submitted: 4 in Q1 2024 and 2 in Q2 2024; SMEs reached: 2 in Q1 2024 and 2 in Q2 2024.',
    );
    expect(found[2]?.desc).toBe('DE: 4 (67%) and AT: 2 (33%).');
    expect(found[3]?.desc).toBe('SME: 3 (50%), Start-up: 2 (33%) and Industry: 1 (17%).');
    // The trend line is drawn by d3-shape inside workerd, as a path.
    expect(found[4]).toEqual({
      title: 'Days from publication to decision, by quarter of the decision',
      desc: 'Median: 20 days in Q1 2024 and 40 days in Q2 2024; 90th percentile: 30 days in Q1 2024 and 90 days in Q2 2024.',
      path: true,
    });
    // The tables under the charts hold the same figures.
    expect(html).toMatch(
      /<th scope="row">Q1 2024<\/th><td class="num">6<\/td><td class="num">5<\/td><td class="num">2<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">All these dates<\/th><td class="num">5<\/td><td class="num">30<\/td><td class="num">90<\/td>/,
    );
    expect(html).toContain('Distinct SMEs and start-ups reached: 3');
    expect(html).toContain('<dd>4 / 8</dd>');
    expect(html).toContain('<dd>50%</dd>');
    expect(found[6]?.desc).toBe(
      'Cooperations started: 0 in Q1 2024 and 2 in Q2 2024; Pilots started: 0 in Q1 2024 and 2 in Q2 2024; Pilots completed: 0 in Q1 2024 and 1 in Q2 2024; KPIs met: 0 in Q1 2024 and 1 in Q2 2024.',
    );
    expect(html).toContain('Pilots running now: 1');
    expect(html).toMatch(/<th scope="row">CHF<\/th>\s*<td class="num">CHF\s40,000\.00<\/td>/);
    // The form keeps the dates, and the downloads carry them.
    expect(html).toContain('value="2024-01-01"');
    expect(html).toContain(`href="/api/v1/clusters/${f.a.slug}/impact.csv?from=2024-01-01&amp;to=2024-06-30"`);
  });

  it('shows everyone else the public figures only', async () => {
    const solver = await registerUser('solver');
    for (const cookie of [undefined, solver.cookie]) {
      const html = await (await page(`/clusters/${f.a.slug}/impact?${RANGE}`, cookie)).text();
      expect(html).toContain('The cluster’s moderators see more.');
      expect(charts(html).map((c) => c.title)).toEqual([
        'Needs and decisions by quarter',
        'Solutions by country',
        'Cooperations, pilots and KPIs by quarter',
      ]);
      // Public cooperations only (K1), with their public milestones: no funding, no pilot running.
      expect(html).toContain('Only cooperations both sides have agreed to make public are counted here');
      expect(charts(html)[2]?.desc).toBe(
        'Cooperations started: 0 in Q1 2024 and 1 in Q2 2024; Pilots started: 0 in Q1 2024 and 1 in Q2 2024; Pilots completed: 0 in Q1 2024 and 1 in Q2 2024; KPIs met: 0 in Q1 2024 and 1 in Q2 2024.',
      );
      expect(html).toContain('Pilots running now: 0');
      expect(html).not.toContain('Follow-on funding raised');
      expect(charts(html)[0]?.desc).toBe(
        'Needs published: 5 in Q1 2024 and 0 in Q2 2024; Decisions: 2 in Q1 2024 and 3 in Q2 2024.',
      );
      expect(html).toContain('In each quarter, a country with fewer than 5 solutions is left out');
      expect(html).not.toContain('Juries');
      expect(html).not.toContain('Time to decision');
    }
  });

  it('answers dates that run backwards with the form again, saying what to fix', async () => {
    const res = await page(`/clusters/${f.a.slug}/impact?from=2024-06-30&to=2024-01-01`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('the first on or before the second');
    expect(html).toContain('value="2024-06-30"');
    expect(charts(html)).toEqual([]);
  });

  it('in German', async () => {
    const html = await (await page(`/clusters/${f.a.slug}/impact?${RANGE}&lang=de`, f.moderator.cookie)).text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('Bedarfe und Entscheidungen je Quartal');
    expect(html).toContain('Median: 20 Tage in Q1 2024 und 40 Tage in Q2 2024');
  });

  it('is linked from the cluster page', async () => {
    const html = await (await page(`/clusters/${f.a.slug}`)).text();
    expect(html).toContain(`href="/clusters/${f.a.slug}/impact"`);
  });
});

describe('the network impact dashboard', () => {
  it('adds up every cluster for admins', async () => {
    const res = await page(`/impact?${RANGE}`, f.admin.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Impact figures of the network</h1>');
    expect(charts(html)[2]?.desc).toBe('DE: 4 (57%), AT: 2 (29%) and FR: 1 (14%).');
  });
});
