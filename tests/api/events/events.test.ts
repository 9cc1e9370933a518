import { env } from 'cloudflare:test';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { count } from '../../helpers/db';
import {
  accept,
  createEvent,
  daysAhead,
  meetingBetween,
  moveToPast,
  registerFor,
  requestMeeting,
} from '../../helpers/events';
import { api, isProblem, must } from '../../helpers/http';

// Matchmaking events (issue 16, §4) over HTTP against the real local D1.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const participants = async () => [await registerUser('clinician'), await registerUser('solver')];

describe('creating and publishing an event', () => {
  it("a cluster's moderator creates a draft that only organisers see, then publishes it", async () => {
    const { moderator, clinician, other_moderator } = world.users;
    const event = await createEvent(moderator, world.cluster.slug, { status: 'draft' });
    expect((await api(`/api/v1/events/${event.id}`, { token: clinician.token })).status).toBe(404);
    expect((await api(`/api/v1/events/${event.id}`, { token: other_moderator.token })).status).toBe(404);
    const list = await must(api(`/api/v1/events?cluster=${world.cluster.slug}`));
    expect(list.body.data.map((e: { id: string }) => e.id)).not.toContain(event.id);

    const published = await must(
      api(`/api/v1/events/${event.id}`, {
        method: 'PATCH',
        token: moderator.token,
        body: { status: 'published', version: 1 },
      }),
    );
    expect(published.body.status).toBe('published');
    const after = await must(api(`/api/v1/events?cluster=${world.cluster.slug}`));
    expect(after.body.data.map((e: { id: string }) => e.id)).toContain(event.id);
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action LIKE 'event.%'", event.id),
    ).toBe(2);
  });

  it('refuses an on-site event without a venue, an end before the start, and an unknown time zone', async () => {
    const res = await api('/api/v1/events', {
      token: world.users.moderator.token,
      body: {
        cluster: world.cluster.slug,
        title: 'Broken',
        mode: 'on_site',
        timezone: 'Mars/Olympus',
        starts_at: daysAhead(3).ends_at,
        ends_at: daysAhead(3).starts_at,
      },
    });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('timezone');
    const res2 = await api('/api/v1/events', {
      token: world.users.moderator.token,
      body: {
        cluster: world.cluster.slug,
        title: 'Broken',
        mode: 'on_site',
        timezone: 'Europe/Rome',
        starts_at: daysAhead(3).ends_at,
        ends_at: daysAhead(3).starts_at,
      },
    });
    expect(res2.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['ends_at', 'venue']);
  });
});

describe('registration', () => {
  it('requires accepting the terms', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const [person] = await participants();
    const res = await api(`/api/v1/events/${event.id}/registrations`, {
      token: person!.token,
      body: { accept_terms: false },
    });
    expect(isProblem(res, 400, 'validation_failed')).toBe(true);
    expect(res.body.errors[0].path).toBe('accept_terms');
    const ok = await registerFor(person!, event.id);
    expect(ok.body.status).toBe('registered');
    expect(ok.body.terms_accepted_at).toBeTruthy();
  });

  it('respects the capacity: the last place goes once, then 409 saying the event is full', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug, { capacity: 2 });
    const people = await Promise.all([1, 2, 3, 4].map(() => registerUser('solver')));
    const answers = await Promise.all(
      people.map((p) =>
        api(`/api/v1/events/${event.id}/registrations`, { token: p.token, body: { accept_terms: true } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409]);
    const full = answers.find((a) => a.status === 409)!;
    expect(full.body.current_state).toBe('full');
    expect(full.body.detail).toMatch(/all 2 places are taken/);
    expect(await count('SELECT count(*) AS n FROM event_registrations WHERE event_id = ?', event.id)).toBe(2);
    const again = people[answers.findIndex((a) => a.status === 201)]!;
    expect(
      (await api(`/api/v1/events/${event.id}/registrations`, { token: again.token, body: { accept_terms: true } }))
        .status,
    ).toBe(409);
  });

  it('shows the participant list and the video link to registered participants only', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug, {
      mode: 'online',
      venue: null,
      link: 'https://meet.example.org/partnering',
    });
    const [a, b] = await participants();
    const outsider = await registerUser('solver');
    await registerFor(a!, event.id);
    await registerFor(b!, event.id);
    const inside = await must(api(`/api/v1/events/${event.id}`, { token: a!.token }));
    expect(inside.body.participants.map((p: { id: string }) => p.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(inside.body.link).toBe('https://meet.example.org/partnering');
    expect(inside.body.my_registration).toBe('registered');
    const outside = await must(api(`/api/v1/events/${event.id}`, { token: outsider.token }));
    expect(outside.body.participants).toBeNull();
    expect(outside.body.link).toBeNull();
    expect(outside.body.places_taken).toBe(2);
    expect(JSON.stringify(outside.body)).not.toContain(a!.id);
    const anonymous = await must(api(`/api/v1/events/${event.id}`));
    expect(anonymous.body.participants).toBeNull();
    const organiser = await must(api(`/api/v1/events/${event.id}`, { token: world.users.moderator.token }));
    expect(organiser.body.participants).toHaveLength(2);
  });
});

