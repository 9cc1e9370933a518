import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { exportAccount } from '../../../worker/domain/accounts/export';
import { DataExportSchema } from '../../../worker/domain/accounts/export.schema';
import { confirmDirectly, createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge, transition } from '../../helpers/challenges';
import { assignJury, decide, declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { tokenFromMail } from '../../helpers/mail';
import { fullScans, planActor, recordingD1 } from '../../helpers/query-plan';
import { submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

/**
 * Two lives on Bedside, each with something in every area its kind of account can have: a
 * clinician who owns a challenge, answers, endorses, judges, reports, invites and moderates; a
 * solver who asks and submits. Each downloads their data.
 */
let world: World;
let clinician: TestUser;
let solver: TestUser;
const marks = {
  org: `Ospedale Export ${unique()}`,
  challenge: `Export challenge ${unique()}`,
  question: `Export question ${unique()}?`,
  answer: `Export answer ${unique()}`,
  report: `Export report reason ${unique()}`,
  search: `Export search ${unique()}`,
  comment: `Export score comment ${unique()}`,
  conflictNote: `Export conflict note ${unique()}`,
  // Another person's confidential content, sent to the clinician's challenge.
  secretSummary: `Confidential summary ${unique()} of a competitor`,
  secretApproach: `Confidential approach ${unique()} nobody else may read`,
  secretTeam: `Confidential team ${unique()}`,
  ownApproach: `The solver's own approach ${unique()}`,
};
const ids = {} as Record<'own' | 'other' | 'question' | 'scored' | 'drafted' | 'ownSolution' | 'report', string>;

beforeAll(async () => {
  world = await createWorld();
  const { admin, moderator } = world.users;
  const cluster = world.cluster.slug;
  clinician = await registerUser('clinician', {
    organization: { name: marks.org, kind: 'hospital', country: 'IT' },
  });
  solver = await registerUser('solver');
  const otherSolver = await registerUser('solver');
  const otherOwner = await registerUser('clinician');

  // The clinician's own challenge: the solver asks, the clinician answers; a competitor submits.
  ids.own = await openChallenge(clinician, moderator, cluster, { title: marks.challenge, tags: ['export-tag'] });
  const asked = await must(
    api(`/api/v1/challenges/${ids.own}/questions`, { token: solver.token, body: { body: marks.question } }),
    201,
  );
  ids.question = asked.body.id;
  await must(
    api(`/api/v1/challenges/${ids.own}/questions/${ids.question}/answer`, {
      token: clinician.token,
      body: { answer: marks.answer },
    }),
  );
  await submitSolution(otherSolver, ids.own, {
    summary: marks.secretSummary,
    approach: marks.secretApproach,
    team: marks.secretTeam,
  });
  // The clinician invites a juror to their challenge (an invitation sent).
  await must(
    api(`/api/v1/challenges/${ids.own}/invitations`, {
      token: clinician.token,
      body: { email: `juror-${unique()}@test.example` },
    }),
    202,
  );

  // Someone else's challenge: the clinician endorses it, sits on its jury, declares, scores and drafts.
  ids.other = await openChallenge(otherOwner, moderator, cluster);
  await must(api(`/api/v1/challenges/${ids.other}/endorsement`, { method: 'PUT', token: clinician.token }));
  ids.scored = await submitSolution(solver, ids.other, { approach: marks.ownApproach });
  ids.ownSolution = ids.scored;
  ids.drafted = await submitSolution(otherSolver, ids.other);
  await assignJury(otherOwner, ids.other, clinician);
  await must(transition(otherOwner, ids.other, 'start_evaluation'));
  await must(
    api(`/api/v1/solutions/${ids.scored}/conflict`, {
      method: 'PUT',
      token: clinician.token,
      body: { conflict: false, note: marks.conflictNote },
    }),
  );
  await evaluate(clinician, ids.scored, scoresOf([4]), marks.comment);
  await declare(clinician, ids.drafted, false);
  await must(
    api(`/api/v1/solutions/${ids.drafted}/evaluation`, {
      method: 'PUT',
      token: clinician.token,
      body: { scores: { clinical_impact: 2 }, draft: true },
    }),
  );

  // A report, a saved search, a preference, an address change asked for, a cluster to moderate.
  const report = await must(
    api('/api/v1/reports', {
      token: clinician.token,
      body: { entity_type: 'challenge', entity_id: ids.other, reason: marks.report },
    }),
    201,
  );
  ids.report = report.body.id;
  await must(
    api('/api/v1/me/saved-searches', { token: clinician.token, body: { q: 'genome', name: marks.search } }),
    201,
  );
  await must(
    api('/api/v1/me/api-keys', { token: clinician.token, body: { name: 'Export key', scopes: ['challenges:read'] } }),
    201,
  );
  await must(
    api('/api/v1/me/notification-preferences', {
      method: 'PUT',
      token: clinician.token,
      body: { channels: { question_asked: 'weekly' } },
    }),
  );
  await must(
    api('/api/v1/auth/email', {
      token: clinician.token,
      body: { email: `moved-${unique()}@test.example`, current_password: PASSWORD },
    }),
    202,
  );
  await must(
    api(`/api/v1/clusters/${world.otherCluster.slug}/moderators/${clinician.id}`, {
      method: 'PUT',
      token: admin.token,
    }),
  );
});

const exportOf = (user: TestUser) => must(api('/api/v1/me/export', { token: user.token }));

describe('GET /api/v1/me/export', () => {
  it('holds every area of the clinician’s life on Bedside', async () => {
    const res = await exportOf(clinician);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bedside-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = res.body;
    expect(data.about).toContain('Everything Bedside holds');
    expect(Date.parse(data.generated_at)).not.toBeNaN();
    expect(data.account).toMatchObject({
      id: clinician.id,
      email: clinician.email,
      kind: 'clinician',
      is_admin: false,
    });
    expect(data.account.password).toMatch(/salted hash/);
    expect(data.account.email_confirmed_at).toEqual(expect.any(String));
    expect(data.organization).toMatchObject({ name: marks.org, kind: 'hospital', country: 'IT' });
    expect(data.clusters).toEqual([expect.objectContaining({ cluster: world.otherCluster.slug, role: 'moderator' })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.sessions[0]).toEqual(
      expect.objectContaining({ created_at: expect.any(String), expires_at: expect.any(String), revoked_at: null }),
    );
    expect(data.email_links).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: 'change_email', used_at: null })]),
    );

    const [own] = data.challenges;
    expect(data.challenges).toHaveLength(1);
    expect(own).toMatchObject({ id: ids.own, title: marks.challenge, status: 'open', owner_id: clinician.id });
    expect(own.problem_statement).toEqual(expect.any(String));
    expect(own.criteria.length).toBeGreaterThan(0);
    expect(own.criteria[0]).toEqual(expect.objectContaining({ key: expect.any(String), weight: expect.any(Number) }));
    expect(own.tags).toContain('export-tag');
    expect(own.solutions_received).toBe(1);
    expect(own).not.toHaveProperty('seq');

    expect(data.answers_given).toEqual([
      expect.objectContaining({ id: ids.question, question: marks.question, answer: marks.answer }),
    ]);
    expect(data.questions_asked).toEqual([]);
    expect(data.endorsements).toEqual([expect.objectContaining({ challenge_id: ids.other })]);
    expect(data.solutions).toEqual([]);
    // With its progress (issue 17): declared on both solutions, no conflict, one scored (the other only drafted).
    expect(data.jury_seats).toEqual([
      expect.objectContaining({ challenge_id: ids.other, declared: 2, conflicts: 0, scored: 1 }),
    ]);
    expect(data.scores).toEqual([
      expect.objectContaining({ solution_id: ids.scored, scores: scoresOf([4]), comment: marks.comment }),
    ]);
    expect(data.score_drafts).toEqual([
      expect.objectContaining({ solution_id: ids.drafted, scores: { clinical_impact: 2 } }),
    ]);
    expect(data.conflict_declarations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ solution_id: ids.scored, conflict: false, note: marks.conflictNote }),
        expect.objectContaining({ solution_id: ids.drafted, conflict: false }),
      ]),
    );
    expect(data.reports).toEqual([
      expect.objectContaining({ id: ids.report, entity_id: ids.other, reason: marks.report, status: 'open' }),
    ]);
    expect(data.reports[0]).not.toHaveProperty('resolved_by');
    expect(data.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'question_asked', challenge_id: ids.own })]),
    );
    expect(data.notification_preferences).toEqual([{ kind: 'question_asked', channel: 'weekly' }]);
    expect(data.saved_searches).toEqual([expect.objectContaining({ name: marks.search, query: expect.any(Object) })]);
    expect(data.saved_searches[0]).not.toHaveProperty('feed_token');
    expect(data.api_keys).toEqual([
      expect.objectContaining({ name: 'Export key', scopes: ['challenges:read'], revoked_at: null }),
    ]);
    expect(data.emails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'invitation', to_email: clinician.email }),
        expect.objectContaining({ kind: 'change_email' }),
      ]),
    );
    expect(data.emails[0]).not.toHaveProperty('params');
    expect(data.invitations_received).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'jury', challenge_id: ids.other, status: 'accepted' })]),
    );
    expect(data.invitations_sent).toEqual([
      expect.objectContaining({ kind: 'jury', challenge_id: ids.own, status: 'pending', email: expect.any(String) }),
    ]);
    const actions = (by: boolean) =>
      data.audit_entries.filter((e: { by_you: boolean }) => e.by_you === by).map((e: { action: string }) => e.action);
    expect(actions(true)).toEqual(expect.arrayContaining(['evaluation.score']));
    expect(data.audit_entries.some((e: { entity_id: string }) => e.entity_id === ids.own)).toBe(true);
    // Made by the admin about the account: present, without saying which admin.
    const aboutMe = data.audit_entries.filter((e: { by_you: boolean }) => !e.by_you);
    expect(aboutMe.length).toBeGreaterThan(0);
    expect(aboutMe.every((e: { entity_type: string; entity_id: string }) => e.entity_id === clinician.id)).toBe(true);
    expect(JSON.stringify(data)).not.toContain(world.users.admin.id);
  });

  it('holds the solver’s questions and solutions in full', async () => {
    const data = (await exportOf(solver)).body;
    expect(data.account).toMatchObject({ id: solver.id, kind: 'solver' });
    expect(data.organization).toBeNull();
    expect(data.questions_asked).toEqual([
      expect.objectContaining({ id: ids.question, challenge_id: ids.own, body: marks.question, answer: marks.answer }),
    ]);
    expect(data.solutions).toEqual([
      expect.objectContaining({
        id: ids.ownSolution,
        challenge_id: ids.other,
        approach: marks.ownApproach,
        links: ['https://vendor.example/panel'],
        status: 'submitted',
      }),
    ]);
    expect(data.challenges).toEqual([]);
    expect(data.scores).toEqual([]);
  });

  it('holds no secret: no password hash, session token hash, feed token or link id', async () => {
    const res = await exportOf(clinician);
    const raw = JSON.stringify(res.body);
    const { password_hash } = (await env.DB.prepare('SELECT password_hash FROM users WHERE id = ?')
      .bind(clinician.id)
      .first<{ password_hash: string }>()) ?? { password_hash: '' };
    const secrets = [
      password_hash,
      ...(await column('SELECT token_hash AS v FROM sessions WHERE user_id = ?', clinician.id)),
      ...(await column('SELECT feed_token AS v FROM saved_searches WHERE user_id = ?', clinician.id)),
      ...(await column('SELECT secret_hash AS v FROM api_keys WHERE user_id = ?', clinician.id)),
      ...(await column('SELECT id AS v FROM email_tokens WHERE user_id = ?', clinician.id)),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(10);
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain('pbkdf2-sha256$');
    expect(raw).not.toContain('token_hash');
    expect(raw).not.toContain('feed_token');
  });

  it('leaves out the content of solutions others sent to the owner’s challenge (only their number)', async () => {
    const raw = JSON.stringify((await exportOf(clinician)).body);
    for (const secret of [marks.secretSummary, marks.secretApproach, marks.secretTeam, marks.ownApproach]) {
      expect(raw).not.toContain(secret);
    }
  });

  it('lists mail to the address with no account behind it, never another account’s mail to it', async () => {
    const person = await registerUser('solver');
    const insert = (userId: string | null, kind: string) =>
      env.DB.prepare(
        "INSERT INTO email_outbox (id, event_id, idempotency_key, user_id, to_email, kind, params) VALUES (?, ?, ?, ?, ?, ?, '{}')",
      )
        .bind(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), userId, person.email, kind)
        .run();
    await insert(null, 'invitation');
    await insert(world.users.solver.id, 'digest');
    const { emails } = (await exportOf(person)).body;
    expect(emails.map((e: { kind: string }) => e.kind)).toContain('invitation');
    expect(emails.map((e: { kind: string }) => e.kind)).not.toContain('digest');
  });

  it('answers anonymous callers with a 401 problem', async () => {
    const res = await api('/api/v1/me/export');
    expect(isProblem(res, 401, 'unauthorized')).toBe(true);
    expect(res.body.detail).toMatch(/sign in/i);
  });

  it('reads everything in one round trip, however much there is', async () => {
    const empty = await registerUser('solver');
    const small = d1Stats(await exportOf(empty));
    const full = d1Stats(await exportOf(clinician));
    expect(full.calls).toBe(small.calls);
    const me = d1Stats(await must(api('/api/v1/me', { token: clinician.token })));
    // Reading one's profile is one query besides signing in; the export is one batch of reads after
    // one batch counting the download against its limit.
    expect(full.calls).toBe(me.calls + 1);
  });
});

