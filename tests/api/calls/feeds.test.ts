import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { api, BASE } from '../../helpers/http';

let world: World;
let callId: string;
let publicChallenge: string;
let networkChallenge: string;
beforeAll(async () => {
  world = await createWorld();
  const { moderator, admin, clinician } = world.users;
  callId = await publishedCall(moderator, admin, [world.cluster.slug], { title: 'Feeds & calendars call 2027' });
  publicChallenge = await openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
  networkChallenge = await openChallenge(clinician, moderator, world.cluster.slug, {
    call_id: callId,
    visibility: 'network',
  });
});

describe("a call's feeds", () => {
  it('the Atom feed parses and lists the public challenges of the call, not network-only ones', async () => {
    const res = await api(`/api/v1/calls/${callId}/challenges.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = res.body as string;
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
    expect(feed.title['#text'] ?? feed.title).toBe('Bedside: Feeds & calendars call 2027');
    const links = (feed.entry ?? []).map((e: { id: string }) => e.id);
    expect(links.some((id: string) => id.includes(publicChallenge))).toBe(true);
    expect(links.some((id: string) => id.includes(networkChallenge))).toBe(false);
    expect(xml).toContain(`${BASE}/calls/${callId}`);
  });

  it('the calendar parses: the call opens and closes, and each challenge it may show has its deadline', async () => {
    const res = await api(`/api/v1/calls/${callId}/calendar.ics`, { token: world.users.solver.token });
    expect(res.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(res.body as string))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const uids = events.map((e) => e.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        `call-opens-${callId}@bedside`,
        `call-closes-${callId}@bedside`,
        `deadline-${publicChallenge}@bedside`,
        `deadline-${networkChallenge}@bedside`,
      ]),
    );
    expect(events.find((e) => e.uid === `call-closes-${callId}@bedside`)?.summary).toBe(
      'Call closes: Feeds & calendars call 2027',
    );
  });
});
