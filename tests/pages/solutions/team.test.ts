import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';
import { getTeam, joinTeam } from '../../helpers/team';
import { unique } from '../../helpers/unique';
import { expectReadableMessages } from '../messages/readable';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const of = (kind: 'clinician' | 'solver', name: string, country = 'DE') =>
  registerUser(kind, { organization: { name, kind: kind === 'solver' ? 'startup' : 'hospital', country } });

describe('the team section of the solution page', () => {
  it('lists the team for its members; the submitter invites, removes and hands over, a member leaves — each asked first', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const acme = `Acme ${unique()}`;
    const [submitter, member] = await Promise.all([of('solver', acme), of('clinician', `Klinikum ${unique()}`)]);
    const solution = await submitSolution(submitter, id);

    // Invite from the page; the invitee finds it on their page and accepts it there.
    const invited = await postForm(`/solutions/${solution}/team`, submitter.cookie, {
      email: member.email,
      role: 'clinical_lead',
    });
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe(`/solutions/${solution}?done=invited#team`);
    const me = await (await page('/me', member.cookie)).text();
    expect(me).toContain('invites you to the team of the solution');
    const invitation = me.match(/\/me\/invitations\/([0-9a-f-]{36})\/accept/)?.[1] ?? '';
    const joined = await postForm(`/me/invitations/${invitation}/accept`, member.cookie, {});
    expect(joined.headers.get('location')).toBe(`/solutions/${solution}?done=joined`);

    const asSubmitter = await (await page(`/solutions/${solution}`, submitter.cookie)).text();
    expect(asSubmitter).toContain('<h2 id="team-title">Team</h2>');
    expect(asSubmitter).toContain('Clinical lead');
    expect(asSubmitter).toContain(acme);
    expect(asSubmitter).toContain(`action="/solutions/${solution}/team/${member.id}/remove"`);
    expect(asSubmitter).toContain(`action="/solutions/${solution}/team/${member.id}/submitter"`);
    expect(asSubmitter).toContain('<label for="email">Their email address</label>');

    const asMember = await (await page(`/solutions/${solution}`, member.cookie)).text();
    expect(asMember).toContain('Team');
    expect(asMember).not.toContain('Invite a co-applicant');
    expect(asMember).not.toContain(`/team/${submitter.id}/remove`);
    expect(asMember).toContain(`action="/solutions/${solution}/team/${member.id}/remove"`);
    expect(asMember).not.toContain(`action="/solutions/${solution}/withdraw"`);

    // Handing over asks first (without JavaScript: a confirm page), then happens.
    const ask = await postForm(`/solutions/${solution}/team/${member.id}/submitter`, submitter.cookie, {});
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('the submitter of');
    const done = await postForm(`/solutions/${solution}/team/${member.id}/submitter`, submitter.cookie, {
      confirmed: 'yes',
    });
    expect(done.headers.get('location')).toBe(`/solutions/${solution}?done=handed_over#team`);
    expect((await must(getTeam(member, solution))).body.submitter_id).toBe(member.id);

    // The former submitter leaves: asked first, then gone, and the solution is 404 to them.
    const leave = await postForm(`/solutions/${solution}/team/${submitter.id}/remove`, submitter.cookie, {
      confirmed: 'yes',
    });
    expect(leave.headers.get('location')).toBe('/me');
    expect((await page(`/solutions/${solution}`, submitter.cookie)).status).toBe(404);
  });

  it('lets the submitter revoke a pending team invitation from the page; nobody else', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, id);
    const email = `invitee-${unique()}@test.example`;
    await postForm(`/solutions/${solution}/team`, submitter.cookie, { email, role: 'other' });
    const html = await (await page(`/solutions/${solution}`, submitter.cookie)).text();
    const revoke = html.match(/action="(\/solutions\/[^"]+\/team\/invitations\/[0-9a-f-]{36}\/revoke)"/)?.[1] ?? '';
    expect(revoke).not.toBe('');
    expect((await postForm(revoke, owner.cookie, {})).status).toBe(404);
    const done = await postForm(revoke, submitter.cookie, {});
    expect(done.headers.get('location')).toBe(`/solutions/${solution}?done=revoked#team`);
    const team = await must(getTeam(submitter, solution));
    expect(team.body.invitations).toEqual([expect.objectContaining({ email, status: 'revoked' })]);
  });

  it('says in German what is wrong with an invitation and keeps what was typed', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, id);
    const res = await postForm(`/solutions/${solution}/team?lang=de`, submitter.cookie, {
      email: 'keine-adresse',
      role: 'nobody',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('<h2 id="team-title">Team</h2>');
    expect(html).toContain('id="email-error"');
    expect(html).toContain('id="role-error"');
    expect(html).toContain('value="keine-adresse"');
    expectReadableMessages(html, 'de', 'team invitation');
  });

  it('shows the owner and the recused juror why; the juror cannot answer for that solution', async () => {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const org = `Klinik Süd ${unique()}`;
    const [submitter, member, juror] = await Promise.all([
      registerUser('solver'),
      of('clinician', org),
      of('clinician', org.toLowerCase(), 'IT'),
    ]);
    const solution = await submitSolution(submitter, id);
    await joinTeam(submitter, solution, member);
    await assignJury(owner, id, juror);
    const asOwner = await (await page(`/solutions/${solution}?lang=it`, owner.cookie)).text();
    expect(asOwner).toContain('Giurati esclusi automaticamente');
    expect(asOwner).toContain(`l’organizzazione del giurato (${org.toLowerCase()}) è quella del membro del team`);
    const declarations = await (await page(`/challenges/${id}/conflicts`, juror.cookie)).text();
    expect(declarations).toContain(
      `Bedside recused you from this solution: a member of its team is from your organization (${org.toLowerCase()})`,
    );
    expect(declarations).not.toContain(`name="conflicts.${solution}" value="no"`);
    // Saving the page leaves the recusal standing.
    await postForm(`/challenges/${id}/conflicts`, juror.cookie, { [`conflicts.${solution}`]: 'no' });
    const team = await must(getTeam(owner, solution));
    expect(team.body.recusals).toHaveLength(1);
    expect((await api(`/api/v1/solutions/${solution}`, { token: juror.token })).status).toBe(404);
  });
});
