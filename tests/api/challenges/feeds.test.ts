import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { createDraft, inDays, openChallenge, transition } from '../../helpers/challenges';
import { api, BASE, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** Text of an element the parser may give as a string or as `{ '#text', '@_type' }` (CDATA, attributes). */
const text = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node);

interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
}

/** Fetches the Atom feed, validates the XML and returns its parts. */
async function readFeed(token?: string) {
  const res = await api('/feeds/challenges.atom', { token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  const xml = res.body as string;
  expect(typeof xml).toBe('string');
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml);
  const feed = parsed.feed;
  expect(feed).toBeDefined();
  const entries: AtomEntry[] = (feed.entry ?? []).map((e: Record<string, unknown>) => ({
    id: text(e.id),
    title: text(e.title),
    link: ((e.link as { '@_href': string; '@_rel'?: string }[]) ?? []).find(
      (l) => !l['@_rel'] || l['@_rel'] === 'alternate',
    )?.['@_href'],
    updated: text(e.updated),
  }));
  return { feed, entries, headers: res.headers };
}

const entryFor = (entries: AtomEntry[], id: string) => entries.find((e) => e.id.endsWith(`/challenges/${id}`));

/** Hides a challenge through the moderation API. */
async function hideChallenge(id: string, reporter: TestUser, moderator: TestUser) {
  const filed = await api('/api/v1/reports', {
    token: reporter.token,
    body: { entity_type: 'challenge', entity_id: id, reason: 'Hide this one for the feed test.' },
  });
  expect(filed.status, JSON.stringify(filed.body)).toBe(201);
  const resolved = await api(`/api/v1/reports/${filed.body.id}/resolution`, {
    token: moderator.token,
    body: { action: 'hide' },
  });
  expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
}

describe('the Atom feed', () => {
  it('is a valid Atom 1.0 document of open public challenges only', async () => {
    const { clinician, moderator, solver } = world.users;
    const tag = unique();
    const open = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `Feed: open public challenge & <sepsis> alerts ${tag}`,
    });
    const draft = await createDraft(clinician, world.cluster.slug, { title: `Feed: draft ${tag} never listed` });
    const inReview = await createDraft(clinician, world.cluster.slug, { title: `Feed: in review ${tag} not listed` });
    expect((await transition(clinician, inReview.id, 'submit')).status).toBe(200);
    const network = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `Feed: network only ${tag} not listed`,
      visibility: 'network',
    });
    const hidden = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `Feed: hidden by moderators ${tag}`,
    });
    await hideChallenge(hidden, solver, moderator);
    const evaluating = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `Feed: in evaluation ${tag} not listed`,
    });
    expect((await transition(clinician, evaluating, 'start_evaluation')).status).toBe(200);

    const { feed, entries } = await readFeed();
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed.id)).toBe(`${BASE}/feeds/challenges.atom`);
    expect(text(feed.title)).toContain('Bedside');
    expect(Number.isNaN(Date.parse(text(feed.updated)))).toBe(false);

    const entry = entryFor(entries, open);
    expect(entry).toBeDefined();
    expect(entry).toMatchObject({
      id: `${BASE}/challenges/${open}`,
      title: `Feed: open public challenge & <sepsis> alerts ${tag}`,
      link: `${BASE}/challenges/${open}`,
    });
    const read = await api(`/api/v1/challenges/${open}`);
    expect(new Date(entry!.updated).toISOString()).toBe(new Date(read.body.updated_at).toISOString());
    expect(Date.parse(text(feed.updated))).toBeGreaterThanOrEqual(Date.parse(entry!.updated));

    for (const id of [draft.id, inReview.id, network, hidden, evaluating]) {
      expect(entryFor(entries, id)).toBeUndefined();
    }
    expect(entries.some((e) => e.title.includes(tag) && e !== entry)).toBe(false);

    // Every entry has what a feed reader needs.
    for (const e of entries) {
      expect(e.id).toMatch(/^https:\/\/bedside\.test\/challenges\/\S+$/);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.link).toBe(e.id);
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    }
  });

  it('is the same public document whoever asks', async () => {
    const { clinician, moderator, solver } = world.users;
    const open = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await createDraft(clinician, world.cluster.slug);
    const asOwner = await readFeed(clinician.token);
    expect(entryFor(asOwner.entries, draft.id)).toBeUndefined();
    expect(entryFor(asOwner.entries, open)).toBeDefined();
    const asSolver = await readFeed(solver.token);
    expect(entryFor(asSolver.entries, open)).toBeDefined();
  });

  it('drops a challenge once it leaves the open state', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    expect(entryFor((await readFeed()).entries, id)).toBeDefined();
    expect((await transition(moderator, id, 'archive')).status).toBe(200);
    expect(entryFor((await readFeed()).entries, id)).toBeUndefined();
  });
});