describe('meeting requests', () => {
  it('only between registered participants, one per pair, answered by the person asked', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const [a, b] = await participants();
    const outsider = await registerUser('solver');
    await registerFor(a!, event.id);
    await registerFor(b!, event.id);
    const toOutsider = await api(`/api/v1/events/${event.id}/meeting-requests`, {
      token: a!.token,
      body: { to: outsider.id, message: 'Hello' },
    });
    expect(isProblem(toOutsider, 400, 'validation_failed')).toBe(true);
    expect(toOutsider.body.errors[0].path).toBe('to');
    const fromOutsider = await api(`/api/v1/events/${event.id}/meeting-requests`, {
      token: outsider.token,
      body: { to: a!.id },
    });
    expect(isProblem(fromOutsider, 403, 'forbidden')).toBe(true);
    const long = await api(`/api/v1/events/${event.id}/meeting-requests`, {
      token: a!.token,
      body: { to: b!.id, message: 'x'.repeat(501) },
    });
    expect(long.status).toBe(400);

    const request = await requestMeeting(a!, event.id, b!);
    const back = await api(`/api/v1/events/${event.id}/meeting-requests`, { token: b!.token, body: { to: a!.id } });
    expect(isProblem(back, 409, 'duplicate')).toBe(true);

    expect(
      (await api(`/api/v1/meeting-requests/${request.id}/accept`, { method: 'POST', token: a!.token })).status,
    ).toBe(403);
    expect(
      (await api(`/api/v1/meeting-requests/${request.id}/accept`, { method: 'POST', token: outsider.token })).status,
    ).toBe(404);
    const accepted = await accept(b!, request.id);
    expect(accepted.body.status).toBe('accepted');
    const twice = await api(`/api/v1/meeting-requests/${request.id}/decline`, { method: 'POST', token: b!.token });
    expect(isProblem(twice, 409, 'invalid_state')).toBe(true);
  });

  it('a declined request gets no meeting', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const [a, b] = await participants();
    await registerFor(a!, event.id);
    await registerFor(b!, event.id);
    const request = await requestMeeting(a!, event.id, b!);
    await must(api(`/api/v1/meeting-requests/${request.id}/decline`, { method: 'POST', token: b!.token }));
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: a!.token }));
    expect(schedule.body.meetings).toEqual([]);
  });
});

