import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createEvent, moveToPast } from '../../helpers/events';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

// Matchmaking events on pages, without JavaScript (issue 16): two people register, one asks the
// other for a meeting, the other accepts, both see it in their schedule and answer the follow-up.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const html = async (path: string, cookie?: string) => {
  const res = await page(path, cookie);
  expect(res.status).toBe(200);
  return res.text();
};

describe('an event on pages', () => {
  it('register, request, accept, schedule with .ics, follow-up, in four languages', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const ana = await registerUser('clinician', { name: 'Ana Pop' });
    const ben = await registerUser('solver', { name: 'Ben Huber' });

    expect(await html('/events')).toContain(`/events/${event.id}`);
    const before = await html(`/events/${event.id}`, ana.cookie);
    expect(before).toContain('Meetings are confidential; no recording.');
    expect(before).toContain('name="accept_terms"');

    // Without ticking the terms: the form again, saying why.
    const refused = await postForm(`/events/${event.id}/registration`, ana.cookie, {});
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Tick the box to accept the terms');

    for (const [who, lang] of [
      [ana, 'de'],
      [ben, 'it'],
    ] as const) {
      const done = await postForm(`/events/${event.id}/registration?lang=${lang}`, who.cookie, { accept_terms: 'on' });
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe(`/events/${event.id}?done=registered#registration-title`);
    }
    const registered = await html(`/events/${event.id}?lang=de`, ana.cookie);
    expect(registered).toContain('Sie sind für diese Veranstaltung angemeldet.');
    expect(registered).toContain('Ben Huber');
    expect(registered).toContain(`id="message-${ben.id}"`);
    // Someone not registered sees no participant.
    expect(await html(`/events/${event.id}`, world.users.solver.cookie)).not.toContain('Ben Huber');

    const asked = await postForm(`/events/${event.id}/meeting-requests`, ana.cookie, {
      to: ben.id,
      message: 'Liquid biopsy pilot?',
    });
    expect(asked.status).toBe(303);
    const inbox = await html(`/events/${event.id}?lang=ro`, ben.cookie);
    expect(inbox).toContain('Ana Pop vrea să vă întâlnească');
    expect(inbox).toContain('Liquid biopsy pilot?');
    const requestId = /\/meeting-requests\/([0-9a-f-]{36})\/accept/.exec(inbox)?.[1];
    expect(requestId).toBeTruthy();

    const accepted = await postForm(`/meeting-requests/${requestId}/accept`, ben.cookie, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/events/${event.id}?done=accepted#schedule-title`);
    for (const who of [ana, ben]) {
      const schedule = await html(`/events/${event.id}`, who.cookie);
      expect(schedule).toContain('table 1');
      expect(schedule).toMatch(/\/api\/v1\/meetings\/[0-9a-f-]{36}\/calendar\.ics/);
    }
    const meetingId = /\/api\/v1\/meetings\/([0-9a-f-]{36})\/calendar\.ics/.exec(
      await html(`/events/${event.id}`, ana.cookie),
    )?.[1];
    // The .ics link works with the session cookie.
    const ics = await page(`/api/v1/meetings/${meetingId}/calendar.ics`, ana.cookie);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    await moveToPast(event.id);
    expect(await html(`/events/${event.id}`, ana.cookie)).toContain(`action="/meetings/${meetingId}/follow-up"`);
    const answered = await postForm(`/meetings/${meetingId}/follow-up`, ana.cookie, { met: 'yes', next_step: 'pilot' });
    expect(answered.status).toBe(303);
    const after = await html(`/events/${event.id}`, ana.cookie);
    expect(after).toContain('We met');
    expect(after).toContain('A pilot');
    expect(after).not.toContain(`action="/meetings/${meetingId}/follow-up"`);
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: ana.token }));
    expect(schedule.body.meetings[0].my_follow_up).toEqual({ met: true, next_step: 'pilot' });
  });
});

describe('organising an event on pages', () => {
  it('a moderator creates an event with times in its own time zone, then changes it; others may not', async () => {
    const { moderator, clinician } = world.users;
    const form = await html('/events/new', moderator.cookie);
    expect(form).toContain(`value="${world.cluster.slug}"`);
    expect((await page('/events/new', clinician.cookie)).status).toBe(403);

    const fields = {
      cluster: world.cluster.slug,
      kind: 'partnering',
      title: 'Partnering Day Iași',
      topic: 'Stroke rehabilitation',
      description: '',
      mode: 'on_site',
      timezone: 'Europe/Bucharest',
      starts_at: '2030-03-15T09:00',
      ends_at: '2030-03-15T13:00',
      venue: 'Palas, Iași',
      link: '',
      capacity: '40',
      terms: 'Be on time.',
      slot_minutes: '30',
      tables: '6',
      status: 'published',
    };
    const bad = await postForm('/events/new?lang=ro', moderator.cookie, {
      ...fields,
      venue: '',
      ends_at: '2030-03-15T08:00',
    });
    expect(bad.status).toBe(400);
    const created = await postForm('/events/new', moderator.cookie, fields);
    expect(created.status).toBe(303);
    const id = created.headers.get('location')?.replace('/events/', '') ?? '';
    const event = await must(api(`/api/v1/events/${id}`));
    // 09:00 in Bucharest in March is 07:00 UTC (EET, UTC+2).
    expect(event.body).toMatchObject({
      starts_at: '2030-03-15T07:00:00.000Z',
      ends_at: '2030-03-15T11:00:00.000Z',
      capacity: 40,
    });

    // The page and the list show the times the organiser entered, on the event's clocks, naming its zone.
    const shown = '15 Mar 2030, 09:00 to 15 Mar 2030, 13:00 (local time, Europe/Bucharest)';
    expect(await html(`/events/${id}`)).toContain(shown);
    expect(await html(`/events?cluster=${world.cluster.slug}`)).toContain(shown);
    expect(await html(`/events/${id}?lang=de`)).toContain('(Ortszeit, Europe/Bucharest)');

    const edit = await html(`/events/${id}/edit`, moderator.cookie);
    expect(edit).toContain('value="2030-03-15T09:00"');
    expect((await page(`/events/${id}/edit`, clinician.cookie)).status).toBe(403);
    const saved = await postForm(`/events/${id}/edit`, moderator.cookie, {
      ...fields,
      title: 'Partnering Day Iași (spring)',
      version: '1',
    });
    expect(saved.status).toBe(303);
    expect((await must(api(`/api/v1/events/${id}`))).body).toMatchObject({
      title: 'Partnering Day Iași (spring)',
      version: 2,
    });
    const stale = await postForm(`/events/${id}/edit`, moderator.cookie, { ...fields, version: '1' });
    expect(stale.status).toBe(400);
  });
});
