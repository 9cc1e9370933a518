import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

/** The expert profile form and the people directory, as pages without JavaScript. */
describe('expert profile pages', () => {
  it('saves a profile typed in words, lists it once public, and never shows the address', async () => {
    const word = `Liquid biopsy ${unique()}`;
    const expert = await registerUser('clinician');
    const saved = await postForm('/me/profile', expert.cookie, {
      offered_public: 'yes',
      public: 'on',
      headline: 'Molecular pathologist',
      bio: 'Lung cancer, ctDNA.',
      expertise: `${word}, Oncology`,
      languages: 'de\nit',
      juror: 'on',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/me/profile?done=public');
    const form = await (await page('/me/profile?done=public', expert.cookie)).text();
    expect(form).toContain('Your profile is saved and shown in the people directory.');
    // Saved as tags, shown again as the words they were made from.
    expect(form).toContain(`value="${word.toLowerCase()}, oncology"`);

    const listed = await page(`/people?expertise=${encodeURIComponent(word)}`);
    expect(listed.status).toBe(200);
    const html = await listed.text();
    expect(html).toContain('Molecular pathologist');
    expect(html).toContain('German, Italian');
    expect(html).toContain('<span class="badge">Juror</span>');
    expect(html).not.toContain(expert.email);
    const german = await (await page(`/people?lang=de&expertise=${encodeURIComponent(word)}`)).text();
    expect(german).toContain('<h1>Personen</h1>');
    expect(german).toContain('Deutsch, Italienisch');

    // Unticked (the box was on the page), it leaves the directory.
    await postForm('/me/profile', expert.cookie, { offered_public: 'yes', headline: 'Molecular pathologist' });
    expect(await (await page(`/people?expertise=${encodeURIComponent(word)}`)).text()).not.toContain(
      'Molecular pathologist',
    );
  });

  it('does not offer publishing before the address is confirmed, and refuses it if sent anyway', async () => {
    const newcomer = await registerUser('solver', {}, { confirmed: false });
    const html = await (await page('/me/profile', newcomer.cookie)).text();
    expect(html).not.toContain('name="public"');
    expect(html).toContain('Confirm your email address to make your profile public');
    const forced = await postForm('/me/profile', newcomer.cookie, { offered_public: 'yes', public: 'on' });
    // The form again, saying why (the domain's refusal, in the page's language).
    expect(forced.status).toBe(400);
    expect(await forced.text()).toMatch(/Confirm your email address (first|to make your profile public)/);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM expert_profiles WHERE user_id = ?')
      .bind(newcomer.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it('answers a mistake next to its field and keeps what was typed', async () => {
    const expert = await registerUser('clinician');
    const res = await postForm('/me/profile', expert.cookie, {
      offered_public: 'yes',
      headline: 'x'.repeat(141),
      expertise: 'Genomics',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="headline-error"');
    expect(html).toContain('value="Genomics"');
  });
});
