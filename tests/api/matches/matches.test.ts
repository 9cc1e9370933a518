import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { draftSolution } from '../../helpers/solutions';

// One fixture for the whole file (its own D1): every organization and expert here is known, so
// the order and the reasons are checked exactly. Other tests below add nothing in oncology or
// liquid biopsy at the diagnosis step.
const CHALLENGE = {
  tags: ['oncology', 'liquid-biopsy'],
  care_pathway_step: 'diagnosis',
  trl_min: 6,
  trl_max: 6,
  regulation: 'ivdr',
  device_class: 'C',
  ce_marking_required: true,
  reward_kind: 'pilot',
  data_on_offer: 'pseudonymised',
};

let world: World;
let owner: TestUser;
let challenge: string;
const orgs: Record<string, string> = {};
const experts: Record<string, TestUser> = {};

async function expert(name: string, expertise: string[], visible = true) {
  const user = await registerUser('solver', { name });
  await must(
    api('/api/v1/me/profile', {
      method: 'PATCH',
      token: user.token,
      body: { public: visible, headline: `${name}, ${expertise.join(' and ')}`, expertise },
    }),
  );
  return user;
}

const matchesOf = (id: string, user: TestUser, query = '', headers: Record<string, string> = {}) =>
  api(`/api/v1/challenges/${id}/matches${query}`, { token: user.token, headers });

beforeAll(async () => {
  world = await createWorld();
  owner = await registerUser('clinician', { organization: { name: 'Owner University Hospital', kind: 'hospital' } });
  const me = await must(api('/api/v1/me', { token: owner.token }));
  const ownOrg = me.body.organization.id as string;
  // The owner's own organization fits perfectly, and is never suggested.
  await env.DB.batch([
    env.DB.prepare("UPDATE organizations SET listed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").bind(ownOrg),
    env.DB.prepare(
      "INSERT INTO organization_facets VALUES (?, 'capability', 'oncology'), (?, 'pathway', 'diagnosis')",
    ).bind(ownOrg, ownOrg),
  ]);
  const made = await Promise.all([
    profile({
      name: 'Alpha Dx',
      kind: 'sme',
      trl: [5, 7],
      capability: ['oncology', 'liquid-biopsy'],
      pathway: ['diagnosis'],
      regulatory: ['C', 'IIa'],
      offers: ['regulatory_advice'],
      seeks: ['pilot_site'],
    }),
    profile({ name: 'Beta Labs', kind: 'startup', trl: [1, 3], capability: ['oncology'], pathway: ['diagnosis'] }),
    profile({ name: 'Aardvark Analytics', kind: 'startup', capability: ['oncology'], pathway: ['diagnosis'] }),
    profile({ name: 'Gamma Clinic', trl: [3, 9], pathway: ['diagnosis'], offers: ['pilot_site'] }),
    profile({
      name: 'Delta Sequencing',
      kind: 'large_company',
      capability: ['liquid-biopsy', 'oncology'],
      seeks: ['clinical_data', 'investment'],
    }),
    profile({
      name: 'Epsilon Unlisted',
      listed: false,
      capability: ['oncology', 'liquid-biopsy'],
      pathway: ['diagnosis'],
    }),
    profile({ name: 'Zeta Cardio', capability: ['cardiology'], pathway: ['treatment'], offers: ['pilot_site'] }),
  ]);
  for (const org of made) orgs[org.name] = org.id;
  experts.xavier = await expert('Xavier Expert', ['liquid-biopsy', 'oncology']);
  experts.yara = await expert('Yara Expert', ['oncology', 'cardiology']);
  experts.zoe = await expert('Zoe Private', ['oncology', 'liquid-biopsy'], false);
  challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug, CHALLENGE);
});

