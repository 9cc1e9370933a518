import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../db/client';
import * as t from '../db/schema';
import { tallyFollowUp } from '../domain/impact/tallies';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Matchmaking events of the demo world (issue 16): an upcoming partnering day of Life Science
 * Nord with a few people registered, one meeting accepted and placed and one request waiting
 * (the demo clinician and solver are both registered and have not asked each other yet, for the
 * browser journey); and a past exchange day of Medizin NRW whose first meeting both sides followed
 * up (counted in the impact figures) and whose second waits for the demo solver's follow-up; and
 * a cross-border partnering day of Clust-ER Health, IMAGO-MOL and Life Science Nord, with its terms
 * in the four languages of the platform, that neither the demo clinician nor the demo solver has
 * registered for yet (the browser journey registers both). Ids are fixed, so the browser tests can open them.
 */
export const DEMO_EVENT_UPCOMING = '01960000-0000-7000-8000-00000000e001';
export const DEMO_EVENT_PAST = '01960000-0000-7000-8000-00000000e002';
export const DEMO_EVENT_OPEN = '01960000-0000-7000-8000-00000000e003';
/** The demo clinician's and solver's meeting at the past exchange day (both followed it up). */
export const DEMO_MEETING_PAST = '01960000-0000-7000-8000-00000000e202';

