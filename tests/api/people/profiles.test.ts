import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { saveOwnProfile } from '../../../worker/access/people';
import { PASSWORD, registerUser, type TestUser } from '../../helpers/actors';
import { interleaved, signedInAs } from '../../helpers/domain';
import { api, isProblem, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

/**
 * Expert profiles (issue 16) are opt-in: private and empty until their person saves one and makes
 * it public; the directory shows only public ones of confirmed, living accounts, never an address.
 */

const patch = (user: TestUser, body: Record<string, unknown>) =>
  api('/api/v1/me/profile', { method: 'PATCH', token: user.token, body });
const people = async (query: string) => (await must(api(`/api/v1/people?${query}`))).body;
const ids = (page: { data: { id: string }[] }) => page.data.map((p) => p.id);
const rows = async (userId: string) =>
  (
    await env.DB.prepare(
      'SELECT (SELECT count(*) FROM expert_profiles WHERE user_id = ?1) + (SELECT count(*) FROM expert_facets WHERE user_id = ?1) AS n',
    )
      .bind(userId)
      .first<{ n: number }>()
  )?.n;

describe('expert profiles', () => {
  it('are private and empty until saved, and listed only once made public', async () => {
    const tag = `genomics-${unique()}`;
    const expert = await registerUser('clinician', {
      organization: { name: `Klinikum ${unique()}`, kind: 'hospital', country: 'DE' },
    });
    expect((await must(api('/api/v1/me/profile', { token: expert.token }))).body).toEqual({
      public: false,
      headline: '',
      bio: '',
      expertise: [],
      languages: [],
      juror: false,
      mentor: false,
      updated_at: null,
    });
    await must(patch(expert, { headline: 'Molecular pathologist', expertise: [tag], languages: ['DE', 'en'] }));
    expect(ids(await people(`expertise=${tag}`))).toEqual([]);

    const saved = (await must(patch(expert, { public: true, juror: true }))).body;
    expect(saved).toMatchObject({ public: true, headline: 'Molecular pathologist', expertise: [tag], juror: true });
    expect(saved.languages).toEqual(['de', 'en']);
    const listed = await people(`expertise=${tag}`);
    expect(listed.data).toEqual([
      {
        id: expert.id,
        name: expect.any(String),
        headline: 'Molecular pathologist',
        bio: '',
        expertise: [tag],
        languages: ['de', 'en'],
        juror: true,
        mentor: false,
        organization: null,
      },
    ]);
    // Never their address, in the directory or anywhere in its answer; nor the organization they
    // typed at registration, which nobody has confirmed (anyone could type a hospital's name).
    expect(JSON.stringify(listed)).not.toContain(expert.email);
    expect(JSON.stringify(listed)).not.toContain('Klinikum');

    await must(patch(expert, { public: false }));
    expect(ids(await people(`expertise=${tag}`))).toEqual([]);
  });

  it('needs a confirmed address to be made public, and writes nothing when refused', async () => {
    const newcomer = await registerUser('solver', {}, { confirmed: false });
    const refused = await patch(newcomer, { public: true, headline: 'Founder' });
    expect(isProblem(refused, 403)).toBe(true);
    expect(refused.body.detail).toMatch(/Confirm your email address first/);
    expect(await rows(newcomer.id)).toBe(0);
    // Kept private, it may be prepared before confirming.
    await must(patch(newcomer, { headline: 'Founder' }));
    expect(await rows(newcomer.id)).toBe(1);
  });

  it('filters by expertise, language and availability, in pages walked to the end', async () => {
    const tag = `pathology-${unique()}`;
    const [a, b, c] = await Promise.all([registerUser('clinician'), registerUser('solver'), registerUser('clinician')]);
    await must(patch(a as TestUser, { public: true, expertise: [tag], languages: ['it'], juror: true }));
    await must(patch(b as TestUser, { public: true, expertise: [tag, 'oncology'], languages: ['ro'], mentor: true }));
    await must(
      patch(c as TestUser, { public: true, expertise: [tag], languages: ['it', 'ro'], juror: true, mentor: true }),
    );
    const all = [a, b, c].map((u) => u?.id).sort();
    expect(ids(await people(`expertise=${tag}`))).toEqual(all);
    expect(ids(await people(`expertise=${tag}&language=it`))).toEqual([a?.id, c?.id].sort());
    expect(ids(await people(`expertise=${tag}&juror=true`))).toEqual([a?.id, c?.id].sort());
    expect(ids(await people(`expertise=${tag}&mentor=true&language=ro`))).toEqual([b?.id, c?.id].sort());
    expect(ids(await people(`expertise=${tag}&juror=true&mentor=true`))).toEqual([c?.id]);
    // One a page: each once, in order, and the last page says there is no more.
    const walked: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await people(`expertise=${tag}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...ids(page));
      cursor = page.next_cursor;
    }
    expect(walked).toEqual(all);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const expert = await registerUser('clinician');
    await must(patch(expert, { headline: 'Before' }));
    const before = (await must(api('/api/v1/me/profile', { token: expert.token }))).body;
    for (const [body, path] of [
      [{ languages: ['xx'] }, 'languages.0'],
      [{ languages: ['german'] }, 'languages.0'],
      [{ expertise: ['Not a tag!'] }, 'expertise.0'],
      [{ headline: 'x'.repeat(141) }, 'headline'],
      [{ email: 'me@example.org' }, ''],
    ] as const) {
      const res = await patch(expert, body);
      expect(isProblem(res, 400), JSON.stringify(body)).toBe(true);
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await must(api('/api/v1/me/profile', { token: expert.token }))).body).toEqual(before);
    expect(isProblem(await api('/api/v1/people?language=zz'), 400)).toBe(true);
    expect(isProblem(await api('/api/v1/people?cursor=not-ours'), 400)).toBe(true);
    expect((await api('/api/v1/me/profile')).status).toBe(401);
  });

  it('is in the personal data export, and goes with the account', async () => {
    const tag = `cardiology-${unique()}`;
    const expert = await registerUser('clinician');
    await must(patch(expert, { public: true, headline: 'Cardiologist', expertise: [tag], languages: ['en'] }));
    const exported = (await must(api('/api/v1/me/export', { token: expert.token }))).body;
    expect(exported.expert_profile).toMatchObject({
      public: true,
      headline: 'Cardiologist',
      expertise: [tag],
      languages: ['en'],
    });
    await must(api('/api/v1/me/deletion', { token: expert.token, body: { password: PASSWORD } }), 204);
    expect(ids(await people(`expertise=${tag}`))).toEqual([]);
    expect(await rows(expert.id)).toBe(0);
  });

  it("keeps only plain text and today's language codes", async () => {
    const expert = await registerUser('clinician');
    const saved = (
      await must(
        patch(expert, {
          headline: 'Pathologist\u202E gnp.exe\u0000\nand biobank lead',
          bio: 'Line one\nLine two\u0007',
          languages: ['iw', 'DE'],
        }),
      )
    ).body;
    expect(saved.headline).toBe('Pathologist gnp.exe and biobank lead');
    expect(saved.bio).toBe('Line one\nLine two');
    // The old code for Hebrew is stored as today's, so a filter on `he` finds them.
    expect(saved.languages).toEqual(['de', 'he']);
  });

  it("leaves nothing behind when a save races the account's deletion", async () => {
    const expert = await registerUser('clinician');
    const db = interleaved(() =>
      must(api('/api/v1/me/deletion', { token: expert.token, body: { password: PASSWORD } }), 204),
    );
    await saveOwnProfile(db, signedInAs(expert), { public: true, headline: 'Left behind?', expertise: ['oncology'] });
    expect(await rows(expert.id)).toBe(0);
  });
});