describe('the deadline calendar', () => {
  const calendar = (id: string, token?: string) => api(`/api/v1/challenges/${id}/calendar.ics`, { token });

  function parseCalendar(body: string) {
    const component = new ICAL.Component(ICAL.parse(body));
    expect(component.name).toBe('vcalendar');
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toEqual(expect.any(String));
    return component.getAllSubcomponents('vevent');
  }

  it('returns one VEVENT at the deadline, with the title and a link to the challenge', async () => {
    const { clinician, moderator } = world.users;
    const deadline = inDays(17);
    const title = `Calendar: sepsis, early warning; scores ${unique()}`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { title, deadline });
    const res = await calendar(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(typeof res.body).toBe('string');

    const events = parseCalendar(res.body);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const stored = (await api(`/api/v1/challenges/${id}`)).body.deadline as string;
    expect(Date.parse(stored)).toBe(Date.parse(deadline));
    expect(start.toJSDate().getTime()).toBe(Math.floor(Date.parse(stored) / 1000) * 1000);
    expect(String(event.getFirstPropertyValue('summary'))).toContain(title);
    expect(event.getFirstPropertyValue('url')).toBe(`${BASE}/challenges/${id}`);
    expect(String(event.getFirstPropertyValue('uid'))).toContain(id);
  });

  it('ends the event after it starts, or leaves DTEND out (RFC 5545 §3.8.2.2)', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const [event] = parseCalendar((await calendar(id)).body);
    const start = (event!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime();
    const end = event!.getFirstPropertyValue('dtend') as ICAL.Time | null;
    // A deadline is an instant: RFC 5545 wants no DTEND (zero length) or one strictly later than DTSTART.
    if (end) expect(end.toJSDate().getTime()).toBeGreaterThan(start);
  });

  it('follows a moderator’s change of the deadline', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const deadline = '2099-03-04T05:06:07.000Z';
    const read = await api(`/api/v1/challenges/${id}`, { token: moderator.token });
    const amend = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { version: read.body.version, deadline },
    });
    expect(amend.status, JSON.stringify(amend.body)).toBe(200);
    const [event] = parseCalendar((await calendar(id)).body);
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(deadline);
  });

  it('answers 404 for challenges the caller cannot see', async () => {
    const { clinician, moderator, solver } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    expect(isProblem(await calendar(draft.id), 404, 'not_found')).toBe(true);
    expect(isProblem(await calendar(draft.id, solver.token), 404, 'not_found')).toBe(true);
    expect((await calendar(draft.id, clinician.token)).status).toBe(200);

    const network = await openChallenge(clinician, moderator, world.cluster.slug, { visibility: 'network' });
    expect(isProblem(await calendar(network), 404, 'not_found')).toBe(true);
    expect((await calendar(network, solver.token)).status).toBe(200);

    const hidden = await openChallenge(clinician, moderator, world.cluster.slug);
    expect((await calendar(hidden)).status).toBe(200);
    await hideChallenge(hidden, solver, moderator);
    expect(isProblem(await calendar(hidden), 404, 'not_found')).toBe(true);
    expect(isProblem(await calendar(hidden, solver.token), 404, 'not_found')).toBe(true);
    expect((await calendar(hidden, moderator.token)).status).toBe(200);

    expect(isProblem(await calendar(`missing-${unique()}`), 404, 'not_found')).toBe(true);
  });
});