describe('the schedule and calendar files', () => {
  it('places an accepted meeting at once, shows it to both and the organisers, never to others', async () => {
    const [a, b] = await participants();
    const { event, meeting } = await meetingBetween(world.users.moderator, world.cluster.slug, a!, b!);
    const mine = await must(api(`/api/v1/events/${event.id}/schedule`, { token: b!.token }));
    expect(mine.body.scope).toBe('mine');
    expect(mine.body.meetings).toHaveLength(1);
    expect(mine.body.meetings[0]).toMatchObject({
      id: meeting.id,
      starts_at: event.starts_at,
      table: 1,
      unplaced: null,
    });
    const all = await must(api(`/api/v1/events/${event.id}/schedule`, { token: world.users.moderator.token }));
    expect(all.body.scope).toBe('all');
    const outsider = await registerUser('solver');
    expect((await api(`/api/v1/events/${event.id}/schedule`, { token: outsider.token })).status).toBe(403);
    // A moderator of another cluster taking part: the schedule's batch reads every meeting for
    // anyone who may organise some event, before the policy has seen this one; they get only theirs.
    const { other_moderator } = world.users;
    await registerFor(other_moderator, event.id);
    const theirs = await must(api(`/api/v1/events/${event.id}/schedule`, { token: other_moderator.token }));
    expect(theirs.body).toMatchObject({ scope: 'mine', meetings: [] });
  });

  it("serves each meeting's .ics to its two people, parsed by a real parser; 404 to anyone else", async () => {
    const [a, b] = await participants();
    const { event, meeting } = await meetingBetween(world.users.moderator, world.cluster.slug, a!, b!);
    const res = await api(`/api/v1/meetings/${meeting.id}/calendar.ics`, { token: a!.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(res.body as string));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(`meeting-${meeting.id}@bedside`);
    expect(vevent.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(event.starts_at);
    expect(vevent.endDate.toJSDate().getTime() - vevent.startDate.toJSDate().getTime()).toBe(20 * 60_000);
    expect(vevent.location).toBe('Table 1, Marsilius-Arkaden, Heidelberg');
    expect(vevent.summary).toContain('Test clinician');
    expect(res.body as string).not.toContain(a!.email);
    expect(res.body as string).not.toContain(b!.email);
    expect((await api(`/api/v1/meetings/${meeting.id}/calendar.ics`, { token: b!.token })).status).toBe(200);
    const outsider = await registerUser('solver');
    for (const token of [outsider.token, world.users.other_moderator.token, undefined]) {
      const refused = await api(`/api/v1/meetings/${meeting.id}/calendar.ics`, { token });
      expect(isProblem(refused, 404, 'not_found')).toBe(true);
    }
  });

  it('respects availability: a meeting with no common slot is unplaced with that reason', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug);
    const [a, b] = await participants();
    const start = Date.parse(event.starts_at);
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    await registerFor(a!, event.id, { availability: [{ start: at(0), end: at(60) }] });
    await registerFor(b!, event.id, { availability: [{ start: at(60), end: at(180) }] });
    const request = await requestMeeting(a!, event.id, b!);
    await accept(b!, request.id);
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: a!.token }));
    expect(schedule.body.meetings[0]).toMatchObject({ starts_at: null, unplaced: { code: 'no_common_slot' } });
    const unplacedIcs = await api(`/api/v1/meetings/${schedule.body.meetings[0].id}/calendar.ics`, { token: a!.token });
    expect(isProblem(unplacedIcs, 409, 'invalid_state')).toBe(true);
  });
});

describe('follow-ups', () => {
  it('open once the meeting has taken place, once per side, and count into the impact figures', async () => {
    const cluster = (
      await must(
        api('/api/v1/clusters', {
          token: (await (async () => world.users.admin)()).token,
          body: {
            slug: `ev-${crypto.randomUUID().slice(0, 8)}`,
            name: 'Events cluster',
            region: 'Rhine',
            country: 'DE',
            description: 'For tests.',
          },
        }),
        201,
      )
    ).body as { slug: string };
    const [a, b] = await participants();
    const { event, meeting } = await meetingBetween(world.users.admin, cluster.slug, a!, b!);
    const early = await api(`/api/v1/meetings/${meeting.id}/follow-up`, {
      token: a!.token,
      body: { met: true, next_step: 'pilot' },
    });
    expect(isProblem(early, 409, 'invalid_state')).toBe(true);

    await moveToPast(event.id);
    const outsider = await registerUser('solver');
    expect(
      (await api(`/api/v1/meetings/${meeting.id}/follow-up`, { token: outsider.token, body: { met: true } })).status,
    ).toBe(404);
    await must(
      api(`/api/v1/meetings/${meeting.id}/follow-up`, { token: a!.token, body: { met: true, next_step: 'pilot' } }),
      201,
    );
    await must(
      api(`/api/v1/meetings/${meeting.id}/follow-up`, { token: b!.token, body: { met: true, next_step: 'nda' } }),
      201,
    );
    const again = await api(`/api/v1/meetings/${meeting.id}/follow-up`, { token: b!.token, body: { met: false } });
    expect(isProblem(again, 409, 'duplicate')).toBe(true);

    const figures = await must(api(`/api/v1/clusters/${cluster.slug}/impact`, { token: world.users.admin.token }));
    const held = figures.body.meetings.held.reduce((sum: number, q: { value: number }) => sum + q.value, 0);
    expect(held).toBe(1);
    expect(figures.body.meetings.next_steps).toEqual([
      { key: 'nda', value: 1 },
      { key: 'pilot', value: 1 },
    ]);
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: a!.token }));
    expect(schedule.body.meetings[0].my_follow_up).toEqual({ met: true, next_step: 'pilot' });
  });
});

