import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { page } from '../../helpers/pages';

describe('account settings: your data', () => {
  it('says what the download holds and links to it and to deleting the account, in English and German', async () => {
    const user = await registerUser('clinician');
    const en = await (await page('/me/account', user.cookie)).text();
    expect(en).toContain('<h2 id="data-title">Your data</h2>');
    expect(en).toContain('<section aria-labelledby="data-title">');
    expect(en).toMatch(/<a href="\/me\/account\/data.json" download="">Download my data \(JSON\)<\/a>/);
    expect(en).toContain('<a href="/me/account/delete">Delete my account…</a>');
    expect(en).toContain('salted hash');

    const de = await (await page('/me/account?lang=de', user.cookie)).text();
    expect(de).toContain('<h2 id="data-title">Ihre Daten</h2>');
    expect(de).toContain('Meine Daten herunterladen (JSON)');
    expect(de).toContain('<a href="/me/account/delete">Mein Konto löschen …</a>');
  });

  it('hands the signed-in person their data as a JSON file to keep', async () => {
    const user = await registerUser('solver');
    const res = await page('/me/account/data.json', user.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bedside-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = (await res.json()) as { account: { id: string; email: string }; solutions: unknown[] };
    expect(data.account).toMatchObject({ id: user.id, email: user.email });
    expect(data.solutions).toEqual([]);
  });

  it('after 10 downloads in an hour, says when to come back instead of a file (429, Retry-After)', async () => {
    const user = await registerUser('solver');
    for (let i = 0; i < 10; i++) expect((await page('/me/account/data.json', user.cookie)).status).toBe(200);
    const res = await page('/me/account/data.json', user.cookie);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const seconds = Number(res.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(3600);
    const html = await res.text();
    expect(html).toContain('<h1>Too many requests</h1>');
    expect(html).toMatch(/Wait \d+ minutes?, then try again\./);
    const de = await (await page('/me/account/data.json?lang=de', user.cookie)).text();
    expect(de).toContain('<h1>Zu viele Anfragen</h1>');
  });

  it('sends anonymous visitors to sign in, and back to the download afterwards', async () => {
    const res = await page('/me/account/data.json', undefined, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/me/account/data.json')}`);
    expect(res.headers.get('content-disposition')).toBeNull();
  });
});
