import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const deletedAt = async (id: string) =>
  (await env.DB.prepare('SELECT deleted_at FROM users WHERE id = ?').bind(id).first<{ deleted_at: string | null }>())
    ?.deleted_at;

describe('the delete-account page', () => {
  it('says what goes and what stays, and asks for the password (en, de)', async () => {
    const user = await registerUser('solver');
    const en = await page('/me/account/delete', user.cookie);
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain('<h1>Delete your account</h1>');
    expect(html).toContain('What is deleted');
    expect(html).toContain('Invitations you sent or received that were not yet accepted: they are revoked');
    expect(html).toContain('What stays, shown as “Former member”');
    expect(html).toMatch(/<label for="password">Your password<\/label>/);
    expect(html).toMatch(/<button type="submit" class="danger">Delete my account for good<\/button>/);
    const de = await (await page('/me/account/delete?lang=de', user.cookie)).text();
    expect(de).toContain('<h1>Konto löschen</h1>');
    expect(de).toContain('Mein Konto endgültig löschen');
    expect(de).toContain('Was bleibt, angezeigt als „Ehemaliges Mitglied“');
    // Anonymous visitors sign in first.
    const anonymous = await page('/me/account/delete', undefined, { redirect: 'manual' });
    expect(anonymous.headers.get('location')).toMatch(/^\/signin\?next=/);
  });

  it('lists what stands in the way, linked, offers no form, and a post deletes nothing', async () => {
    const owner = await registerUser('clinician');
    const title = `Still open ${unique()}`;
    const open = await openChallenge(owner, world.users.moderator, world.cluster.slug, { title });
    const html = await (await page('/me/account/delete?lang=de', owner.cookie)).text();
    expect(html).toContain('Noch nicht möglich');
    expect(html).toContain(`<a href="/challenges/${open}">${title}</a>`);
    // What can be done: a published challenge cannot be withdrawn, its cluster's moderators archive it.
    expect(html).toContain(
      'Bitten Sie die Moderatorinnen und Moderatoren des Clusters, sie zu archivieren, oder warten Sie, bis sie entschieden ist.',
    );
    expect(html).not.toContain('Ziehen Sie sie zurück');
    const en = await (await page('/me/account/delete', owner.cookie)).text();
    expect(en).toContain('ask the cluster’s moderators to archive it, or wait until it is decided.');
    expect(html).not.toContain('action="/me/account/delete"');
    const posted = await postForm('/me/account/delete', owner.cookie, { password: PASSWORD });
    expect(posted.status).toBe(409);
    expect(await posted.text()).toContain(`<a href="/challenges/${open}">${title}</a>`);
    expect(await deletedAt(owner.id)).toBeNull();
    expect((await api('/api/v1/me', { token: owner.token })).status).toBe(200);
  });

  it('answers a wrong password next to its field, in the page language', async () => {
    const user = await registerUser('solver');
    const wrong = await postForm('/me/account/delete?lang=de', user.cookie, { password: 'not my password' });
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(html).toContain('id="password-error"');
    expect(html).toContain('Ihr Passwort');
    expect(await deletedAt(user.id)).toBeNull();
  });

  it('deletes, signs out and says it is done', async () => {
    const user = await registerUser('solver');
    const done = await postForm('/me/account/delete', user.cookie, { password: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/account-deleted');
    expect(done.headers.get('set-cookie')).toMatch(/__Host-bedside_session=;/);
    expect(await deletedAt(user.id)).toEqual(expect.any(String));
    // The old cookie signs no one in any more.
    const ended = await page('/me/account/delete', user.cookie, { redirect: 'manual' });
    expect(ended.headers.get('location')).toMatch(/^\/signin\?next=.*&session=ended$/);
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(401);
    const after = await (await page('/account-deleted?lang=de')).text();
    expect(after).toContain('<h1>Ihr Konto ist gelöscht</h1>');
  });
});

describe('a deleted account’s name', () => {
  async function decidedWith(solver: TestUser, juror: TestUser) {
    const { clinician: owner, moderator } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, id);
    await assignJury(owner, id, juror);
    await startEvaluation(owner, id);
    await declare(juror, solution, false);
    await evaluate(juror, solution, scoresOf([4]));
    await must(decide(owner, id, { winners: [solution] }));
    return { id, solution };
  }

  it('reads “Former member” / “Ehemaliges Mitglied” as a submitter and as a juror', async () => {
    const solver = await registerUser('solver', { name: 'Solver To Forget' });
    const juror = await registerUser('clinician', { name: 'Juror To Forget' });
    const { id, solution } = await decidedWith(solver, juror);
    for (const user of [solver, juror]) {
      expect((await postForm('/me/account/delete', user.cookie, { password: PASSWORD })).status).toBe(303);
    }
    const owner = world.users.clinician.cookie;
    for (const [lang, name] of [
      ['en', 'Former member'],
      ['de', 'Ehemaliges Mitglied'],
    ] as const) {
      const shown = await page(`/solutions/${solution}?lang=${lang}`, owner);
      expect(shown.status).toBe(200);
      const html = await shown.text();
      expect(html).toContain(name);
      expect(html).not.toContain('Solver To Forget');
      const jury = await page(`/challenges/${id}/jury?lang=${lang}`, owner);
      expect(jury.status).toBe(200);
      const juryHtml = await jury.text();
      expect(juryHtml).toContain(`<h3>${name}</h3>`);
      expect(juryHtml).not.toContain('Juror To Forget');
    }
  });
});