describe('exchange visits', () => {
  it('people apply, the host accepts within capacity or declines', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug, {
      kind: 'exchange_visit',
      capacity: 1,
      ...daysAhead(20, 72),
    });
    const [a, b] = (await participants()) as [TestUser, TestUser];
    const applied = await registerFor(a, event.id, { note: 'We run a liquid-biopsy lab.' });
    expect(applied.body.status).toBe('applied');
    await registerFor(b, event.id);
    const path = (u: TestUser, d: string) => `/api/v1/events/${event.id}/registrations/${u.id}/${d}`;
    expect((await api(path(a, 'accept'), { method: 'POST', token: a.token })).status).toBe(403);
    await must(api(path(a, 'accept'), { method: 'POST', token: world.users.moderator.token }));
    const full = await api(path(b, 'accept'), { method: 'POST', token: world.users.moderator.token });
    expect(isProblem(full, 409, 'invalid_state')).toBe(true);
    expect(full.body.current_state).toBe('full');
    await must(api(path(b, 'decline'), { method: 'POST', token: world.users.moderator.token }));
    const seen = await must(api(`/api/v1/events/${event.id}`, { token: a.token }));
    expect(seen.body.my_registration).toBe('accepted');
    expect(seen.body.participants.map((p: { id: string }) => p.id)).toEqual([a.id]);
    const meetingAsked = await api(`/api/v1/events/${event.id}/meeting-requests`, {
      token: a.token,
      body: { to: b.id },
    });
    expect(isProblem(meetingAsked, 409, 'invalid_state')).toBe(true);
  });

  it('is for members of other clusters: someone whose organization is at home in the host cluster is refused', async () => {
    const event = await createEvent(world.users.moderator, world.cluster.slug, {
      kind: 'exchange_visit',
      ...daysAhead(21, 72),
    });
    const local = await registerUser('clinician', {
      organization: { name: `Klinik ${crypto.randomUUID()}`, kind: 'hospital', country: 'DE' },
    });
    await env.DB.prepare(
      'UPDATE organizations SET cluster_id = ? WHERE id = (SELECT organization_id FROM users WHERE id = ?)',
    )
      .bind(world.cluster.id, local.id)
      .run();
    const refused = await api(`/api/v1/events/${event.id}/registrations`, {
      token: local.token,
      body: { accept_terms: true },
    });
    expect(isProblem(refused, 409, 'invalid_state')).toBe(true);
    expect(refused.body.current_state).toBe('host_member');
    expect(refused.body.detail).toContain('for members of other clusters');
    expect(await count('SELECT count(*) AS n FROM event_registrations WHERE event_id = ?', event.id)).toBe(0);
    // Someone from elsewhere (or with no home cluster) applies as before.
    const [visitor] = (await participants()) as [TestUser];
    expect((await registerFor(visitor, event.id)).body.status).toBe('applied');
  });
});

describe('personal data', () => {
  it('the export holds registrations, requests, meetings and follow-ups; deletion frees the other side', async () => {
    const [a, b] = await participants();
    const { event, meeting } = await meetingBetween(world.users.moderator, world.cluster.slug, a!, b!);
    const exported = await must(api('/api/v1/me/export', { token: a!.token }));
    expect(exported.body.events.registrations).toMatchObject([{ event_id: event.id, status: 'registered' }]);
    expect(exported.body.events.meeting_requests).toMatchObject([
      { sent_by_you: true, other_person: 'Test solver', message: 'Shall we talk about pilots?', status: 'accepted' },
    ]);
    expect(exported.body.events.meetings).toMatchObject([{ id: meeting.id, other_person: 'Test solver' }]);
    expect(exported.body.events.follow_ups).toEqual([]);

    await must(api('/api/v1/me/deletion', { token: a!.token, body: { password: PASSWORD } }), 204);
    expect(await count('SELECT count(*) AS n FROM event_registrations WHERE user_id = ?', a!.id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM meetings WHERE id = ?', meeting.id)).toBe(0);
    const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: b!.token }));
    expect(schedule.body.meetings).toEqual([]);
  });
});
