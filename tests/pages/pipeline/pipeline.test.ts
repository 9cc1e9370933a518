import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api, BASE } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the page pipeline', () => {
  it("lists a challenge's solutions on the page exactly as the API does: a solver sees their own only", async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const rival = await registerUser('solver');
    await submitSolution(world.users.solver, challenge, { title: 'Mine: faster NGS turnaround' });
    await submitSolution(rival, challenge, { title: 'Theirs: a rival panel' });

    const res = await page(`/challenges/${challenge}/solutions`, world.users.solver.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Mine: faster NGS turnaround');
    expect(html).not.toContain('Theirs: a rival panel');
    const listed = await api(`/api/v1/challenges/${challenge}/solutions`, { token: world.users.solver.token });
    expect(listed.body.data.map((s: { title: string }) => s.title)).toEqual(['Mine: faster NGS turnaround']);

    // Another cluster's moderator sees the page, with nothing on it (and the API agrees).
    const other = await page(`/challenges/${challenge}/solutions`, world.users.other_moderator.cookie);
    expect(other.status).toBe(200);
    expect(await other.text()).not.toContain('NGS turnaround');
    const none = await api(`/api/v1/challenges/${challenge}/solutions`, { token: world.users.other_moderator.token });
    expect(none.body.data).toEqual([]);
  });

  it('sends an anonymous form post to sign in, and back to the page the form was on', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const post = (headers: Record<string, string>) =>
      SELF.fetch(`${BASE}/challenges/${challenge}/questions`, {
        method: 'POST',
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'body=Is+there+pseudonymised+data%3F',
        redirect: 'manual',
      });
    const fromPage = await post({ origin: BASE, referer: `${BASE}/challenges/${challenge}?lang=de` });
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent(`/challenges/${challenge}?lang=de`)}`,
    );
    // A referer from another site is not a place to come back to.
    const elsewhere = await post({ origin: BASE, referer: 'https://evil.example/phish' });
    expect(elsewhere.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/me')}`);
    await expect(count('SELECT count(*) AS n FROM questions WHERE challenge_id = ?', challenge)).resolves.toBe(0);
  });

  it('answers a form posted from another site with a 403 page, before it knows who is asking', async () => {
    const res = await SELF.fetch(`${BASE}/signin`, {
      method: 'POST',
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: 'email=clinician%40demo.test&password=demo-password-1',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('reads path ids as ids only: /challenges/new is the form, not a challenge, and other words are 404', async () => {
    const form = await page('/challenges/new', world.users.clinician.cookie);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('action="/challenges/new"');
    const word = await page('/challenges/not-a-challenge', world.users.clinician.cookie);
    expect(word.status).toBe(404);
    expect(word.headers.get('content-type')).toContain('text/html');
  });

  it('names each invalid field by its label on the page, in the page language', async () => {
    const clinician = await registerUser('clinician');
    const res = await postForm('/challenges/new?lang=de', clinician.cookie, {
      cluster: world.cluster.slug,
      title: 'Short',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    // A German sentence that names the title field by its German label.
    expect(html).toContain('<a href="#title">Geben Sie bei „Titel“ mindestens 8 Zeichen ein.</a>');
    await expect(count('SELECT count(*) AS n FROM challenges WHERE owner_id = ?', clinician.id)).resolves.toBe(0);
  });

  it("offers an owner's edit form only while saving it can succeed", async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await page(`/challenges/${challenge}/edit`, world.users.clinician.cookie);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('after approval moderators amend it');
    const amend = await page(`/challenges/${challenge}/edit`, world.users.moderator.cookie);
    expect(amend.status).toBe(200);
  });
});
