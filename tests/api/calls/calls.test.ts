import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModerator, createWorld, registerUser, type World } from '../../helpers/actors';
import { callBody, callTransition, createCall, publishedCall } from '../../helpers/calls';
import { draftBody, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api, isProblem, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('a joint call of two clusters', () => {
  it('is created by a moderator, reviewed by a moderator of the other cluster, and then public', async () => {
    const { moderator, other_moderator, solver } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    expect(call.status).toBe('draft');

    // A draft is its managers' alone: 404 to everyone else, missing from their lists.
    expect(isProblem(await api(`/api/v1/calls/${call.id}`), 404, 'not_found')).toBe(true);
    expect(isProblem(await api(`/api/v1/calls/${call.id}`, { token: solver.token }), 404)).toBe(true);
    const anonymousList = await must(api('/api/v1/calls'));
    expect(anonymousList.body.items.map((c: { id: string }) => c.id)).not.toContain(call.id);
    const otherSees = await must(api(`/api/v1/calls/${call.id}`, { token: other_moderator.token }));
    expect(otherSees.body.clusters.map((c: { slug: string; lead: boolean }) => [c.slug, c.lead])).toEqual([
      [world.cluster.slug, true],
      [world.otherCluster.slug, false],
    ]);
    expect(otherSees.body.rules).toEqual(callBody([]).rules);
    expect(otherSees.body.benefits[0]).toMatchObject({ kind: 'money', amount_minor: 5_000_000, currency: 'EUR' });

    await must(callTransition(moderator, call.id, 'submit'));
    // Never its creator: the same review discipline as a challenge.
    const own = await callTransition(moderator, call.id, 'publish');
    expect(isProblem(own, 403, 'forbidden')).toBe(true);
    expect(own.body.detail).toContain('You created this call');
    const published = await must(callTransition(other_moderator, call.id, 'publish'));
    expect(published.body.status).toBe('published');
    expect(published.body.published_at).toBeTruthy();

    const read = await must(api(`/api/v1/calls/${call.id}`));
    expect(read.body.title).toBe(callBody([]).title);
    const byCluster = await must(api(`/api/v1/calls?cluster=${world.otherCluster.slug}`));
    expect(byCluster.body.items.map((c: { id: string }) => c.id)).toContain(call.id);
    const audit = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE entity_type = 'call' AND entity_id = ? ORDER BY id",
    )
      .bind(call.id)
      .all<{ action: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(['call.create', 'call.submit', 'call.publish']);
  });

  it('refuses a call from someone who moderates none of its clusters, and a moderator of neither cluster cannot see or publish it', async () => {
    const { other_moderator, clinician, moderator } = world.users;
    const refused = await api('/api/v1/calls', { token: clinician.token, body: callBody([world.cluster.slug]) });
    expect(isProblem(refused, 403, 'forbidden')).toBe(true);
    const notTheirs = await api('/api/v1/calls', {
      token: other_moderator.token,
      body: callBody([world.cluster.slug]),
    });
    expect(isProblem(notTheirs, 403, 'forbidden')).toBe(true);
    const call = await createCall(moderator, [world.cluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    expect(isProblem(await callTransition(other_moderator, call.id, 'publish'), 404, 'not_found')).toBe(true);
    // An admin publishes it.
    await must(callTransition(world.users.admin, call.id, 'publish'));
  });

  it('a request for changes goes back to its managers, and its note is theirs alone once published', async () => {
    const { moderator, other_moderator } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    const noNote = await callTransition(other_moderator, call.id, 'request_changes');
    expect(isProblem(noNote, 400, 'validation_failed')).toBe(true);
    const back = await must(
      callTransition(other_moderator, call.id, 'request_changes', 'Name the benefits per winner.'),
    );
    expect(back.body).toMatchObject({ status: 'changes_requested', moderator_note: 'Name the benefits per winner.' });
    await must(callTransition(moderator, call.id, 'submit'));
    await must(callTransition(other_moderator, call.id, 'publish'));
    expect((await must(api(`/api/v1/calls/${call.id}`))).body.moderator_note).toBeNull();
    const managers = await must(api(`/api/v1/calls/${call.id}`, { token: moderator.token }));
    expect(managers.body.moderator_note).toBe('Name the benefits per winner.');
  });

  it('is edited with its version; a stale edit is refused', async () => {
    const { moderator } = world.users;
    const call = await createCall(moderator, [world.cluster.slug]);
    const edited = await must(
      api(`/api/v1/calls/${call.id}`, {
        method: 'PATCH',
        token: moderator.token,
        body: { version: call.version, title: 'Renamed precision call', rules: [] },
      }),
    );
    expect(edited.body).toMatchObject({ title: 'Renamed precision call', rules: [], version: call.version + 1 });
    const stale = await api(`/api/v1/calls/${call.id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { version: call.version, title: 'Another title here' },
    });
    expect(isProblem(stale, 412, 'stale_version')).toBe(true);
  });
});

describe('the review of a call is someone else’s', () => {
  const patchCall = (user: { token: string }, id: string, body: Record<string, unknown>) =>
    api(`/api/v1/calls/${id}`, { method: 'PATCH', token: user.token, body });

  it('a colleague who edited the draft does not publish it; a third moderator does', async () => {
    const { moderator, admin } = world.users;
    const colleague = await createModerator(admin, world.cluster.slug);
    const third = await createModerator(admin, world.cluster.slug);
    const call = await createCall(moderator, [world.cluster.slug]);
    await must(patchCall(colleague, call.id, { version: call.version, title: 'A call rewritten by a colleague' }));
    await must(callTransition(colleague, call.id, 'submit'));
    const own = await callTransition(colleague, call.id, 'publish');
    expect(isProblem(own, 403, 'forbidden')).toBe(true);
    expect(own.body.detail).toContain('You edited this call');
    expect((await must(callTransition(third, call.id, 'publish'))).body.status).toBe('published');
  });

  it('a joint call is published by a moderator of the cluster its creator does not speak for', async () => {
    const { moderator, other_moderator, admin } = world.users;
    const colleague = await createModerator(admin, world.cluster.slug);
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    // The creator's colleague moderates the same cluster only: the other cluster has not agreed.
    const enlisted = await callTransition(colleague, call.id, 'publish');
    expect(isProblem(enlisted, 403, 'forbidden')).toBe(true);
    expect(enlisted.body.detail).toContain(`names Cluster ${world.otherCluster.slug}`);
    await must(callTransition(other_moderator, call.id, 'publish'));
  });

  it('keeps a published call’s rules: solvers applied under them', async () => {
    const { moderator, admin } = world.users;
    const rules = [{ rule: 'countries', params: { countries: ['DE', 'AT'] } }];
    const id = await publishedCall(moderator, admin, [world.cluster.slug], { rules });
    const read = await must(api(`/api/v1/calls/${id}`));
    const changed = await patchCall(moderator, id, {
      version: read.body.version,
      rules: [{ rule: 'countries', params: { countries: ['DE'] } }],
    });
    expect(isProblem(changed, 409, 'invalid_state')).toBe(true);
    expect(changed.body.detail).toContain('rules of a published call are fixed');
    expect((await must(api(`/api/v1/calls/${id}`))).body).toMatchObject({ rules, version: read.body.version });
    // The same rules sent back (as the edit form does), in another order, with an amended description: fine.
    const amended = await must(
      patchCall(moderator, id, {
        version: read.body.version,
        description: 'Amended: the pitch day moves to Graz.',
        rules: [{ rule: 'countries', params: { countries: ['AT', 'DE'] } }],
      }),
    );
    expect(amended.body.description).toBe('Amended: the pitch day moves to Graz.');
  });
});

describe('challenges in a call', () => {
  it('a challenge is put into an open call, and the catalogue filters by it', async () => {
    const { moderator, clinician } = world.users;
    const callId = await publishedCall(moderator, world.users.admin, [world.cluster.slug]);
    const inCall = await openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
    const outside = await openChallenge(clinician, moderator, world.cluster.slug);
    const filtered = await must(api(`/api/v1/challenges?call=${callId}`));
    const ids = filtered.body.data.map((c: { id: string }) => c.id);
    expect(ids).toEqual([inCall]);
    expect(ids).not.toContain(outside);
    const read = await must(api(`/api/v1/challenges/${inCall}`));
    expect(read.body.call_id).toBe(callId);
  });

  it('a draft call takes no challenge', async () => {
    const call = await createCall(world.users.moderator, [world.cluster.slug]);
    const res = await api('/api/v1/challenges', {
      token: world.users.clinician.token,
      body: draftBody(world.cluster.slug, { call_id: call.id }),
    });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors[0].path).toBe('call_id');
  });

  it('takes challenges of its own clusters only', async () => {
    const callId = await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug]);
    const before = await count('SELECT count(*) AS n FROM challenges WHERE call_id = ?', callId);
    const res = await api('/api/v1/challenges', {
      token: world.users.clinician.token,
      body: draftBody(world.otherCluster.slug, { call_id: callId }),
    });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.detail).toContain("Choose a call your challenge's cluster runs");
    expect(res.body.errors[0].path).toBe('call_id');
    expect(await count('SELECT count(*) AS n FROM challenges WHERE call_id = ?', callId)).toBe(before);
  });
});

describe('eligibility at submission', () => {
  async function solverOf(organization: Record<string, unknown> | undefined) {
    return registerUser('solver', organization ? { organization: { name: `Org ${unique()}`, ...organization } } : {});
  }

  async function challengeInCall(rules: unknown[]) {
    const { moderator, clinician } = world.users;
    const callId = await publishedCall(moderator, world.users.admin, [world.cluster.slug], { rules });
    return openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
  }

  const submit = (token: string, challenge: string, trl: number) =>
    api(`/api/v1/challenges/${challenge}/solutions`, {
      token,
      body: {
        title: 'Point-of-care NGS panel with same-day reporting',
        summary: 'A cartridge-based NGS panel that reports EGFR, ALK, ROS1 and KRAS within 24 hours of biopsy.',
        approach: 'Amplicon panel on a benchtop sequencer, automated variant calling, FHIR report to the HIS.',
        trl,
        team: 'Molecular biologists',
        ip_status: 'none',
        links: [],
        summary_public: true,
        submit: true,
      },
    });

  it('refuses an ineligible solver with 422 naming each unmet rule, and accepts an eligible one', async () => {
    const challenge = await challengeInCall([
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
      { rule: 'organization_kinds', params: { kinds: ['sme', 'startup'] } },
      { rule: 'company_sizes', params: { sizes: ['micro', 'small', 'medium'] } },
    ]);
    const italian = await solverOf({ kind: 'hospital', country: 'IT' });
    const refused = await submit(italian.token, challenge, 8);
    expect(isProblem(refused, 422, 'not_eligible')).toBe(true);
    expect(refused.body.errors.map((e: Record<string, string>) => [e.rule, e.expected, e.actual])).toEqual([
      ['trl', '4-6', '8'],
      ['organization_kinds', 'sme, startup', 'hospital'],
      ['countries', 'DE, AT', 'IT'],
      ['company_sizes', 'micro, small, medium', 'unknown'],
    ]);
    expect(refused.body.detail).toContain("your organization's country must be DE, AT (it is IT)");
    const count = await env.DB.prepare('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?')
      .bind(challenge)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);

    const german = await solverOf({ kind: 'sme', country: 'DE', size: 'small' });
    const accepted = await must(submit(german.token, challenge, 5), 201);
    expect(accepted.body.status).toBe('submitted');
  });

  it('checks the rules when a draft is submitted too', async () => {
    const challenge = await challengeInCall([{ rule: 'trl', params: { min: 4, max: 6 } }]);
    const solver = await solverOf({ kind: 'sme', country: 'DE' });
    const draft = await api(`/api/v1/challenges/${challenge}/solutions`, {
      token: solver.token,
      body: {
        title: 'Point-of-care NGS panel with same-day reporting',
        summary: 'A cartridge-based NGS panel that reports EGFR, ALK, ROS1 and KRAS within 24 hours of biopsy.',
        approach: 'Amplicon panel on a benchtop sequencer, automated variant calling, FHIR report to the HIS.',
        trl: 3,
        team: 'Molecular biologists',
        ip_status: 'none',
        links: [],
        summary_public: true,
      },
    });
    expect(draft.status).toBe(201);
    const refused = await api(`/api/v1/solutions/${draft.body.id}/submit`, { token: solver.token, method: 'POST' });
    expect(isProblem(refused, 422, 'not_eligible')).toBe(true);
    expect(refused.body.errors).toEqual([expect.objectContaining({ rule: 'trl', expected: '4-6', actual: '3' })]);
  });

  it('a challenge in no call takes anyone', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const solver = await solverOf(undefined);
    expect((await submit(solver.token, challenge, 9)).status).toBe(201);
  });
});

describe('who manages a call', () => {
  it('a moderator appointed to the second cluster later manages it too', async () => {
    const { moderator, admin } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    const later = await createModerator(admin, world.otherCluster.slug);
    await must(api(`/api/v1/calls/${call.id}`, { token: later.token }));
    await must(callTransition(later, call.id, 'submit'));
    expect((await must(api(`/api/v1/calls/${call.id}`, { token: later.token }))).body.status).toBe('in_review');
  });
});
