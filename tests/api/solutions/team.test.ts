import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putConflict,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { outboxTo } from '../../helpers/mail';
import { draftSolution, NOT_VISIBLE, patchSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { getTeam, handOver, inviteMember, joinTeam, removeMember } from '../../helpers/team';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A person of an organization (name as typed at registration, country as given). */
const of = (kind: 'clinician' | 'solver', name: string, country = 'DE') =>
  registerUser(kind, { organization: { name, kind: kind === 'solver' ? 'startup' : 'hospital', country } });

interface Recusal {
  juror_id: string;
  organization: string;
  member: string;
  reason: string;
}

describe('a team of three across two organizations', () => {
  it('recuses a juror from a member’s organization automatically, says why, and counts none of their scores', async () => {
    const { clinician: owner, moderator } = world.users;
    const acme = `Acme Diagnostics ${unique()}`;
    const nord = `Klinikum Nord ${unique()}`;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const [submitter, bea, carl, recused, fair, acmeJuror] = await Promise.all([
      of('solver', acme),
      of('clinician', nord),
      of('solver', acme),
      // The same organization as Bea's, typed otherwise and registered in another country: still a match.
      of('clinician', nord.toUpperCase(), 'AT'),
      of('clinician', `Elsewhere ${unique()}`),
      of('clinician', acme, 'IT'),
    ]);
    const solution = await submitSolution(submitter, id);
    // Seated before Bea joins (recused when she does) …
    await assignJury(owner, id, recused);
    await assignJury(owner, id, fair);
    await declare(recused, solution, false);
    await joinTeam(submitter, solution, bea, 'clinical_lead');
    await joinTeam(submitter, solution, carl, 'technical_lead');
    // … and seated after the team formed (recused when seated): the submitter's organization counts too.
    await assignJury(owner, id, acmeJuror);

    const team = await must(getTeam(owner, solution));
    expect(team.body.members).toEqual([
      expect.objectContaining({ user_id: submitter.id, submitter: true, organization: acme, role: 'other' }),
      expect.objectContaining({ user_id: bea.id, submitter: false, organization: nord, role: 'clinical_lead' }),
      expect.objectContaining({ user_id: carl.id, submitter: false, organization: acme, role: 'technical_lead' }),
    ]);
    expect(team.body.invitations).toBeNull();
    const recusals = team.body.recusals as Recusal[];
    expect(recusals.map((r) => r.juror_id).sort()).toEqual([recused.id, acmeJuror.id].sort());
    const reason = recusals.find((r) => r.juror_id === recused.id);
    expect(reason).toMatchObject({ organization: nord.toUpperCase(), member: 'Test clinician' });
    expect(reason?.reason).toBe(
      `Jury member's organization (${nord.toUpperCase()}) is that of team member Test clinician.`,
    );
    expect(recusals.find((r) => r.juror_id === acmeJuror.id)?.organization).toBe(acme);

    // The juror: the solution is closed to them, and they cannot clear the conflict; the refusal says why.
    expect((await api(`/api/v1/solutions/${solution}`, { token: recused.token })).status).toBe(404);
    const clear = await putConflict(recused, solution, { conflict: false });
    expect(clear.status).toBe(409);
    // The juror learns their own organization, never which member (that would break blind review).
    expect(clear.body.detail).toContain(`a member of its team is from your organization (${nord.toUpperCase()})`);
    expect(clear.body.detail).not.toContain('Test clinician');
    // Members of the team never see the recusals (nor does the juror through the team).
    expect((await must(getTeam(bea, solution))).body.recusals).toBeNull();

    // Scores: the recused juror scores nothing; the fair juror's count alone.
    await startEvaluation(owner, id);
    await declare(fair, solution, false);
    await evaluate(fair, solution, scoresOf([1]));
    expect((await putEvaluation(recused, solution, { scores: scoresOf([5]) })).status).toBe(404);
    // Scores recorded before a recusal (say, before teams existed) stop counting once it is synced.
    await env.DB.prepare(
      'INSERT INTO evaluations (solution_id, evaluator_id, scores) VALUES (?, ?, json(\'{"clinical_impact":5,"feasibility":5,"innovation":5,"trl_fit":5,"regulatory_data_readiness":5,"business_case":5}\'))',
    )
      .bind(solution, acmeJuror.id)
      .run();
    await must(removeMember(submitter, solution, carl.id), 204);
    const ranked = await must(ranking(owner, id));
    expect(ranked.body.data.find((r: { solution_id: string }) => r.solution_id === solution)).toMatchObject({
      evaluations: 1,
      score: 0,
    });

    // Bea leaves: the recusal it caused is lifted at once; the juror declares again.
    await must(removeMember(bea, solution, bea.id), 204);
    const after = await must(getTeam(owner, solution));
    expect((after.body.recusals as Recusal[]).map((r) => r.juror_id)).toEqual([acmeJuror.id]);
    await declare(recused, solution, false);
    await evaluate(recused, solution, scoresOf([5]));
    const counted = await must(ranking(owner, id));
    expect(counted.body.data.find((r: { solution_id: string }) => r.solution_id === solution)).toMatchObject({
      evaluations: 2,
      score: 50,
    });
  });
});

describe('team members', () => {
  async function teamOfTwo() {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const [submitter, member] = await Promise.all([registerUser('solver'), registerUser('clinician')]);
    const solution = await submitSolution(submitter, id);
    await joinTeam(submitter, solution, member);
    return { id, solution, submitter, member };
  }

  it('read and edit the solution, but neither submit nor withdraw it, nor manage the team', async () => {
    const { id, solution, submitter, member } = await teamOfTwo();
    const read = await must(api(`/api/v1/solutions/${solution}`, { token: member.token }));
    const edited = await must(
      patchSolution(member, solution, { title: 'Edited by a co-applicant', version: read.body.version }),
    );
    expect(edited.body.title).toBe('Edited by a co-applicant');
    const withdraw = await withdrawSolution(member, solution);
    expect(withdraw.status).toBe(403);
    expect(withdraw.body.detail).toBe('Only the submitter withdraws the solution; ask them to.');
    const invite = await inviteMember(member, solution, `x-${unique()}@test.example`);
    expect(invite.status).toBe(403);
    expect((await removeMember(member, solution, submitter.id)).status).toBe(403);
    expect((await handOver(member, solution, member.id)).status).toBe(403);
    // Their list of the challenge's solutions holds it, as theirs.
    const list = await must(api(`/api/v1/challenges/${id}/solutions`, { token: member.token }));
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: solution, mine: true, summary: expect.any(String) }),
    ]);
  });

  it('only the submitter submits a draft', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const [submitter, member] = await Promise.all([registerUser('solver'), registerUser('solver')]);
    const draft = await draftSolution(submitter, id);
    await joinTeam(submitter, draft, member);
    const byMember = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: member.token });
    expect(byMember.status).toBe(403);
    expect(byMember.body.detail).toBe('Only the submitter submits the solution; ask them to.');
    await must(api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: submitter.token }));
  });

  it('lose access at once when removed: 404, as for anyone else', async () => {
    const { solution, submitter, member } = await teamOfTwo();
    await must(removeMember(submitter, solution, member.id), 204);
    for (const path of [`/api/v1/solutions/${solution}`, `/api/v1/solutions/${solution}/team`]) {
      const res = await api(path, { token: member.token });
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(NOT_VISIBLE);
    }
    expect((await patchSolution(member, solution, { title: 'Too late', version: 1 })).status).toBe(404);
    // Removing someone not on the team is a 404 with a clear detail; the submitter cannot be removed.
    const again = await removeMember(submitter, solution, member.id);
    expect(again.status).toBe(404);
    expect(again.body.detail).toBe("That person is not on this solution's team.");
    const self = await removeMember(submitter, solution, submitter.id);
    expect(self.status).toBe(403);
  });

  it('take over as submitter when it is handed to them; the former submitter stays a member', async () => {
    const { solution, submitter, member } = await teamOfTwo();
    const handed = await must(handOver(submitter, solution, member.id));
    expect(handed.body).toEqual({ submitter_id: member.id });
    const team = await must(getTeam(member, solution));
    expect(team.body.submitter_id).toBe(member.id);
    expect(team.body.members.map((m: { user_id: string; submitter: boolean }) => [m.user_id, m.submitter])).toEqual([
      [member.id, true],
      [submitter.id, false],
    ]);
    expect(team.body.invitations).toEqual([expect.objectContaining({ email: member.email, status: 'accepted' })]);
    expect((await withdrawSolution(submitter, solution)).status).toBe(403);
    await must(withdrawSolution(member, solution));
  });
});