describe('what the export leaves out, and what it finds', () => {
  it('hands invitations and emails to an address only once it is confirmed', async () => {
    const owner = await registerUser('clinician');
    const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
    const address = `invited-${unique()}@test.example`;
    await must(
      api(`/api/v1/challenges/${challenge}/invitations`, { token: owner.token, body: { email: address } }),
      202,
    );
    // Someone registers the invited address without opening the confirmation link: it may not be theirs.
    const squatter = await registerUser('solver', { email: address }, { confirmed: false });
    const before = (await exportOf(squatter)).body;
    expect(before.invitations_received).toEqual([]);
    expect(before.emails.map((e: { kind: string }) => e.kind)).not.toContain('invitation');
    expect(JSON.stringify(before)).not.toContain(challenge);

    await confirmDirectly(squatter.id);
    const after = (await exportOf(squatter)).body;
    expect(after.invitations_received).toEqual([
      expect.objectContaining({ kind: 'jury', challenge_id: challenge, status: 'pending' }),
    ]);
    expect(after.emails).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'invitation', to_email: address })]),
    );
  });

  it('leaves out the text of a question once it is hidden, also from the hider’s audit entries', async () => {
    const owner = await registerUser('clinician');
    const asker = await registerUser('solver');
    const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
    const text = `A sales pitch ${unique()} to hide`;
    const asked = await must(
      api(`/api/v1/challenges/${challenge}/questions`, { token: asker.token, body: { body: text } }),
      201,
    );
    const question = asked.body.id as string;
    const answer = `Not interested ${unique()}`;
    await must(
      api(`/api/v1/challenges/${challenge}/questions/${question}/answer`, { token: owner.token, body: { answer } }),
    );
    await must(
      api(`/api/v1/challenges/${challenge}/questions/${question}/hide`, { method: 'POST', token: owner.token }),
      204,
    );
    // Entries written before hiding stopped keeping the text hold it in `before`: like this one now.
    await env.DB.prepare(
      "UPDATE audit_log SET before = json_object('body', ?) WHERE action = 'question.hide' AND entity_type = 'question' AND entity_id = ?",
    )
      .bind(text, question)
      .run();

    const data = (await exportOf(owner)).body;
    expect(DataExportSchema.safeParse(data).success).toBe(true);
    expect(data.answers_given).toEqual([
      expect.objectContaining({ id: question, question: null, answer, hidden_at: expect.any(String) }),
    ]);
    const hide = data.audit_entries.find((e: { action: string }) => e.action === 'question.hide');
    expect(hide).toMatchObject({ entity_id: question, by_you: true });
    expect(JSON.stringify(hide)).not.toContain(text);
    expect(JSON.stringify(data)).not.toContain(text);
    // The asker keeps their own words.
    expect((await exportOf(asker)).body.questions_asked).toEqual([
      expect.objectContaining({ id: question, body: text }),
    ]);
  });

  it('holds the reasons given for a winner with fewer scores than the minimum', async () => {
    const owner = await registerUser('clinician');
    const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
    const solver = await registerUser('solver');
    const solution = await submitSolution(solver, challenge);
    const juror = await registerUser('clinician');
    await assignJury(owner, challenge, juror);
    await transition(owner, challenge, 'start_evaluation');
    await declare(juror, solution, false);
    await evaluate(juror, solution, scoresOf([4]));
    const note = `Only one juror could score it ${unique()}.`;
    await must(decide(owner, challenge, { winners: [solution], overrides: [{ solution_id: solution, note }] }));

    expect((await exportOf(owner)).body.decision_overrides).toEqual([
      expect.objectContaining({ challenge_id: challenge, solution_id: solution, note }),
    ]);
    expect((await exportOf(juror)).body.decision_overrides).toEqual([]);
  });

  it('holds the invitations accepted under an earlier address', async () => {
    const owner = await registerUser('clinician');
    const juror = await registerUser('clinician');
    const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
    await assignJury(owner, challenge, juror);
    const moved = `moved-juror-${unique()}@test.example`;
    await must(
      api('/api/v1/auth/email', { token: juror.token, body: { email: moved, current_password: PASSWORD } }),
      202,
    );
    const token = await tokenFromMail(moved, 'change_email', '/confirm-email');
    await must(api('/api/v1/auth/verification/confirm', { token: juror.token, body: { token } }));

    const data = (await exportOf(juror)).body;
    expect(data.account.email).toBe(moved);
    expect(data.invitations_received).toEqual([
      expect.objectContaining({ kind: 'jury', challenge_id: challenge, status: 'accepted' }),
    ]);
    // Not another juror's accepted invitation to the same challenge.
    const other = await registerUser('clinician');
    await assignJury(owner, challenge, other);
    expect((await exportOf(juror)).body.invitations_received).toHaveLength(1);
  });
});

