import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { demoWorld } from '../../../worker/seed/demo-world';
import { seedDemo } from '../../../worker/seed/seed';
import { page } from '../../helpers/pages';

// Regions are named as people there name them, on every page language: a clinician in Iași reads
// "Regiunea Nord-Est", one in Düsseldorf "Nordrhein-Westfalen".

beforeAll(async () => {
  expect(await seedDemo(createDb(env.DB), demoWorld)).toEqual({ seeded: true });
});

const NATIVE = {
  'life-science-nord': 'Schleswig-Holstein und Hamburg',
  'medizin-nrw': 'Nordrhein-Westfalen',
  'imago-mol': 'Regiunea Nord-Est',
  biorn: 'Rhein-Neckar',
  'clust-er-health': 'Emilia-Romagna',
} as const;

describe('the demo clusters’ regions', () => {
  it.each(Object.entries(NATIVE))(
    'the page of %s names its region %s, on an English page too',
    async (slug, region) => {
      const res = await page(`/clusters/${slug}?lang=en`);
      expect(res.status).toBe(200);
      const html = await res.text();
      // Where the page says where the cluster is (its description may say more, in English).
      expect(html).toContain(`${region} · `);
    },
  );

  it('the home page lists the regions in their own language', async () => {
    const html = await (await page('/?lang=en')).text();
    for (const region of Object.values(NATIVE)) expect(html).toContain(region);
  });
});
