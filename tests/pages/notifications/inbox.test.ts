import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/**
 * A clinician of their own (so no other test adds to their inbox) with an open challenge, and a
 * question a solver asked on it: two notifications, "published" and "new question", both unread.
 */
async function ownerWithQuestion() {
  const owner = await registerUser('clinician');
  const title = `Inbox: early sepsis alerts ${unique()}`;
  const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug, { title });
  const question = `Is there a FHIR endpoint for vitals? ${unique()}`;
  const asked = await must(
    api(`/api/v1/challenges/${challenge}/questions`, { token: world.users.solver.token, body: { body: question } }),
    201,
  );
  return { owner, challenge, title, question, questionId: asked.body.id as string };
}

/** The owner's notifications through the API, newest first. */
const inbox = async (user: TestUser) =>
  (await must(api('/api/v1/me/notifications', { token: user.token }))).body as {
    data: { id: string; kind: string; read_at: string | null }[];
    unread_count: number;
  };

const html = async (path: string, cookie: string) => {
  const res = await page(path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};

/** The header's link to the inbox, whole: its accessible name carries the count. */
const headerLink = (text: string) =>
  /<a href="\/me\/notifications" class="inbox-link"[^>]*>[\s\S]*?<\/a>/.exec(text)?.[0] ?? '';
/** What the header link says to a screen reader when there are unread notifications. */
const named = (name: string) => `<span class="visually-hidden">${name}</span>`;

describe('the inbox page', () => {
  it('shows a real notification as a sentence linking to where it happened, marked unread', async () => {
    const { owner, challenge, title, question, questionId } = await ownerWithQuestion();
    const text = await html('/me/notifications', owner.cookie);
    expect(text).toContain(`<a href="/challenges/${challenge}#q-${questionId}"`);
    expect(text).toContain(`New question on “${title}”: ${question}`);
    expect(text).toContain(`Your challenge “${title}” is published and open for solutions.`);
    // Newest first: the question came after the approval.
    expect(text.indexOf('New question on')).toBeLessThan(text.indexOf('is published and open'));
    // Unread is said in words, and each unread line has its own button.
    expect(text.match(/class="badge badge-unread">Unread</g)).toHaveLength(2);
    expect(text.match(/>Mark as read</g)).toHaveLength(2);
    expect(text).toContain('>Mark all as read<');
    expect(headerLink(text)).toContain(named('2 unread notifications'));
  });

  it('speaks the page language', async () => {
    const { owner } = await ownerWithQuestion();
    const text = await html('/me/notifications?lang=de', owner.cookie);
    expect(text).toContain('<h1 class="notifications-title">Benachrichtigungen</h1>');
    expect(headerLink(text)).toContain(named('2 ungelesene Benachrichtigungen'));
    expect(text).toContain('>Alle als gelesen markieren<');
  });

  it('marks one line read, then all; the header count follows', async () => {
    const { owner } = await ownerWithQuestion();
    const [newest] = (await inbox(owner)).data;
    const one = await postForm('/me/notifications/read', owner.cookie, { id: newest!.id, back: '/me/notifications' });
    expect(one.status).toBe(303);
    expect(one.headers.get('location')).toBe('/me/notifications?done=read');
    let text = await html('/me/notifications', owner.cookie);
    expect(headerLink(text)).toContain(named('1 unread notification'));
    expect(text.match(/>Mark as read</g)).toHaveLength(1);
    expect(text).not.toContain(`name="id" value="${newest!.id}"`);
    expect((await inbox(owner)).unread_count).toBe(1);

    const all = await postForm('/me/notifications/read', owner.cookie, { all: 'true', back: '/me/notifications' });
    expect(all.status).toBe(303);
    text = await html(all.headers.get('location')!, owner.cookie);
    expect(text).toContain('All your notifications are marked as read.');
    expect(text).toContain('You have read everything.');
    expect(headerLink(text)).not.toContain('visually-hidden');
    expect(text).not.toContain('badge-unread');
    expect((await inbox(owner)).data.every((n) => n.read_at !== null)).toBe(true);
  });

  it("cannot mark someone else's notification read, and never redirects off the inbox", async () => {
    const { owner } = await ownerWithQuestion();
    const [theirs] = (await inbox(owner)).data;
    const res = await postForm('/me/notifications/read', world.users.solver.cookie, {
      id: theirs!.id,
      back: 'https://elsewhere.example/phish',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/me/notifications?done=read');
    expect((await inbox(owner)).unread_count).toBe(2);
  });

  it('says so when there is nothing yet, and sends anonymous visitors to sign in', async () => {
    const fresh = await registerUser('solver');
    const text = await html('/me/notifications', fresh.cookie);
    expect(text).toContain('Nothing here yet.');
    expect(headerLink(text)).not.toContain('visually-hidden');
    const anonymous = await page('/me/notifications', undefined, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/me/notifications')}`);
  });

  it('pages through older notifications with a cursor', async () => {
    const { owner, challenge } = await ownerWithQuestion();
    // 21 more questions: 23 notifications, one page of 20 and the rest.
    for (let i = 0; i < 21; i++) {
      await must(
        api(`/api/v1/challenges/${challenge}/questions`, {
          token: world.users.solver.token,
          body: { body: `Follow-up question number ${i} ${unique()}` },
        }),
        201,
      );
    }
    const first = await html('/me/notifications', owner.cookie);
    expect(first.match(/<li id="n-/g)).toHaveLength(20);
    const next = /<a href="(\/me\/notifications\?cursor=[^"]+)" rel="next">/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = await html(next!, owner.cookie);
    expect(second.match(/<li id="n-/g)).toHaveLength(3);
    expect(second).toContain('is published and open for solutions.');
    expect(second).not.toContain('rel="next"');
  });
});
