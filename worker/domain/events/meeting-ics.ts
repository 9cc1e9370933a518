import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import ical from 'ical-generator';
import { printable } from '../challenges/feeds-text';
import { isTimeZone } from '../notifications/digest-time';

/**
 * One scheduled one-to-one meeting as an iCalendar file (issue 16, §4), in the event's time zone.
 * Pure: the caller loads the meeting and decides who may have it. It carries the two people's
 * display names and nothing else about them: never an email address (the caller passes names as
 * `web/components/person-name.ts` renders them, so a deleted account is "Former member").
 */
export interface MeetingCalendarInput {
  meeting: {
    id: string;
    /** The slot, as ISO instants. */
    start: string;
    end: string;
    /** The table number on site, or null online. */
    table: number | null;
    /** The video link online, or null on site. */
    videoLink: string | null;
    /** When the meeting last changed (placed or moved): DTSTAMP, so the file is the same until it changes. */
    updatedAt: string;
  };
  event: {
    title: string;
    /** IANA time zone of the event, e.g. `Europe/Berlin`. */
    timeZone: string;
    /** The venue on site, or null. */
    venue: string | null;
    /** The event's page. */
    url: string;
  };
  /** The two people's display names, requester first. */
  names: readonly [string, string];
  /** The words of the file in the reader's language; English unless given. */
  words?: MeetingWords;
}

export interface MeetingWords {
  summary: (names: readonly [string, string], event: string) => string;
  table: (table: number) => string;
  description: (event: string) => string;
}

export const ENGLISH_MEETING_WORDS: MeetingWords = {
  summary: ([a, b], event) => `Meeting: ${a} and ${b} (${event})`,
  table: (table) => `Table ${table}`,
  description: (event) => `One-to-one meeting at ${event}.`,
};

/** The UID of a meeting's calendar entry: the same for every download, so a calendar updates it in place. */
export const meetingUid = (id: string) => `meeting-${id}@bedside`;

/** Where the two meet: the table (at the venue), or the video link. */
function locationOf(input: MeetingCalendarInput, words: MeetingWords) {
  const { meeting, event } = input;
  if (meeting.videoLink) return printable(meeting.videoLink);
  const parts = [meeting.table === null ? null : words.table(meeting.table), event.venue].filter((p) => p);
  return parts.length > 0 ? printable(parts.join(', ')) : null;
}

const DAY = 86_400_000;
const two = (n: number) => String(n).padStart(2, '0');
/** A UTC offset in minutes as RFC 5545 writes it: `+0100`, `-0330`. */
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${two(Math.floor(Math.abs(minutes) / 60))}${two(Math.abs(minutes) % 60)}`;
/** An instant as local date-time at a given offset, `YYYYMMDDTHHMMSS`. */
const localText = (at: Date, offset: number) => {
  const d = new Date(at.getTime() + offset * 60_000);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
};

/**
 * The VTIMEZONE of `timeZone` for the year either side of `around`: the offset at its start and
 * every change in it (from the platform's time-zone data, through `@date-fns/tz`). A calendar
 * needs the definition to place `DTSTART;TZID=…`; one meeting needs only the rules of its own
 * time, and this keeps a full time-zone database out of the Worker.
 */
export function vtimezone(timeZone: string, around: Date): string {
  // From a whole UTC day: tzScan finds changes to the hour from where it starts, and zones
  // change on a whole hour of UTC (but for a few half-hour ones).
  const from = new Date(Math.floor(around.getTime() / DAY) * DAY - 366 * DAY);
  const to = new Date(around.getTime() + 366 * DAY);
  const changes = tzScan(timeZone, { start: from, end: to });
  const first = tzOffset(timeZone, from);
  const offsets = [first, ...changes.map((c) => c.offset)];
  const standard = Math.min(...offsets);
  const observance = (start: string, before: number, after: number) => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(after)}`,
      `END:${kind}`,
    ];
  };
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(localText(from, first), first, first),
    // A change's DTSTART is the local time it happens at, counted in the offset before it.
    ...changes.flatMap((c) => observance(localText(c.date, c.offset - c.change), c.offset - c.change, c.offset)),
    'END:VTIMEZONE',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** One line of text: ical-generator writes the calendar's NAME and X-WR-CALNAME without escaping line breaks. */
const oneLine = (text: string) => printable(text).replace(/\s*[\r\n]+\s*/g, ' ');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `.ics` of one meeting. The meeting's id goes into the UID and the time zone into TZID
 * unescaped, so they must be what they claim: a UUID, and a time zone the platform knows (an
 * unknown one would fall through to `@date-fns/tz`'s offset parsing, which lets other text pass).
 */
export function meetingCalendar(input: MeetingCalendarInput): string {
  const { meeting, event } = input;
  if (!UUID.test(meeting.id)) throw new Error(`A meeting's id is a UUID, not '${meeting.id.slice(0, 40)}'.`);
  if (!isTimeZone(event.timeZone)) {
    throw new Error(`'${event.timeZone.slice(0, 40)}' is not an IANA time zone this platform knows.`);
  }
  const words = input.words ?? ENGLISH_MEETING_WORDS;
  const start = new Date(meeting.start);
  const calendar = ical({
    name: oneLine(event.title),
    prodId: { company: 'Bedside', product: 'events', language: 'EN' },
  });
  calendar.x('X-WR-TIMEZONE', event.timeZone);
  const names = [printable(input.names[0]), printable(input.names[1])] as const;
  calendar.createEvent({
    id: meetingUid(meeting.id),
    // ical-generator writes a TZDate's wall-clock time in its zone with TZID (the VTIMEZONE is added below).
    start: new TZDate(meeting.start, event.timeZone),
    end: new TZDate(meeting.end, event.timeZone),
    timezone: event.timeZone,
    stamp: new Date(meeting.updatedAt),
    summary: words.summary(names, oneLine(event.title)),
    description: `${words.description(oneLine(event.title))}\n\n${event.url}`,
    location: locationOf(input, words),
    url: event.url,
  });
  // Not through `calendar.timezone()`: with a calendar time zone, ical-generator 10 writes DTSTAMP
  // as a local time without `Z`, and RFC 5545 §3.8.7.2 wants it in UTC.
  return calendar.toString().replace('BEGIN:VEVENT\r\n', `${vtimezone(event.timeZone, start)}BEGIN:VEVENT\r\n`);
}
