import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { findAuditEntry, purgeAuditEntry } from '../../../worker/domain/moderation/audit-purge';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { interleaved, signedInAs } from '../../helpers/domain';
import { api, isProblem, must } from '../../helpers/http';
import { patchSolution, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { askOk, reportOk, resolve } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

interface AuditEntry {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  purged_fields: string[] | null;
  purged_at: string | null;
  purged_by: string | null;
}

const purge = (user: TestUser | undefined, entryId: string, body: unknown) =>
  api(`/api/v1/audit/${entryId}/purge`, { token: user?.token, body });

/** The entries about one thing, as `reader` sees them, newest first. */
async function entriesOf(reader: TestUser, type: string, id: string): Promise<AuditEntry[]> {
  const res = await must(api(`/api/v1/audit?entity_type=${type}&entity_id=${id}`, { token: reader.token }));
  return res.body.data;
}

/** The stored row, as D1 holds it. */
const storedRow = (id: string) =>
  env.DB.prepare('SELECT before, after, purged_fields, purged_at, purged_by FROM audit_log WHERE id = ?')
    .bind(id)
    .first<{ before: string | null; after: string | null; purged_fields: string | null; purged_by: string | null }>();

/** How many entries the audit log holds about one thing. */
const countAbout = async (id: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?').bind(id).first<{ n: number }>())?.n;

/** An open challenge with a question whose answer holds a phone number posted by mistake. */
async function answeredByMistake() {
  const { clinician, moderator, solver } = world.users;
  const phone = `+49 170 ${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`;
  const challengeId = await openChallenge(clinician, moderator, world.cluster.slug);
  const question = await askOk(solver, challengeId);
  const answer = `Call me on ${phone}, that is quicker.`;
  await must(
    api(`/api/v1/challenges/${challengeId}/questions/${question.id}/answer`, {
      token: clinician.token,
      body: { answer },
    }),
  );
  const [entry] = await entriesOf(world.users.admin, 'question', question.id);
  if (entry?.action !== 'question.answer') throw new Error('no answer entry');
  return { challengeId, questionId: question.id, entry, phone };
}

describe('an admin purges text posted by mistake from the audit trail', () => {
  it('empties the text in the API and in D1, and records the purge without the text', async () => {
    const { admin, moderator, clinician } = world.users;
    const { questionId, entry, phone } = await answeredByMistake();

    const res = await purge(admin, entry.id, { reason: '  A phone number posted by mistake.  ', fields: ['answer'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.body).toMatchObject({
      id: entry.id,
      action: 'question.answer',
      actor: { id: clinician.id },
      after: { answer: null },
      purged_fields: ['answer'],
      purged_by: admin.id,
    });
    expect(res.body.purged_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // Every reader sees the text gone and that it was purged, and the purge itself.
    const seen = await entriesOf(moderator, 'question', questionId);
    expect(JSON.stringify(seen)).not.toContain(phone);
    const [record, purged] = seen;
    expect(purged).toMatchObject({ id: entry.id, after: { answer: null }, purged_fields: ['answer'] });
    expect(record).toMatchObject({
      action: 'audit.purge',
      entity_type: 'question',
      entity_id: questionId,
      actor: { id: admin.id },
      before: null,
      after: { entry_id: entry.id, fields: ['answer'], reason: 'A phone number posted by mistake.' },
      purged_fields: null,
    });

    const row = await storedRow(entry.id);
    expect(JSON.stringify(row)).not.toContain(phone);
    expect(JSON.parse(row?.after ?? '{}')).toEqual({ answer: null });
    expect(JSON.parse(row?.purged_fields ?? '[]')).toEqual(['answer']);
    expect(row?.purged_by).toBe(admin.id);
  });

  it('by default empties every field holding text (not the status) of a challenge entry', async () => {
    const { admin, clinician, moderator } = world.users;
    const challengeId = await openChallenge(clinician, moderator, world.cluster.slug);
    const created = (await entriesOf(admin, 'challenge', challengeId)).find((e) => e.action === 'challenge.create');
    if (!created) throw new Error('no create entry');
    const title = created.after?.title as string;
    expect(title).toBeTruthy();

    const res = await purge(admin, created.id, { reason: 'Patient name in the title.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.after).toEqual({ status: 'draft', title: null });
    expect(res.body.purged_fields).toEqual(['title']);
    const [record] = await entriesOf(moderator, 'challenge', challengeId);
    expect(record).toMatchObject({ action: 'audit.purge', after: { entry_id: created.id, fields: ['title'] } });
    expect(JSON.stringify((await storedRow(created.id))?.after)).not.toContain(title);
  });

  it('by default leaves ids alone: a report resolution loses its note, not the report it names', async () => {
    const { admin, clinician, moderator, solver } = world.users;
    const challengeId = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', challengeId);
    await must(resolve(moderator, filed.id, { action: 'dismiss', note: 'The reporter is Dr. X from ward 3.' }));
    const [dismissed] = await entriesOf(admin, 'challenge', challengeId);
    expect(dismissed?.action).toBe('report.dismiss');

    const res = await must(purge(admin, dismissed?.id ?? '', { reason: 'A name in the note.' }));
    expect(res.body.purged_fields).toEqual(['note']);
    expect(res.body.before).toEqual({ report: filed.id, status: 'open' });
    expect(res.body.after).toEqual({ report: filed.id, status: 'dismissed', note: null });
  });

  it('purges again only what is new: a second identical purge is a 200 that writes nothing', async () => {
    const { admin } = world.users;
    const { questionId, entry } = await answeredByMistake();
    const first = await must(purge(admin, entry.id, { reason: 'Phone number.' }));
    const before = await countAbout(questionId);
    const again = await purge(admin, entry.id, { reason: 'Phone number, once more.' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ purged_fields: ['answer'], purged_at: first.body.purged_at });
    const explicit = await purge(admin, entry.id, { reason: 'Phone number, once more.', fields: ['answer'] });
    expect(explicit.status).toBe(200);
    expect(await countAbout(questionId)).toBe(before);
    expect((await entriesOf(admin, 'question', questionId)).filter((e) => e.action === 'audit.purge')).toHaveLength(1);
  });

  it('refuses a purge read before another admin purged the entry: 409, nothing of it written', async () => {
    const { admin } = world.users;
    const { questionId, entry, phone } = await answeredByMistake();
    const before = await countAbout(questionId);
    // This purge reads the entry, then another admin's purge lands before its batch runs.
    const stored = await findAuditEntry(createDb(env.DB), entry.id, undefined);
    if (!stored) throw new Error('entry not found');
    const meanwhile = () => must(purge(admin, entry.id, { reason: 'The other admin.', fields: ['answer'] }));
    const late = purgeAuditEntry(interleaved(meanwhile), signedInAs(admin, { isAdmin: true }), stored, {
      reason: 'Too late.',
    });
    await expect(late).rejects.toMatchObject({ code: 'invalid_state' });
    expect(await countAbout(questionId)).toBe((before ?? 0) + 1);
    const records = (await entriesOf(admin, 'question', questionId)).filter((e) => e.action === 'audit.purge');
    expect(records.map((e) => e.after?.reason)).toEqual(['The other admin.']);
    expect((await storedRow(entry.id))?.after).not.toContain(phone);
  });

  it('refuses a field the entry does not have, naming it, and a missing reason; nothing is written', async () => {
    const { admin } = world.users;
    const { questionId, entry, phone } = await answeredByMistake();
    const before = await countAbout(questionId);

    const unknown = await purge(admin, entry.id, { reason: 'Phone number.', fields: ['answer', 'summary'] });
    expect(isProblem(unknown, 400, 'validation_failed')).toBe(true);
    expect(unknown.body.detail).toContain("'summary'");
    expect(unknown.body.errors).toEqual([{ path: 'fields.1', message: expect.stringContaining("'summary'") }]);

    for (const body of [{}, { reason: '   ' }, { fields: ['answer'] }]) {
      const missing = await purge(admin, entry.id, body);
      expect(isProblem(missing, 400, 'validation_failed')).toBe(true);
      expect(JSON.stringify(missing.body.errors)).toContain('reason');
    }
    const long = await purge(admin, entry.id, { reason: 'x'.repeat(501) });
    expect(isProblem(long, 400, 'validation_failed')).toBe(true);

    expect(await countAbout(questionId)).toBe(before);
    expect((await storedRow(entry.id))?.after).toContain(phone);
  });

  it('tells a moderator who reads the entry that only admins purge, and hides it from everyone else', async () => {
    const { questionId, entry, phone } = await answeredByMistake();
    const before = await countAbout(questionId);
    const body = { reason: 'Phone number.' };

    const moderator = await purge(world.users.moderator, entry.id, body);
    expect(isProblem(moderator, 403, 'forbidden')).toBe(true);
    expect(moderator.body.detail).toMatch(/^Only admins purge text from the audit trail/);

    const missing = await purge(world.users.admin, '0192f000-0000-7000-8000-000000000000', body);
    expect(isProblem(missing, 404, 'not_found')).toBe(true);
    for (const role of ['other_moderator', 'clinician', 'solver', 'evaluator'] as const) {
      const res = await purge(world.users[role], entry.id, body);
      expect(isProblem(res, 404, 'not_found'), role).toBe(true);
      // The same words as for an entry that does not exist.
      expect(res.body.detail).toBe(missing.body.detail);
    }
    expect(isProblem(await purge(undefined, entry.id, body), 401, 'unauthorized')).toBe(true);

    expect(await countAbout(questionId)).toBe(before);
    expect((await storedRow(entry.id))?.after).toContain(phone);
  });

  it('keeps the purge out of the fields of an unrelated entry', async () => {
    const { admin } = world.users;
    const one = await answeredByMistake();
    const other = await answeredByMistake();
    await must(purge(admin, one.entry.id, { reason: `Phone number ${unique()}.` }));
    expect((await storedRow(other.entry.id))?.after).toContain(other.phone);
    expect((await storedRow(other.entry.id))?.purged_fields).toBeNull();
  });
});

describe('a purge leaves no copy of the text, and only text goes (security review)', () => {
  it('empties the same text where the next entry about the same question repeats it, and lists that entry', async () => {
    const { admin, clinician, moderator } = world.users;
    const { challengeId, questionId, entry, phone } = await answeredByMistake();
    const corrected = `Please write in the forum instead ${unique()}.`;
    await must(
      api(`/api/v1/challenges/${challengeId}/questions/${questionId}/answer`, {
        token: clinician.token,
        body: { answer: corrected },
      }),
    );
    const [second] = await entriesOf(admin, 'question', questionId);
    expect(second).toMatchObject({ action: 'question.answer', before: { answer: expect.stringContaining(phone) } });

    await must(purge(admin, entry.id, { reason: 'A phone number.', fields: ['answer'] }));

    const seen = await entriesOf(moderator, 'question', questionId);
    expect(JSON.stringify(seen)).not.toContain(phone);
    const [record] = seen;
    expect(record).toMatchObject({
      action: 'audit.purge',
      after: { entry_id: entry.id, fields: ['answer'], also: [second?.id] },
    });
    // Only the repeated text goes: the corrected answer stays, and the entry says a field was purged.
    expect(seen.find((e) => e.id === second?.id)).toMatchObject({
      before: { answer: null },
      after: { answer: corrected },
      purged_fields: ['answer'],
      purged_by: admin.id,
    });
    const row = await storedRow(second?.id ?? '');
    expect(JSON.stringify(row)).not.toContain(phone);
    expect(row?.after).toContain(corrected);
  });

  it('counts lists of strings as text (a solution’s links) and empties them by default', async () => {
    const { admin, clinician, moderator, solver } = world.users;
    const challengeId = await openChallenge(clinician, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, challengeId);
    const link = `https://private.example.org/patient-${unique()}`;
    await must(patchSolution(solver, solution, { version: 1, links: [link] }));
    const [edit] = await entriesOf(admin, 'solution', solution);
    expect(edit).toMatchObject({ action: 'solution.edit', after: { links: [link] } });

    const res = await must(purge(admin, edit?.id ?? '', { reason: 'A link naming a patient.' }));
    expect(res.body.purged_fields).toEqual(['links']);
    expect(res.body.after).toMatchObject({ links: null, version: 2 });
    expect(JSON.stringify(await storedRow(edit?.id ?? ''))).not.toContain(link);
  });

  it('refuses fields that hold evidence, not free text, naming them; nothing is written', async () => {
    const { admin, clinician, moderator, solver } = world.users;
    const challengeId = await openChallenge(clinician, moderator, world.cluster.slug);
    const filed = await reportOk(solver, 'challenge', challengeId);
    await must(resolve(moderator, filed.id, { action: 'dismiss', note: 'Nothing wrong here.' }));
    const [dismissed] = await entriesOf(admin, 'challenge', challengeId);
    expect(dismissed?.action).toBe('report.dismiss');
    const before = await countAbout(challengeId);

    for (const field of ['status', 'report']) {
      const res = await purge(admin, dismissed?.id ?? '', { reason: 'Tidy up.', fields: ['note', field] });
      expect(isProblem(res, 400, 'validation_failed'), JSON.stringify(res.body)).toBe(true);
      expect(res.body.detail).toContain(`'${field}'`);
      expect(res.body.detail).toContain("'note'");
      expect(res.body.errors).toEqual([{ path: 'fields.1', message: expect.stringContaining('holds no free text') }]);
    }
    expect(await countAbout(challengeId)).toBe(before);
    expect((await storedRow(dismissed?.id ?? ''))?.purged_fields).toBeNull();
  });

  it('refuses to purge the record of a purge: 409, nothing written', async () => {
    const { admin } = world.users;
    const { questionId, entry } = await answeredByMistake();
    await must(purge(admin, entry.id, { reason: 'A phone number.' }));
    const [record] = await entriesOf(admin, 'question', questionId);
    expect(record?.action).toBe('audit.purge');
    const before = await countAbout(questionId);

    for (const body of [{ reason: 'Again.' }, { reason: 'Again.', fields: ['reason'] }]) {
      const res = await purge(admin, record?.id ?? '', body);
      expect(isProblem(res, 409, 'invalid_state'), JSON.stringify(res.body)).toBe(true);
      expect(res.body.detail).toMatch(/^This entry records a purge/);
    }
    expect(await countAbout(questionId)).toBe(before);
    expect((await storedRow(record?.id ?? ''))?.purged_fields).toBeNull();
  });
});
