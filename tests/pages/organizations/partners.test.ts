import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../web/i18n';
import { marker, profile } from '../../helpers/directory';
import { page } from '../../helpers/pages';
import { translator } from '../../helpers/translator';

/**
 * The partner search page and an organization's profile page, over HTTP against the real local D1:
 * the GET form's filters (checkboxes repeat), cursor pages through the "next" link, an empty state
 * that helps, unreadable filters named by their label, and every text in the four languages.
 */
const m = marker();
let hospital: { id: string; name: string };
let startup: { id: string; name: string };
let hidden: { id: string; name: string };

beforeAll(async () => {
  hospital = await profile({
    name: `Hospital ${m}`,
    kind: 'hospital',
    region: 'Hamburg',
    description: `Tumour board and trial unit ${m}`,
    trl: [5, 9],
    capability: ['liquid-biopsy', m],
    offers: ['pilot_site', 'clinical_data'],
  });
  startup = await profile({
    name: `Start-up ${m}`,
    kind: 'startup',
    country: 'IT',
    description: `Wearable sensors ${m}`,
    capability: ['wearables', m],
    seeks: ['pilot_site'],
  });
  hidden = await profile({ name: `Hidden ${m}`, kind: 'hospital', capability: [m], listed: false });
});

const html = async (path: string, status = 200) => {
  const res = await page(path);
  expect(res.status, path).toBe(status);
  return res.text();
};

describe('partner search page', () => {
  it('filters by checkboxes (repeated), words and selects, and keeps what was ticked', async () => {
    const text = await html(`/partners?capability=${m}&kind=hospital&kind=university&offers=pilot_site`);
    expect(text).toContain(`<a href="/organizations/${hospital.id}">${hospital.name}</a>`);
    expect(text).not.toContain(startup.name);
    expect(text).not.toContain(hidden.name);
    expect(text).toMatch(/<input id="kind-hospital" type="checkbox" name="kind" value="hospital" checked=""/);
    expect(text).toMatch(/<input id="offers-pilot_site" type="checkbox" name="offers" value="pilot_site" checked=""/);
    expect(text).not.toMatch(/id="kind-startup"[^>]*checked/);
    const seeking = await html(`/partners?q=${m}&seeks=pilot_site`);
    expect(seeking).toContain(startup.name);
    expect(seeking).not.toContain(hospital.name);
    expect(seeking).toContain('Looks for: Pilot site');
  });

  it('pages with a "next" link that carries the filters and the cursor', async () => {
    // A page size in the address is kept (the API's `limit`): one a page, by name.
    const first = await html(`/partners?capability=${m}&limit=1`);
    expect(first).toContain(hospital.name);
    expect(first).not.toContain(startup.name);
    expect(first).toContain('rel="next"');
    const many = marker();
    for (let i = 0; i < 21; i++)
      await profile({ name: `Many ${String(i).padStart(2, '0')} ${many}`, capability: [many] });
    const one = await html(`/partners?capability=${many}`);
    const next = /<a href="(\/partners\?[^"]+)" rel="next">/.exec(one)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toContain(`capability=${many}`);
    expect(next).toContain('cursor=');
    const two = await html(next ?? '');
    expect(two).toContain(`Many 20 ${many}`);
    expect(two).not.toContain(`Many 19 ${many}`);
    expect(two).not.toContain('rel="next"');
  });

  it('says what to do when nothing matches, and names unreadable filters', async () => {
    const none = await html(`/partners?q=${m}&offers=investment`);
    expect(none).toContain(translator('en').t('partners.none'));
    expect(none).toContain('<a href="/partners">Clear all filters</a>');
    const bad = await html('/partners?offers=free_lunch&trl=12', 400);
    expect(bad).toContain('Some filters could not be read: Offers and Works at TRL.');
    expect(await html('/partners?q=%21%21', 400)).toContain('Some filters could not be read: Search.');
  });

  for (const locale of LOCALES) {
    it(`is translated: ${locale}`, async () => {
      const { t } = translator(locale);
      const text = await html(`/partners?capability=${m}&lang=${locale}`);
      expect(text).toContain(`<html lang="${locale}"`);
      expect(text).toContain(`<h1>${t('partners.title')}</h1>`);
      expect(text).toContain(`<a href="/partners">${t('nav.partners')}</a>`);
      expect(text).toContain(t('offer.pilot_site'));
      const profilePage = await html(`/organizations/${hospital.id}?lang=${locale}`);
      expect(profilePage).toContain(`<h2 id="about-title">${t('organization.about')}</h2>`);
      expect(profilePage).toContain(t('organization.none'));
    });
  }
});

describe('organization profile page', () => {
  it('shows the profile with its facets and empty public lists', async () => {
    const text = await html(`/organizations/${hospital.id}`);
    expect(text).toContain(`<h1>${hospital.name}</h1>`);
    expect(text).toContain('Tumour board and trial unit');
    expect(text).toContain('TRL 5–9');
    expect(text).toContain('liquid biopsy');
    expect(text).toContain('Clinical data and Pilot site');
    for (const id of ['challenges-title', 'results-title', 'cooperations-title']) expect(text).toContain(`id="${id}"`);
  });

  it('is 404 for an organization that is not listed', async () => {
    await html(`/organizations/${hidden.id}`, 404);
  });
});
