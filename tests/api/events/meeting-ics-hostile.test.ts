import { describe, expect, it } from 'vitest';
import { type MeetingCalendarInput, meetingCalendar } from '../../../worker/domain/events/meeting-ics';

/**
 * Nothing a participant or an organizer types adds a line to a meeting's .ics: not the event's
 * title (ical-generator writes the calendar's name unescaped), not a name, venue, link or URL;
 * a meeting id or a time zone that is not what it claims is refused. Found by a review probe.
 */
const base: MeetingCalendarInput = {
  meeting: {
    id: '01960000-0000-7000-8000-000000000001',
    start: '2027-03-15T09:20:00.000Z',
    end: '2027-03-15T09:40:00.000Z',
    table: 12,
    videoLink: null,
    updatedAt: '2027-03-01T10:00:00.000Z',
  },
  event: { title: 'Partnering day', timeZone: 'Europe/Berlin', venue: 'Hall', url: 'https://bedside.test/events/1' },
  names: ['Ana', 'Ben'],
};
const INJECT = '\r\nATTENDEE;CN=x:mailto:victim@evil.example\r\nX-INJ:1';

/** Content lines (unfolded) of properties the builder never writes. */
const injected = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => /^(ATTENDEE|X-INJ|ORGANIZER|BEGIN:VALARM)/i.test(line));

describe('a meeting .ics against hostile input', () => {
  it.each([
    ['the names', { ...base, names: [`Ana${INJECT}`, `Ben\nATTENDEE:mailto:a@b.example`] as const }],
    ['the event title', { ...base, event: { ...base.event, title: `Day${INJECT}` } }],
    ['the venue', { ...base, event: { ...base.event, venue: `Hall${INJECT}` } }],
    ['the video link', { ...base, meeting: { ...base.meeting, videoLink: `https://v.example/${INJECT}` } }],
    ['the event page', { ...base, event: { ...base.event, url: `https://bedside.test/e${INJECT}` } }],
  ])('adds no property through %s', (_, input) => {
    const ics = meetingCalendar(input as MeetingCalendarInput);
    expect(injected(ics)).toEqual([]);
    expect(ics).not.toContain('victim@evil.example\r\n');
  });

  it('refuses a meeting id that is not a UUID and a time zone the platform does not know', () => {
    expect(() => meetingCalendar({ ...base, meeting: { ...base.meeting, id: `x${INJECT}` } })).toThrow(/is a UUID/);
    for (const timeZone of [`Europe/Berlin${INJECT}`, `+01${INJECT}`, '+01:00', 'Mars/Olympus_Mons']) {
      expect(() => meetingCalendar({ ...base, event: { ...base.event, timeZone } }), timeZone).toThrow(
        /not an IANA time zone/,
      );
    }
  });
});
