import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { createDraft, inDays, openChallenge, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { assignJury, declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { api, d1Stats, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';
import { freshCluster, myPage, section, textOf } from './needs';

const ask = (solver: { token: string }, challenge: string, body: string) =>
  must(api(`/api/v1/challenges/${challenge}/questions`, { token: solver.token, body: { body } }), 201);

describe('my page: what needs you now comes first, with a count and a link each', () => {
  it('says plainly when nothing needs them, and still lists their own work below', async () => {
    const solver = await registerUser('solver');
    const { html, needs } = await myPage(solver);
    expect(textOf(needs)).toContain('Nothing needs you right now');
    expect(html.indexOf('needs-title')).toBeLessThan(html.indexOf('my-challenges'));
    expect(html).toContain('id="my-solutions"');
    expect(html).toContain('id="my-jury"');
  });

  it('an owner: unanswered questions on their open challenge, linked to its questions', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const solver = await registerUser('solver');
    const challenge = await openChallenge(owner, moderator, cluster.slug, { title: 'Owner with questions' });
    await ask(solver, challenge, 'Is pseudonymised imaging data available for validation?');
    await ask(solver, challenge, 'Which PACS vendor does the hospital use today?');

    const { needs } = await myPage(owner);
    expect(textOf(needs)).toContain('2 questions wait for your answer on “Owner with questions”');
    expect(needs).toContain(`href="/challenges/${challenge}#questions"`);
    // The questions also reached the inbox: the unread count is one of the needs, linked to it.
    expect(needs).toContain('href="/me/notifications"');
    expect(textOf(needs)).toMatch(/\d+ unread notifications?/);
    expect(textOf(needs)).not.toContain('Nothing needs you');
  });

  it('an owner with questions on several challenges gets a list of those challenges', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const solver = await registerUser('solver');
    const first = await openChallenge(owner, moderator, cluster.slug, { title: 'First with a question' });
    const second = await openChallenge(owner, moderator, cluster.slug, { title: 'Second with questions' });
    await ask(solver, first, 'Is the data available in a FHIR store?');
    await ask(solver, second, 'Can the pilot start before the summer?');
    await ask(solver, second, 'Is there a budget for hardware?');
    // A draft's questions cannot exist, and an answered question no longer waits.
    const answered = await ask(solver, first, 'Is this answered?');
    await must(
      api(`/api/v1/challenges/${first}/questions/${answered.body.id}/answer`, {
        token: owner.token,
        body: { answer: 'Yes, it is.' },
      }),
    );

    const { needs } = await myPage(owner);
    const text = textOf(needs);
    expect(text).toContain('3 questions wait for your answer');
    expect(text).toContain('First with a question — 1 question');
    expect(text).toContain('Second with questions — 2 questions');
    expect(needs).toContain(`href="/challenges/${first}#questions"`);
    expect(needs).toContain(`href="/challenges/${second}#questions"`);
  });

  it('a jury member: the solutions left to score, linked to the work list, with the evaluation deadline', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const [solver, juror] = await Promise.all([registerUser('solver'), registerUser('clinician')]);
    const deadline = inDays(45);
    const challenge = await openChallenge(owner, moderator, cluster.slug, {
      title: 'Jury with work left',
      evaluation_deadline: deadline,
    });
    const solutions = [
      await submitSolution(solver, challenge, { title: 'Scored already' }),
      await submitSolution(solver, challenge, { title: 'Still to score' }),
    ];
    await assignJury(owner, challenge, juror);
    await must(transition(owner, challenge, 'start_evaluation'));
    await declare(juror, solutions[0] ?? '', false);
    await evaluate(juror, solutions[0] ?? '', scoresOf([4]));

    const { needs } = await myPage(juror);
    const text = textOf(needs);
    expect(text).toContain('1 solution to score');
    expect(text).toContain('“Jury with work left”: 1 of 2 scored');
    // English for Europe: "14 Jan 2027", not "Jan 14, 2027".
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(deadline));
    expect(text).toContain(`by ${day}`);
    expect(needs).toContain(`href="/challenges/${challenge}/solutions"`);

    // Once everything is scored, the seat no longer needs them.
    await declare(juror, solutions[1] ?? '', false);
    await evaluate(juror, solutions[1] ?? '', scoresOf([3]));
    expect(textOf((await myPage(juror)).needs)).not.toContain('to score');
  });

  it('a moderator: the challenge waiting for review, the open report, and their clusters by state', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const inReview = await createDraft(owner, cluster.slug, { title: 'Waiting for review' });
    await must(transition(owner, inReview.id, 'submit'));
    await createDraft(owner, cluster.slug, { title: 'Still a draft' });
    const open = await openChallenge(owner, moderator, cluster.slug);
    const reporter = await registerUser('solver');
    await must(
      api('/api/v1/reports', {
        token: reporter.token,
        body: { entity_type: 'challenge', entity_id: open, reason: 'Looks like an advertisement.' },
      }),
      201,
    );

    const { html, needs } = await myPage(moderator);
    const text = textOf(needs);
    expect(text).toContain('1 challenge waits for your review');
    expect(text).toContain('1 open report to resolve');
    expect(needs).toContain('href="/moderation#in-review"');
    expect(needs).toContain('href="/moderation#reports"');

    // Their clusters × state: one row for the cluster, a column per state that occurs.
    const table = textOf(section(html, 'clusters-title'));
    expect(table).toContain('The clusters you moderate, with how many challenges are in each state.');
    expect(table).toContain('Challenges by state');
    expect(table).toMatch(/Cluster Draft In review Open Cluster cluster-\S+ 1 1 1/);
    expect(section(html, 'clusters-title')).toContain(`href="/clusters/${cluster.slug}"`);
  });

  it('someone who moderates nothing gets no clusters table', async () => {
    const { html } = await myPage(await registerUser('clinician'));
    expect(html).not.toContain('clusters-title');
  });

  it('an invitee: the invitation with an Accept button, which seats them and opens the jury’s work list', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const challenge = await openChallenge(owner, moderator, cluster.slug, { title: 'Jury wanted' });
    const invitee = await registerUser('clinician');
    await must(
      api(`/api/v1/challenges/${challenge}/invitations`, { token: owner.token, body: { email: invitee.email } }),
      202,
    );

    const { needs } = await myPage(invitee);
    expect(textOf(needs)).toContain('1 invitation to accept');
    expect(textOf(needs)).toContain('Test clinician invites you to the jury of “Jury wanted”.');
    const action = /action="(\/me\/invitations\/[0-9a-f-]+\/accept)"/.exec(needs)?.[1];
    expect(action).toBeDefined();

    const res = await postForm(action ?? '', invitee.cookie, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/challenges/${challenge}/solutions?done=joined`);
    expect((await page(res.headers.get('location') ?? '', invitee.cookie)).status).toBe(200);
    await expect(
      count(
        'SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ? AND user_id = ?',
        challenge,
        invitee.id,
      ),
    ).resolves.toBe(1);
    expect(textOf((await myPage(invitee)).needs)).not.toContain('invitation');

    // Accepted once: a second post finds nothing to accept.
    expect((await postForm(action ?? '', invitee.cookie, {})).status).toBe(409);
  });

  it('a moderator invitation accepted from /me leads to the moderation queue', async () => {
    const { admin, cluster } = await freshCluster();
    const invitee = await registerUser('clinician');
    await must(
      api(`/api/v1/clusters/${cluster.slug}/invitations`, {
        token: admin.token,
        body: { email: invitee.email },
      }),
      202,
    );
    const { needs } = await myPage(invitee);
    expect(textOf(needs)).toContain(`invites you to moderate the cluster Cluster ${cluster.slug}.`);
    const action = /action="(\/me\/invitations\/[0-9a-f-]+\/accept)"/.exec(needs)?.[1] ?? '';
    const res = await postForm(action, invitee.cookie, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/moderation?done=joined');
    expect((await page('/moderation', invitee.cookie)).status).toBe(200);
  });

  it('nobody else can accept an invitation from their page, and an unconfirmed address sees none', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const challenge = await openChallenge(owner, moderator, cluster.slug);
    const unconfirmed = await registerUser('clinician', {}, { confirmed: false });
    await must(
      api(`/api/v1/challenges/${challenge}/invitations`, { token: owner.token, body: { email: unconfirmed.email } }),
      202,
    );
    const { needs } = await myPage(unconfirmed);
    expect(needs).not.toContain('/accept');
    const id = (await api(`/api/v1/challenges/${challenge}/invitations`, { token: owner.token })).body.data.find(
      (i: { email: string }) => i.email === unconfirmed.email,
    ).id as string;
    // The unconfirmed addressee is told to confirm first; someone else learns nothing.
    expect((await postForm(`/me/invitations/${id}/accept`, unconfirmed.cookie, {})).status).toBe(403);
    const stranger = await registerUser('clinician');
    expect((await postForm(`/me/invitations/${id}/accept`, stranger.cookie, {})).status).toBe(404);
  });
});

describe('my page: round trips', () => {
  it('takes the session lookup and one batch, however much needs them', async () => {
    const { cluster, moderator, owner } = await freshCluster();
    const solver = await registerUser('solver');
    const fresh = await registerUser('clinician');
    const base = d1Stats((await myPage(fresh)).res).calls;
    for (let i = 0; i < 3; i++) {
      const challenge = await openChallenge(owner, moderator, cluster.slug);
      await ask(solver, challenge, `Question number ${i}?`);
      const draft = await createDraft(owner, cluster.slug);
      await must(transition(owner, draft.id, 'submit'));
    }
    for (const user of [owner, moderator, solver]) {
      expect(d1Stats((await myPage(user)).res).calls).toBe(base);
    }
    expect(base).toBeLessThanOrEqual(2);
  });
});
