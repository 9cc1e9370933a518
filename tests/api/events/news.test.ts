import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../web/email/render';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { runCron } from '../../helpers/cron';
import { accept, createEvent, daysAhead, registerFor, requestMeeting } from '../../helpers/events';
import { api } from '../../helpers/http';
import { outboxTo } from '../../helpers/mail';
import { page } from '../../helpers/pages';

// Who hears of what at a matchmaking event (issue 16): the person asked, of a request; the one who
// asked, of its acceptance; both, once, the day before their meetings; everyone registered, of a
// cancellation.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

interface Line {
  kind: string;
  text: string;
  href: string;
  params: Record<string, unknown>;
}
const inbox = async (user: TestUser) =>
  ((await api('/api/v1/me/notifications', { token: user.token })).body.data as Line[]).filter((n) =>
    n.kind.startsWith('meeting_'),
  );

describe('meeting news', () => {
  it('a request reaches the person asked; its acceptance the one who asked, by inbox and email', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const a = await registerUser('clinician');
    const b = await registerUser('solver');
    await registerFor(a, event.id);
    await registerFor(b, event.id);
    const request = await requestMeeting(a, event.id, b);
    expect((await inbox(b)).map((n) => n.kind)).toEqual(['meeting_requested']);
    expect(await inbox(a)).toEqual([]);
    await accept(b, request.id);
    const [line] = await inbox(a);
    expect(line?.kind).toBe('meeting_accepted');
    expect(line?.params).toMatchObject({ event_id: event.id, name: 'Test solver' });
    expect((await inbox(b)).map((n) => n.kind)).toEqual(['meeting_requested']);
    expect(await outboxTo(b.email, 'meeting_requested')).toHaveLength(1);
    expect(await outboxTo(a.email, 'meeting_accepted')).toHaveLength(1);
  });

  it('the cron reminds both people the day before, once, counting their meetings', async () => {
    // Tomorrow morning: inside the next 24 hours for a cron run 20 hours before.
    const event = await createEvent(world.users.moderator, world.cluster.slug, daysAhead(1));
    const [a, b, c] = [await registerUser('clinician'), await registerUser('solver'), await registerUser('solver')];
    for (const p of [a, b, c]) await registerFor(p, event.id);
    await accept(b, (await requestMeeting(a, event.id, b)).id);
    await accept(c, (await requestMeeting(a, event.id, c)).id);
    const at = new Date(Date.parse(event.starts_at) - 20 * 3_600_000);
    await runCron(new Date(Date.parse(event.starts_at) - 30 * 3_600_000));
    // 30 hours before: too early.
    expect((await inbox(a)).filter((n) => n.kind === 'meeting_reminder')).toEqual([]);
    await runCron(at);
    await runCron(at);
    const reminders = (await inbox(a)).filter((n) => n.kind === 'meeting_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.params).toMatchObject({ event_id: event.id, meetings: 2, time_zone: event.timezone });
    expect((await inbox(b)).filter((n) => n.kind === 'meeting_reminder')).toHaveLength(1);
    const [mail] = await outboxTo(a.email, 'meeting_reminder');
    expect(mail).toBeTruthy();
    const words = {
      en: '2 one-to-one meetings',
      de: '2 Einzelgespräche',
      it: '2 incontri individuali',
      ro: '2 întâlniri individuale',
    };
    for (const [language, expected] of Object.entries(words)) {
      const email = await renderEmail(
        { kind: 'meeting_reminder', params: JSON.parse(mail!.params), language, to: a.email, user_id: a.id },
        { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
      );
      expect(email.text).toContain(expected);
      expect(email.text).toContain(`https://bedside.test/events/${event.id}`);
      // The first meeting on the event's clocks, naming its zone, not in UTC.
      expect(email.text).toContain(event.timezone);
      expect(email.text).not.toContain(' UTC');
    }
    const english = await renderEmail(
      { kind: 'meeting_reminder', params: JSON.parse(mail!.params), language: 'en', to: a.email, user_id: a.id },
      { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
    );
    const local = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: event.timezone,
    }).format(new Date(event.starts_at));
    expect(english.text).toContain(`${local} (local time, ${event.timezone})`);
    const { results } = await env.DB.prepare('SELECT reminded_at FROM meetings WHERE event_id = ?')
      .bind(event.id)
      .all<{ reminded_at: string | null }>();
    expect(results.every((r) => r.reminded_at === at.toISOString())).toBe(true);
  });

  it('a cancelled event reaches everyone registered, once, by inbox and email in their language; not the organiser', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug, { title: 'Partnering day in Pavia' });
    const [a, b, away] = [await registerUser('clinician'), await registerUser('solver'), await registerUser('solver')];
    await registerFor(a, event.id);
    await registerFor(b, event.id);
    await accept(b, (await requestMeeting(a, event.id, b)).id);
    const cancel = (version: number) =>
      api(`/api/v1/events/${event.id}`, {
        method: 'PATCH',
        token: world.users.moderator.token,
        body: { status: 'cancelled', version },
      });
    expect((await cancel(event.version)).status).toBe(200);
    // A stale second attempt writes nothing: nobody hears twice.
    expect((await cancel(event.version)).status).toBe(412);
    const cancelled = async (user: TestUser) =>
      ((await api('/api/v1/me/notifications', { token: user.token })).body.data as Line[]).filter(
        (n) => n.kind === 'event_cancelled',
      );
    for (const person of [a, b]) {
      const lines = await cancelled(person);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.params).toMatchObject({ event_id: event.id, title: 'Partnering day in Pavia' });
    }
    const inboxPage = await (await page('/me/notifications', a.cookie)).text();
    expect(inboxPage).toContain('“Partnering day in Pavia” is cancelled');
    expect(inboxPage).toContain(`href="/events/${event.id}"`);
    expect(await cancelled(away)).toEqual([]);
    expect(await cancelled(world.users.moderator)).toEqual([]);
    const [mail] = await outboxTo(a.email, 'event_cancelled');
    expect(mail).toBeTruthy();
    const words = { en: 'is cancelled', de: 'wurde abgesagt', it: 'è annullato', ro: 'este anulat' };
    for (const [language, expected] of Object.entries(words)) {
      const email = await renderEmail(
        { kind: 'event_cancelled', params: JSON.parse(mail!.params), language, to: a.email, user_id: a.id },
        { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
      );
      expect(email.text).toContain(expected);
      expect(email.text).toContain('Partnering day in Pavia');
    }
  });
});