describe('GET /api/v1/challenges/{id}/matches', () => {
  it('ranks listed organizations and public experts by score, with the reasons from the matched facets', async () => {
    const res = await must(matchesOf(challenge, owner));
    expect(res.headers.get('cache-control')).toBe('no-store');
    const rows = res.body.organizations.map((m: { organization: { name: string }; score: number; reason: string }) => [
      m.organization.name,
      m.score,
      m.reason,
    ]);
    expect(rows).toEqual([
      [
        'Alpha Dx',
        // 2 tags × 3, pathway 2, class C 2, TRL 1, offers 1, seeks 1
        13,
        'liquid biopsy, oncology; care pathway: diagnosis; experience with IVDR class C; TRL 5–7 covers 6; offers regulatory advice; seeks a pilot site',
      ],
      ['Delta Sequencing', 7, 'liquid biopsy, oncology; seeks clinical data'],
      // A tie at 5 is broken by name.
      ['Aardvark Analytics', 5, 'oncology; care pathway: diagnosis'],
      ['Beta Labs', 5, 'oncology; care pathway: diagnosis'],
      ['Gamma Clinic', 4, 'care pathway: diagnosis; TRL 3–9 covers 6; offers a pilot site'],
    ]);
    expect(res.body.organizations[0]).toMatchObject({
      organization: { id: orgs['Alpha Dx'], kind: 'sme', country: 'DE' },
      matched: {
        capability: ['liquid-biopsy', 'oncology'],
        pathway: 'diagnosis',
        regulatory: 'C',
        trl: { partner: [5, 7], challenge: [6, 6] },
        offers: ['regulatory_advice'],
        seeks: ['pilot_site'],
      },
    });
    expect(
      res.body.experts.map((m: { person: { id: string }; score: number; reason: string }) => [
        m.person.id,
        m.score,
        m.reason,
      ]),
    ).toEqual([
      [experts.xavier?.id, 6, 'liquid biopsy, oncology'],
      [experts.yara?.id, 3, 'oncology'],
    ]);
    expect(res.body.experts[0].person).toEqual({
      id: experts.xavier?.id,
      name: 'Xavier Expert',
      headline: 'Xavier Expert, liquid-biopsy and oncology',
    });
  });

  it('reads the challenge and every suggestion in one round trip: no query per candidate', async () => {
    // The challenge's own read (and whatever signing in costs), with one statement more in its batch.
    const detail = d1Stats(await must(api(`/api/v1/challenges/${challenge}`, { token: owner.token })));
    const matches = d1Stats(await must(matchesOf(challenge, owner)));
    expect(matches).toEqual({ calls: detail.calls, statements: detail.statements + 1 });
  });

  it('never suggests an unlisted organization, a private profile, the owner or their own organization', async () => {
    const res = await must(matchesOf(challenge, owner));
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(orgs['Epsilon Unlisted']);
    expect(text).not.toContain('Epsilon');
    expect(text).not.toContain('Owner University Hospital');
    expect(text).not.toContain(experts.zoe?.id);
    expect(text).not.toContain('Zoe');
    expect(text).not.toContain('Zeta');
    expect(text).not.toContain(owner.id);
    // No email address of anyone, ever.
    expect(text).not.toMatch(/@/);
  });

  it('says the reasons in the language asked: ?lang, then Accept-Language', async () => {
    const gamma = async (query: string, headers: Record<string, string> = {}) =>
      (await must(matchesOf(challenge, owner, query, headers))).body.organizations.find(
        (m: { organization: { name: string } }) => m.organization.name === 'Gamma Clinic',
      ).reason;
    expect(await gamma('?lang=de')).toBe(
      'Versorgungsschritt: Diagnostik; TRL 3–9 deckt 6 ab; bietet einen Pilotstandort',
    );
    expect(await gamma('?lang=it')).toBe('percorso di cura: diagnosi; TRL 3–9 copre 6; offre un sito pilota');
    expect(await gamma('?lang=ro')).toBe('etapa de îngrijire: diagnostic; TRL 3–9 acoperă 6; oferă un loc de pilotare');
    expect(await gamma('', { 'accept-language': 'ro;q=0.5, it-IT;q=0.9, fr' })).toBe(
      'percorso di cura: diagnosi; TRL 3–9 copre 6; offre un sito pilota',
    );
    expect(await gamma('?lang=en', { 'accept-language': 'de' })).toBe(
      'care pathway: diagnosis; TRL 3–9 covers 6; offers a pilot site',
    );
    const alpha = (await must(matchesOf(challenge, owner, '?lang=de&limit=1'))).body.organizations;
    expect(alpha).toHaveLength(1);
    expect(alpha[0].reason).toBe(
      'liquid biopsy, oncology; Versorgungsschritt: Diagnostik; Erfahrung mit IVDR-Klasse C; TRL 5–7 deckt 6 ab; bietet regulatorische Beratung; sucht einen Pilotstandort',
    );
  });

  it('is for the owner, the moderators of its cluster and admins; a challenge one cannot see is 404', async () => {
    const stranger = await registerUser('clinician');
    expect((await matchesOf(challenge, world.users.moderator)).status).toBe(200);
    expect((await matchesOf(challenge, world.users.admin)).status).toBe(200);
    const refused = await matchesOf(challenge, stranger);
    expect(isProblem(refused, 403)).toBe(true);
    expect(refused.body.detail).toContain('owner');
    expect((await matchesOf(challenge, world.users.other_moderator)).status).toBe(403);
    expect((await api(`/api/v1/challenges/${challenge}/matches`)).status).toBe(401);
    const draft = await createDraft(owner, world.cluster.slug, CHALLENGE);
    expect((await matchesOf(draft.id, owner)).status).toBe(200);
    const hidden = await matchesOf(draft.id, stranger);
    expect(isProblem(hidden, 404)).toBe(true);
    expect((await matchesOf(draft.id, world.users.other_moderator)).status).toBe(404);
    expect((await matchesOf(crypto.randomUUID(), owner)).status).toBe(404);
  });
  it('stops suggesting an organization once it has a submitted solution on the challenge (a draft is its own)', async () => {
    const solver = await registerUser('solver', { organization: { name: 'Submitting SME', kind: 'sme' } });
    const org = (await must(api('/api/v1/me', { token: solver.token }))).body.organization.id as string;
    await env.DB.batch([
      env.DB.prepare("UPDATE organizations SET listed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").bind(org),
      env.DB.prepare("INSERT INTO organization_facets VALUES (?, 'capability', 'tele-rehabilitation')").bind(org),
    ]);
    const other = await openChallenge(owner, world.users.moderator, world.cluster.slug, {
      tags: ['tele-rehabilitation'],
      care_pathway_step: 'rehabilitation',
    });
    const names = async () =>
      (await must(matchesOf(other, owner))).body.organizations.map(
        (m: { organization: { name: string } }) => m.organization.name,
      );
    expect(await names()).toEqual(['Submitting SME']);
    const draft = await draftSolution(solver, other);
    expect(await names()).toEqual(['Submitting SME']);
    await must(api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token }));
    expect(await names()).toEqual([]);
  });
});

