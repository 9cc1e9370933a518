import { describe, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { createCall, publishedCall } from '../../helpers/calls';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { invitationToken } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { draftSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';
import { createTemplate } from '../../helpers/terms';
import { unique } from '../../helpers/unique';
import { type Cost, expectPinned, measure } from './measure';

/**
 * Two clusters running `n` published calls together (reviewed across them), the first with `n`
 * challenges in it, each challenge with `n` jury invitations waiting; `n` terms templates; a draft
 * call; a draft challenge with two stages.
 */
async function world(n: number) {
  const admin = await createAdmin();
  const [lead, joint] = [await createCluster(admin), await createCluster(admin)];
  const moderator = await createModerator(admin, lead.slug);
  const reviewer = await createModerator(admin, joint.slug);
  const [owner, invitee, solver] = [
    await registerUser('clinician'),
    await registerUser('clinician'),
    await registerUser('solver'),
  ];
  const calls: string[] = [];
  for (let i = 0; i < n; i++) calls.push(await publishedCall(moderator, reviewer, [lead.slug, joint.slug]));
  const call = calls[0] ?? '';
  let challenge = '';
  for (let i = 0; i < n; i++) {
    challenge = await openChallenge(owner, moderator, lead.slug, { call_id: call });
    await createTemplate(moderator, lead.slug);
  }
  for (let i = 0; i < n; i++)
    await must(
      api(`/api/v1/challenges/${challenge}/invitations`, {
        token: owner.token,
        body: { email: `invited-${unique()}@test.example` },
      }),
      202,
    );
  await must(
    api(`/api/v1/challenges/${challenge}/invitations`, { token: owner.token, body: { email: invitee.email } }),
    202,
  );
  const token = encodeURIComponent(await invitationToken(challenge, invitee.email));
  const draftCall = await createCall(moderator, [lead.slug]);
  const staged = await createDraft(owner, lead.slug);
  await must(
    api(`/api/v1/challenges/${staged.id}/stages`, {
      method: 'PUT',
      token: owner.token,
      body: twoStages(staged.version),
    }),
  );
  const draftAnswer = await draftSolution(solver, challenge);
  const trail = await must(api(`/api/v1/audit?challenge=${challenge}`, { token: admin.token }));
  const entry = trail.body.data[0].id as string;
  return measure([
    { name: 'call page with its steps, moderator', path: `/calls/${call}`, as: moderator },
    { name: 'call page, signed in', path: `/calls/${call}`, as: owner },
    { name: 'call JSON, moderator', path: `/api/v1/calls/${call}`, as: moderator, api: true },
    { name: 'new call form', path: '/calls/new', as: moderator },
    { name: 'edit call form, draft', path: `/calls/${draftCall.id}/edit`, as: moderator },
    { name: 'edit call form, published', path: `/calls/${call}/edit`, as: moderator },
    { name: "a cluster's calls page, moderator", path: `/calls?cluster=${lead.slug}`, as: moderator },
    { name: "a cluster's calls JSON, moderator", path: `/api/v1/calls?cluster=${lead.slug}`, as: moderator, api: true },
    { name: 'new challenge form (offers the open calls)', path: '/challenges/new', as: owner },
    { name: 'edit challenge form', path: `/challenges/${staged.id}/edit`, as: owner },
    { name: 'stages page', path: `/challenges/${staged.id}/stages`, as: owner },
    { name: 'stages JSON', path: `/api/v1/challenges/${staged.id}/stages`, as: owner, api: true },
    { name: 'terms templates page, moderator', path: `/clusters/${lead.slug}/terms`, as: moderator },
    { name: 'terms templates JSON, moderator', path: `/api/v1/clusters/${lead.slug}/terms`, as: moderator, api: true },
    { name: 'jury invitations JSON, owner', path: `/api/v1/challenges/${challenge}/invitations`, as: owner, api: true },
    { name: 'cluster page, moderator', path: `/clusters/${lead.slug}`, as: moderator },
    {
      name: 'moderator invitations JSON, admin',
      path: `/api/v1/clusters/${lead.slug}/invitations`,
      as: admin,
      api: true,
    },
    { name: 'new solution form (with the call rules)', path: `/challenges/${challenge}/solutions/new`, as: solver },
    { name: 'edit solution form, draft', path: `/solutions/${draftAnswer}/edit`, as: solver },
    { name: 'audit purge form, admin', path: `/challenges/${challenge}/audit/${entry}/purge`, as: admin },
    { name: 'invitation page, invitee', path: `/invitations/accept?token=${token}`, as: invitee },
  ]);
}

const PINS: Record<string, Cost> = {
  // The page reads one page of the call's challenges besides the call.
  'call page with its steps, moderator': { calls: 3, statements: 5 },
  'call page, signed in': { calls: 3, statements: 5 },
  'call JSON, moderator': { calls: 2, statements: 4 },
  'new call form': { calls: 2, statements: 2 },
  'edit call form, draft': { calls: 2, statements: 4 },
  'edit call form, published': { calls: 2, statements: 4 },
  // One keyset page of the cluster's calls.
  "a cluster's calls page, moderator": { calls: 2, statements: 2 },
  "a cluster's calls JSON, moderator": { calls: 2, statements: 2 },
  'new challenge form (offers the open calls)': { calls: 3, statements: 3 },
  'edit challenge form': { calls: 3, statements: 3 },
  // The session, then one batch: the challenge, its stages and their criteria (was 3 calls).
  'stages page': { calls: 2, statements: 4 },
  'stages JSON': { calls: 2, statements: 4 },
  'terms templates page, moderator': { calls: 3, statements: 3 },
  'terms templates JSON, moderator': { calls: 3, statements: 3 },
  // The session and one batch: the challenge and its invitations (issue 17: was 3 calls).
  'jury invitations JSON, owner': { calls: 2, statements: 3 },
  'cluster page, moderator': { calls: 3, statements: 3 },
  'moderator invitations JSON, admin': { calls: 3, statements: 3 },
  'new solution form (with the call rules)': { calls: 3, statements: 5 },
  // The session and one batch (issue 17, pinned too in solution-edit-budget.test.ts): was 4 and 5.
  'edit solution form, draft': { calls: 2, statements: 3 },
  'audit purge form, admin': { calls: 2, statements: 3 },
  // The session, then one batch: the link-check count and the invitation with what it is for and
  // who sent it (was 5 calls: the count, the invitation, then its seat and inviter side by side).
  'invitation page, invitee': { calls: 2, statements: 3 },
};

describe('round trips of the calls, stages, terms and invitation pages', { timeout: 120_000 }, () => {
  it('cost the same for 3 and for 8 of what they list, and exactly the pinned cost', async () => {
    const small = await world(3);
    const large = await world(8);
    expectPinned(small, large, PINS);
  });
});