export function demoEvents(
  db: Database,
  user: (key: string) => string,
  cluster: (slug: string) => string,
  moderator: string,
  now: Date,
): BatchItem<'sqlite'>[] {
  const nine = (days: number) => new Date(Math.floor(now.getTime() / DAY) * DAY + days * DAY + 9 * 60 * MINUTE);
  const upcoming = nine(14);
  const open = nine(30);
  const past = nine(-40);
  const iso = (d: Date, minutes = 0) => new Date(d.getTime() + minutes * MINUTE).toISOString();
  const events = [
    {
      id: DEMO_EVENT_UPCOMING,
      cluster_id: cluster('life-science-nord'),
      kind: 'partnering' as const,
      title: 'Partnering Day: Precision Oncology',
      topic: 'Liquid biopsy, tumour boards, pathology AI',
      description:
        'One-to-one meetings between clinics, start-ups and research groups working on precision oncology. Ask the people you want to meet; your schedule fills as they accept.',
      mode: 'on_site' as const,
      starts_at: iso(upcoming),
      ends_at: iso(upcoming, 240),
      timezone: 'Europe/Berlin',
      venue: 'Hanse-Forum, Nordhafen',
      capacity: 80,
      terms: 'Meetings are confidential: no recording, and nothing shared is used without the other side’s consent.',
      slot_minutes: 20,
      tables: 12,
      status: 'published' as const,
      published_at: iso(nine(-5)),
      created_by: user(moderator),
      created_at: iso(nine(-6)),
    },
    {
      id: DEMO_EVENT_PAST,
      cluster_id: cluster('medizin-nrw'),
      kind: 'partnering' as const,
      title: 'Exchange Day: Cardiology and Telemonitoring',
      topic: 'Heart failure, remote monitoring',
      description: 'A morning of one-to-one meetings on telemonitoring after heart failure.',
      mode: 'online' as const,
      starts_at: iso(past),
      ends_at: iso(past, 180),
      timezone: 'Europe/Berlin',
      link: 'https://meet.example.org/exchange-day',
      capacity: null,
      terms: 'Be on time; each meeting lasts 20 minutes.',
      slot_minutes: 20,
      tables: 8,
      status: 'published' as const,
      published_at: iso(nine(-70)),
      created_by: user(moderator),
      created_at: iso(nine(-71)),
    },
    {
      id: DEMO_EVENT_OPEN,
      cluster_id: cluster('clust-er-health'),
      kind: 'partnering' as const,
      title: 'Cross-border Partnering: Rare Diseases and Genomics',
      topic: 'Rare diseases, genome sequencing, variant interpretation',
      description:
        'Clinics, start-ups and research groups from Emilia-Romagna, North-East Romania and northern Germany meet one to one on diagnosing rare diseases with genomics. Meetings are held in English; register, then ask the people you want to meet.',
      mode: 'on_site' as const,
      starts_at: iso(open),
      ends_at: iso(open, 180),
      timezone: 'Europe/Rome',
      venue: 'Tecnopolo, Bologna',
      capacity: 60,
      terms: [
        'Meetings are confidential: nothing shared is used without the other side’s consent.',
        'Die Gespräche sind vertraulich: Nichts Geteiltes wird ohne Zustimmung der anderen Seite verwendet.',
        'Gli incontri sono riservati: nulla di ciò che viene condiviso è usato senza il consenso dell’altra parte.',
        'Întâlnirile sunt confidențiale: nimic din ce se împărtășește nu este folosit fără acordul celeilalte părți.',
      ].join(' '),
      slot_minutes: 30,
      tables: 10,
      status: 'published' as const,
      published_at: iso(nine(-2)),
      created_by: user(moderator),
      created_at: iso(nine(-4)),
    },
  ];
  const coHosts = [
    { event_id: DEMO_EVENT_OPEN, cluster_id: cluster('imago-mol') },
    { event_id: DEMO_EVENT_OPEN, cluster_id: cluster('life-science-nord') },
  ];
  const registered = (event: string, keys: string[], at: string) =>
    keys.map((key) => ({
      event_id: event,
      user_id: user(key),
      status: 'registered' as const,
      terms_accepted_at: at,
      created_at: at,
    }));
  const registrations = [
    ...registered(
      DEMO_EVENT_UPCOMING,
      ['clinician', 'solver', 'clinician-ruhr', 'clinician-iasi', 'solver-genomica'],
      iso(nine(-3)),
    ),
    ...registered(DEMO_EVENT_PAST, ['clinician', 'solver', 'clinician-ruhr'], iso(nine(-60))),
    // Not the demo clinician nor the demo solver: the browser journey registers them.
    ...registered(DEMO_EVENT_OPEN, ['clinician-emilia', 'solver-carpatica', 'clinician-iasi'], iso(nine(-1))),
  ];
  const request = (
    id: string,
    event: string,
    from: string,
    to: string,
    message: string,
    status: 'pending' | 'accepted',
    at: string,
  ) => ({
    id,
    event_id: event,
    from_user: user(from),
    to_user: user(to),
    message,
    status,
    created_at: at,
    decided_at: status === 'accepted' ? at : null,
  });
  const requests = [
    request(
      '01960000-0000-7000-8000-00000000e101',
      DEMO_EVENT_UPCOMING,
      'clinician-ruhr',
      'solver-genomica',
      'Your variant pipeline and our tumour board: worth 20 minutes?',
      'accepted',
      iso(nine(-2)),
    ),
    request(
      '01960000-0000-7000-8000-00000000e102',
      DEMO_EVENT_UPCOMING,
      'clinician-iasi',
      'clinician',
      'We are setting up liquid biopsy in Iași and would like to compare notes.',
      'pending',
      iso(nine(-1)),
    ),
    request(
      '01960000-0000-7000-8000-00000000e103',
      DEMO_EVENT_PAST,
      'clinician',
      'solver',
      'Could your telemonitoring platform run in our heart failure clinic?',
      'accepted',
      iso(nine(-50)),
    ),
    // Met at the exchange day, not followed up yet: the solver's follow-up form waits on the page.
    request(
      '01960000-0000-7000-8000-00000000e104',
      DEMO_EVENT_PAST,
      'clinician-ruhr',
      'solver',
      'Ten minutes on remote rhythm monitoring after discharge?',
      'accepted',
      iso(nine(-49)),
    ),
  ];
  const meetings = [
    {
      id: '01960000-0000-7000-8000-00000000e201',
      event_id: DEMO_EVENT_UPCOMING,
      request_id: requests[0]!.id,
      from_user: requests[0]!.from_user,
      to_user: requests[0]!.to_user,
      starts_at: iso(upcoming),
      ends_at: iso(upcoming, 20),
      table_number: 1,
    },
    {
      id: DEMO_MEETING_PAST,
      event_id: DEMO_EVENT_PAST,
      request_id: requests[2]!.id,
      from_user: requests[2]!.from_user,
      to_user: requests[2]!.to_user,
      starts_at: iso(past, 40),
      ends_at: iso(past, 60),
      table_number: 2,
      video_link: 'https://meet.example.org/exchange-day',
      reminded_at: iso(past, -20 * 60),
    },
    {
      id: '01960000-0000-7000-8000-00000000e203',
      event_id: DEMO_EVENT_PAST,
      request_id: requests[3]!.id,
      from_user: requests[3]!.from_user,
      to_user: requests[3]!.to_user,
      starts_at: iso(past, 80),
      ends_at: iso(past, 100),
      table_number: 1,
      reminded_at: iso(past, -20 * 60),
    },
  ];
  const followUp = (key: string, other: string, nextStep: 'pilot' | 'nda') => [
    ...tallyFollowUp(db, {
      clusterId: cluster('medizin-nrw'),
      eventStartsAt: iso(past),
      meetingId: meetings[1]!.id,
      userId: user(key),
      otherId: user(other),
      met: true,
      nextStep,
    }),
    db.insert(t.meetingFollowUps).values({
      meeting_id: meetings[1]!.id,
      user_id: user(key),
      met: true,
      next_step: nextStep,
      created_at: iso(past, 60 * 24),
    }),
  ];
  return [
    db.insert(t.events).values(events),
    db.insert(t.eventClusters).values(coHosts),
    db.insert(t.eventRegistrations).values(registrations),
    db.insert(t.meetingRequests).values(requests),
    db.insert(t.meetings).values(meetings),
    ...followUp('clinician', 'solver', 'pilot'),
    ...followUp('solver', 'clinician', 'nda'),
  ];
}
