import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { BASE, must } from '../../helpers/http';
import { postForm } from '../../helpers/pages';

// Issue 13, item 11: small ones in the page pipeline.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the note of a life-cycle step', () => {
  it('takes at most 4 000 characters, as the API: 4 001 come back next to the note, nothing written', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    await must(transition(world.users.clinician, draft.id, 'submit'));
    const note = 'x'.repeat(4001);
    const res = await postForm(`/challenges/${draft.id}/transitions`, world.users.moderator.cookie, {
      action: 'request_changes',
      note,
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const field = html.slice(
      html.indexOf('<label for="note">'),
      html.indexOf('</textarea>', html.indexOf('<label for="note">')),
    );
    expect(field).toContain('Note to the owner can have at most 4,000 characters.');
    expect(field).toContain('aria-invalid="true"');
    expect(field).toContain(note);
    await expect(
      count('SELECT count(*) AS n FROM challenges WHERE id = ? AND status = ?', draft.id, 'in_review'),
    ).resolves.toBe(1);
    await expect(count('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?', draft.id)).resolves.toBe(2);

    // 4 000 are fine.
    const ok = await postForm(`/challenges/${draft.id}/transitions`, world.users.moderator.cookie, {
      action: 'request_changes',
      note: 'y'.repeat(4000),
    });
    expect(ok.status).toBe(303);
  });
});

describe('a form body the pipeline cannot read', () => {
  const send = (path: string, cookie: string, type: string | undefined, body: string) =>
    SELF.fetch(BASE + path, {
      method: 'POST',
      headers: { accept: 'text/html', cookie, origin: BASE, ...(type ? { 'content-type': type } : {}) },
      body,
      redirect: 'manual',
    });
  const BROKEN: [string, string][] = [
    ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="body"\r\n\r\nunterminated'],
    ['multipart/form-data', 'body=no+boundary+at+all'],
    ['multipart/form-data; boundary=xyz', 'not multipart at all'],
    ['text/plain', 'body=sent+as+text'],
    ['application/json', '{"body":"sent as JSON"}'],
  ];

  for (const [type, body] of BROKEN) {
    it(`${type} "${body.slice(0, 20)}…" is a 400 page on a question form and on sign-in, nothing written`, async () => {
      const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
      const before = await count('SELECT count(*) AS n FROM questions');
      const asked = await send(`/challenges/${challenge}/questions`, world.users.solver.cookie, type, body);
      expect(asked.status).toBe(400);
      expect(asked.headers.get('content-type')).toContain('text/html');
      expect(await asked.text()).toContain('send the form again');
      await expect(count('SELECT count(*) AS n FROM questions')).resolves.toBe(before);

      const signin = await send('/signin', '', type, body);
      expect(signin.status).toBe(400);
      expect(signin.headers.get('set-cookie') ?? '').not.toContain('session');
    });
  }

  it('a confirmation step sent as text runs nothing', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const res = await send(
      `/challenges/${draft.id}/transitions`,
      world.users.clinician.cookie,
      'text/plain',
      'action=withdraw',
    );
    expect(res.status).toBe(400);
    await expect(
      count("SELECT count(*) AS n FROM challenges WHERE id = ? AND status = 'draft'", draft.id),
    ).resolves.toBe(1);
  });
});

describe('the language links of a page nobody found', () => {
  for (const path of [
    '//evil.example/x',
    '/%2F%2Fevil.example',
    '/%5C%5Cevil.example/x',
    '/%09/evil.example',
    '/\\evil.example',
  ]) {
    it(`${path}: every language link is a path on this site`, async () => {
      const res = await SELF.fetch(BASE + path, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect(res.status).toBe(404);
      const html = await res.text();
      const links = [...html.matchAll(/<a href="([^"]*)" hreflang="[a-z]+"/g)].map((m) => m[1] ?? '');
      expect(links).toHaveLength(4);
      for (const href of links) {
        expect(href, href).toMatch(/^\/[^/\\\s]/);
        expect(new URL(href, BASE).origin).toBe(BASE);
        expect(href).toMatch(/\?lang=(en|de|it|ro)$/);
      }
    });
  }
});
