import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { demoWorld } from '../../../worker/seed/demo-world';
import { seedDemo } from '../../../worker/seed/seed';
import { api, must } from '../../helpers/http';

// Issue 12 in the demo world itself (its challenges are written in English, German, Italian and
// Romanian): what Marco typed, and what he expected to find.

const LUNG_RO = 'Timp de răspuns mai scurt pentru testele companion în cancerul pulmonar';
const NODULES_EN = 'AI triage of incidental pulmonary nodules on routine chest CT';
const TAVI_DE = 'Telemonitoring nach kathetergestütztem Aortenklappenersatz (TAVI)';
const SEPSIS_EN = 'Early warning of sepsis on general wards from routine EHR data';
const EXOMES_EN = 'Systematic reanalysis of unsolved exomes in rare-disease patients';
const PGX_EN = 'Pharmacogenomic dosing alerts at the point of prescribing';
const CTDNA_EN = 'ctDNA monitoring of minimal residual disease after colorectal cancer surgery';

/** Titles the public catalogue shows for `q`, best match first. */
const titles = async (q: string) =>
  ((await must(api(`/api/v1/challenges?q=${encodeURIComponent(q)}&limit=100`))).body.data as { title: string }[]).map(
    (c) => c.title,
  );

describe('searching the demo world across languages', () => {
  beforeAll(async () => {
    expect(await seedDemo(createDb(env.DB), demoWorld)).toEqual({ seeded: true });
  });

  it('"lung cancer" finds the Romanian challenge on lung cancer', async () => {
    expect(await titles('lung cancer')).toContain(LUNG_RO);
  });

  it('"Lungenkrebs" finds the English challenge on lung nodules, and the Romanian one', async () => {
    const found = await titles('Lungenkrebs');
    expect(found).toContain(NODULES_EN);
    expect(found).toContain(LUNG_RO);
  });

  it('"tumor" finds the challenges that write "tumour"', async () => {
    expect(await titles('tumor')).toContain(CTDNA_EN);
    expect(await titles('tumour')).toContain(CTDNA_EN);
  });

  it('finds the German and English challenges from the other languages', async () => {
    expect(await titles('aortic stenosis')).toContain(TAVI_DE);
    expect(await titles('stenoză aortică')).toContain(TAVI_DE);
    expect(await titles('Blutvergiftung')).toContain(SEPSIS_EN);
    expect(await titles('elektronische Patientenakte')).toContain(SEPSIS_EN);
    expect(await titles('seltene Erkrankungen')).toContain(EXOMES_EN);
    expect(await titles('boli rare')).toContain(EXOMES_EN);
    expect(await titles('Darmkrebs')).toContain(CTDNA_EN);
    expect(await titles('tumore del colon')).toContain(CTDNA_EN);
    expect(await titles('Pharmakogenomik')).toContain(PGX_EN);
    expect(await titles('tumore del polmone')).toEqual(expect.arrayContaining([LUNG_RO, NODULES_EN]));
  });

  it('shows what has the words as typed before what has them in another language', async () => {
    const found = await titles('lung cancer');
    // The English nodule challenge has "lung" and "cancer"; the Romanian one only "cancer pulmonar".
    expect(found.indexOf(NODULES_EN)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(NODULES_EN)).toBeLessThan(found.indexOf(LUNG_RO));
    // Only the Romanian challenge writes "cancerul"; the English ones follow.
    const romanian = await titles('cancerul pulmonar');
    expect(romanian[0]).toBe(LUNG_RO);
    expect(romanian).toContain(NODULES_EN);
  });
});
