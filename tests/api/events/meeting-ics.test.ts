import { TZDate } from '@date-fns/tz';
import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type MeetingCalendarInput, meetingCalendar } from '../../../worker/domain/events/meeting-ics';

// A meeting's .ics (issue 16, §4), parsed back with a real parser (ical.js) and compared field by field.

const ana = { name: 'Ana Pop', email: 'ana.pop@clinic.example.org' };
const ben = { name: 'Ben Huber', email: 'ben.huber@startup.example.com' };

const onSite: MeetingCalendarInput = {
  meeting: {
    id: '01960000-0000-7000-8000-000000000001',
    start: '2027-03-15T09:20:00.000Z',
    end: '2027-03-15T09:40:00.000Z',
    table: 12,
    videoLink: null,
    updatedAt: '2027-03-01T10:00:00.000Z',
  },
  event: {
    title: 'Partnering Day; oncology, 2027',
    timeZone: 'Europe/Berlin',
    venue: 'Marsilius-Arkaden, Heidelberg',
    url: 'https://bedside.test/events/01960000-0000-7000-8000-0000000000e1',
  },
  names: [ana.name, ben.name],
};

/** The calendar's one event, its time zone registered with ical.js so times resolve to instants. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const instant = (time: ICAL.Time) => time.toJSDate().toISOString();

describe("a meeting's calendar file", () => {
  it('says who meets, when in the event time zone, where, and links the event', () => {
    const ics = meetingCalendar(onSite);
    const { vevent, event } = parsed(ics);
    expect(event.uid).toBe(`meeting-${onSite.meeting.id}@bedside`);
    expect(event.summary).toBe('Meeting: Ana Pop and Ben Huber (Partnering Day; oncology, 2027)');
    expect(event.location).toBe('Table 12, Marsilius-Arkaden, Heidelberg');
    expect(event.description).toBe(`One-to-one meeting at Partnering Day; oncology, 2027.\n\n${onSite.event.url}`);
    expect(vevent.getFirstPropertyValue('url')).toBe(onSite.event.url);
    // Wall-clock time in Heidelberg (CET, UTC+1 in March), and the same instants as the slot.
    expect(event.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270315T102000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20270315T104000');
    expect(instant(event.startDate)).toBe(onSite.meeting.start);
    expect(instant(event.endDate)).toBe(onSite.meeting.end);
    // DTSTAMP in UTC (RFC 5545 §3.8.7.2): the meeting's last change.
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(instant(stamp)).toBe(onSite.meeting.updatedAt);
  });

  it('gives the video link as the place of an online meeting', () => {
    const online = {
      ...onSite,
      meeting: { ...onSite.meeting, table: null, videoLink: 'https://meet.example.net/bedside-42' },
      event: { ...onSite.event, venue: null },
    };
    expect(parsed(meetingCalendar(online)).event.location).toBe('https://meet.example.net/bedside-42');
  });

  it('carries the two display names and never an email address', () => {
    const ics = meetingCalendar(onSite);
    for (const person of [ana, ben]) {
      expect(ics).toContain(person.name);
      expect(ics).not.toContain(person.email);
    }
    // Nothing shaped like an address at all (the UID's `@bedside` has no domain dot).
    expect(ics).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(parsed(ics).vevent.getAllProperties('attendee')).toEqual([]);
    expect(parsed(ics).vevent.getAllProperties('organizer')).toEqual([]);
  });

  it('keeps its UID when the meeting moves, and is the same file for the same meeting', () => {
    expect(meetingCalendar(onSite)).toBe(meetingCalendar(structuredClone(onSite)));
    const moved = meetingCalendar({
      ...onSite,
      meeting: {
        ...onSite.meeting,
        start: '2027-03-15T10:00:00.000Z',
        end: '2027-03-15T10:20:00.000Z',
        table: 3,
        updatedAt: '2027-03-02T08:00:00.000Z',
      },
    });
    const { event } = parsed(moved);
    expect(event.uid).toBe(`meeting-${onSite.meeting.id}@bedside`);
    expect(event.location).toBe('Table 3, Marsilius-Arkaden, Heidelberg');
    expect(instant(event.startDate)).toBe('2027-03-15T10:00:00.000Z');
  });

  it('drops characters no calendar may carry from names and titles', () => {
    const ics = meetingCalendar({ ...onSite, names: ['Ana\u0000 Pop', 'Ben\u0007 Huber'] });
    expect(parsed(ics).event.summary).toBe('Meeting: Ana Pop and Ben Huber (Partnering Day; oncology, 2027)');
  });
});

const ZONES = ['Europe/Berlin', 'Europe/Bucharest', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];

describe("a meeting's time zone", () => {
  // A meeting in the daytime of any day in 2027–2029 in zones with and without daylight saving
  // time, north and south, and with a half-hour offset: the parser reads back the same instants.
  test.prop(
    [
      fc.constantFrom(...ZONES),
      fc.date({ min: new Date('2027-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: 8, max: 18 }),
      fc.constantFrom(0, 20, 40),
    ],
    { numRuns: 100 },
  )('DTSTART and DTEND resolve to the slot in the event time zone', (timeZone, day, hour, minute) => {
    const start = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute, timeZone);
    const end = new Date(start.getTime() + 20 * 60_000);
    const input = {
      ...onSite,
      meeting: { ...onSite.meeting, start: new Date(start.getTime()).toISOString(), end: end.toISOString() },
      event: { ...onSite.event, timeZone },
    };
    const { event } = parsed(meetingCalendar(input));
    expect(instant(event.startDate)).toBe(input.meeting.start);
    expect(instant(event.endDate)).toBe(input.meeting.end);
    expect(event.startDate.hour).toBe(hour);
  });
});