describe('GET /api/v1/me/matches', () => {
  it('ranks the open challenges and calls that fit their organization and expertise, never one they cannot see', async () => {
    const seeker = await registerUser('solver', {
      organization: { name: 'Seeker Start-up', kind: 'startup', country: 'AT' },
    });
    const org = (await must(api('/api/v1/me', { token: seeker.token }))).body.organization.id as string;
    await env.DB.batch([
      env.DB.prepare('UPDATE organizations SET trl_min = 5, trl_max = 7 WHERE id = ?').bind(org),
      env.DB.prepare(
        "INSERT INTO organization_facets VALUES (?, 'capability', 'wearables'), (?, 'pathway', 'monitoring'), (?, 'seeks', 'investment'), (?, 'regulatory', 'IIa')",
      ).bind(org, org, org, org),
    ]);
    // Their own expertise counts too, even on a private profile: it is theirs.
    await must(
      api('/api/v1/me/profile', { method: 'PATCH', token: seeker.token, body: { expertise: ['sleep-apnoea'] } }),
    );
    const monitoring = {
      care_pathway_step: 'monitoring',
      regulation: 'mdr',
      device_class: 'IIa',
      trl_min: 4,
      trl_max: 6,
    };
    const callId = await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug]);
    const best = await openChallenge(owner, world.users.moderator, world.cluster.slug, {
      ...monitoring,
      title: 'Sleep apnoea at home with wearables',
      tags: ['wearables', 'sleep-apnoea'],
      reward_kind: 'funding_call',
      call_id: callId,
    });
    const weaker = await openChallenge(owner, world.users.moderator, world.cluster.slug, {
      ...monitoring,
      title: 'Remote monitoring after heart surgery',
      device_class: 'I',
      tags: ['cardiology'],
      visibility: 'network',
    });
    const draft = await createDraft(owner, world.cluster.slug, { ...monitoring, tags: ['wearables'] });
    const res = await must(api('/api/v1/me/matches', { token: seeker.token }));
    expect(res.body.organization).toEqual({ id: org, name: 'Seeker Start-up' });
    expect(
      res.body.challenges.map((m: { challenge: { id: string }; score: number; reason: string }) => [
        m.challenge.id,
        m.score,
        m.reason,
      ]),
    ).toEqual([
      [
        best,
        // 2 tags × 3, pathway 2, class IIa 2, TRL 1, seeks investment 1
        12,
        'sleep apnoea, wearables; care pathway: monitoring; experience with MDR class IIa; TRL 5–7 overlaps 4–6; seeks investment',
      ],
      [weaker, 3, 'care pathway: monitoring; TRL 5–7 overlaps 4–6'],
    ]);
    expect(res.body.challenges[0].challenge.call_id).toBe(callId);
    expect(res.body.calls).toEqual([
      {
        call: { id: callId, title: 'Precision oncology call 2027', closes_at: expect.any(String) },
        score: 12,
        reason: 'challenges that fit: “Sleep apnoea at home with wearables”',
        challenge_ids: [best],
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(draft.id);
    // Every challenge suggested is one they may read.
    for (const m of res.body.challenges) {
      expect((await api(`/api/v1/challenges/${m.challenge.id}`, { token: seeker.token })).status).toBe(200);
    }
    const de = await must(api('/api/v1/me/matches?lang=de', { token: seeker.token }));
    expect(de.body.calls[0].reason).toBe('passende Challenges: „Sleep apnoea at home with wearables“');
    expect(de.body.challenges[1].reason).toBe('Versorgungsschritt: Monitoring; TRL 5–7 überschneidet sich mit 4–6');
  });

  it('is empty for someone with no organization and no expertise, and 401 without signing in', async () => {
    const nobody = await registerUser('solver');
    expect((await must(api('/api/v1/me/matches', { token: nobody.token }))).body).toEqual({
      organization: null,
      challenges: [],
      calls: [],
    });
    expect(isProblem(await api('/api/v1/me/matches'), 401)).toBe(true);
    // The organization and the suggestions in one round trip, like reading one's own profile.
    const profile = d1Stats(await must(api('/api/v1/me/profile', { token: nobody.token })));
    expect(d1Stats(await must(api('/api/v1/me/matches', { token: nobody.token }))).calls).toBe(profile.calls);
  });
});