describe('the limit on downloads', () => {
  it('allows 10 an hour per account, then answers 429 with Retry-After', async () => {
    const user = await registerUser('solver');
    for (let i = 0; i < 10; i++) await exportOf(user);
    const res = await api('/api/v1/me/export', { token: user.token });
    expect(isProblem(res, 429, 'rate_limited')).toBe(true);
    expect(res.body.detail).toMatch(/^Too many data downloads\. Try again in \d+ minutes?\.$/);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(res.headers.get('content-disposition')).toBeNull();
    // Per account: someone else downloads theirs.
    await exportOf(await registerUser('solver'));
  });
});

async function column(sql: string, ...binds: unknown[]) {
  const { results } = await env.DB.prepare(sql)
    .bind(...binds)
    .all<{ v: string }>();
  return results.map((r) => r.v);
}

describe('the export of a fresh account', () => {
  it('is complete and empty where nothing happened yet', async () => {
    const fresh = await registerUser('clinician');
    const data = (await exportOf(fresh)).body;
    expect(data.challenges).toEqual([]);
    expect(data.notifications).toEqual([]);
    expect(data.account.id).toBe(fresh.id);
    expect(Object.keys(data).sort()).toEqual(Object.keys(DataExportSchema.shape).sort());
  });
});

describe('the export reads through indexes', () => {
  it('scans no table whole', async () => {
    const { d1, statements } = recordingD1();
    await exportAccount(createDb(d1), planActor({ id: clinician.id, email: clinician.email }));
    expect(statements.length).toBeGreaterThanOrEqual(20);
    expect(await fullScans(statements)).toEqual([]);
  });
});