describe('team invitations', () => {
  it('are emailed, shown to the submitter, and accepted only by a confirmed account of the address', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, id);
    const email = `co-applicant-${unique()}@test.example`;
    expect((await inviteMember(submitter, solution, email, 'business_lead')).status).toBe(202);
    const [mail] = await outboxTo(email, 'invitation');
    expect(JSON.parse(String(mail?.params))).toMatchObject({
      seat: 'team',
      title: 'Point-of-care NGS panel with same-day reporting',
    });
    const listed = await must(getTeam(submitter, solution));
    expect(listed.body.invitations).toEqual([
      expect.objectContaining({ email, role: 'business_lead', status: 'pending' }),
    ]);

    // Someone else with the link: refused; the addressee, unconfirmed: refused; confirmed: joins.
    const { invitationToken } = await import('../../helpers/evaluation');
    const token = await invitationToken(solution, email);
    const stranger = await registerUser('solver');
    expect((await api('/api/v1/invitations/accept', { token: stranger.token, body: { token } })).status).toBe(403);
    const unconfirmed = await registerUser('solver', { email }, { confirmed: false });
    expect((await api('/api/v1/invitations/accept', { token: unconfirmed.token, body: { token } })).status).toBe(403);
    await env.DB.prepare("UPDATE users SET email_confirmed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .bind(unconfirmed.id)
      .run();
    const accepted = await must(api('/api/v1/invitations/accept', { token: unconfirmed.token, body: { token } }));
    expect(accepted.body).toEqual({ seat: 'team', challenge_id: id, cluster_id: null, solution_id: solution });
    const team = await must(getTeam(unconfirmed, solution));
    expect(team.body.members).toContainEqual(
      expect.objectContaining({ user_id: unconfirmed.id, role: 'business_lead' }),
    );

    // A member is not invited again; a juror of the challenge cannot join a team competing in it.
    const again = await inviteMember(submitter, solution, email);
    expect(again.status).toBe(409);
    const juror = await registerUser('clinician');
    await assignJury(owner, id, juror);
    await must(inviteMember(submitter, solution, juror.email), 202);
    const seated = await api('/api/v1/invitations/accept', {
      token: juror.token,
      body: { token: await invitationToken(solution, juror.email) },
    });
    expect(seated.status).toBe(409);
  });

  it('are the submitter’s alone to send: others 403 if they see the solution, 404 if not, 401 anonymous', async () => {
    const { clinician: owner, moderator, admin, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, id);
    const cases: [string, TestUser | undefined, number][] = [
      ['owner', owner, 403],
      ['moderator', moderator, 403],
      ['admin', admin, 403],
      ['another solver', await registerUser('solver'), 404],
      ['other moderator', otherModerator, 404],
      ['anonymous', undefined, 401],
    ];
    for (const [who, user, status] of cases) {
      const res = await inviteMember(user, solution, `x-${unique()}@test.example`);
      expect(res.status, who).toBe(status);
    }
  });
});

describe('personal data of a team member', () => {
  it('the export holds their memberships; deleting the account waits until they leave a running challenge’s team', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const org = `Deletion Org ${unique()}`;
    const [submitter, member] = await Promise.all([registerUser('solver'), of('clinician', org)]);
    const solution = await submitSolution(submitter, id);
    await joinTeam(submitter, solution, member, 'business_lead');

    const exported = await must(api('/api/v1/me/export', { token: member.token }));
    expect(exported.body.team_memberships).toEqual([
      expect.objectContaining({ solution_id: solution, role: 'business_lead', organization_name: org }),
    ]);
    expect(exported.body.invitations_received).toEqual([
      expect.objectContaining({ kind: 'team', role: 'business_lead', status: 'accepted' }),
    ]);

    const refused = await api('/api/v1/me/deletion', { token: member.token, body: { password: PASSWORD } });
    expect(refused.status).toBe(409);
    expect(refused.body.blockers).toEqual([
      { reason: 'team_in_open_challenge', id: solution, title: expect.any(String) },
    ]);
    expect(refused.body.detail).toContain('leave the team first');
    await must(removeMember(member, solution, member.id), 204);
    await must(api('/api/v1/me/deletion', { token: member.token, body: { password: PASSWORD } }), 204);
  });
});
