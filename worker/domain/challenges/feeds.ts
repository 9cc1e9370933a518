import { and, desc, eq } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Database } from '../../db/client';
import { challenges, clusters, organizations } from '../../db/schema';
import type { ChallengeSummary } from './challenge.view';
import { atomDocument } from './feeds-atom';
import { printable } from './feeds-text';
import type { ChallengeRecord } from './read';

export const FEED_SIZE = 50;

/** Open public challenges, newest published first, for the Atom feed; one query. */
export const feedItems = (db: Database) =>
  db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      deadline: challenges.deadline,
      published_at: challenges.published_at,
      updated_at: challenges.updated_at,
      language: challenges.language,
      cluster: clusters.name,
      organization: organizations.name,
    })
    .from(challenges)
    .innerJoin(clusters, eq(clusters.id, challenges.cluster_id))
    .leftJoin(organizations, eq(organizations.id, challenges.organization_id))
    .where(and(eq(challenges.listed, true), eq(challenges.status, 'open'), eq(challenges.visibility, 'public')))
    .orderBy(desc(challenges.published_at), desc(challenges.id))
    .limit(FEED_SIZE);

/** What an entry of any challenge feed shows: the catalogue feed's rows and the catalogue list's summaries both fit. */
export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  deadline: string;
  published_at: string | null;
  updated_at: string;
  cluster: string;
  organization: string | null;
}

/** A feed's own identity: its id (an IRI that never changes), title, self link and the page it mirrors. */
export interface FeedMeta {
  id: string;
  title: string;
  description: string;
  /** The feed's own address (`rel="self"`). */
  self: string;
  /** The page the feed follows (`rel="alternate"`). */
  link: string;
}

/** The feed of open public challenges. */
export const openChallengesFeed = (origin: string): FeedMeta => ({
  id: `${origin}/feeds/challenges.atom`,
  title: 'Bedside: open challenges',
  description: 'Unmet clinical needs from precision-medicine clusters, open for solutions.',
  self: `${origin}/feeds/challenges.atom`,
  link: `${origin}/`,
});

/** Atom 1.0 for feed readers and cluster newsletters; the open challenges' feed unless `meta` names another. */
export function atomFeed(origin: string, items: FeedEntry[], meta: FeedMeta = openChallengesFeed(origin)): string {
  const updated =
    items
      .map((item) => item.updated_at)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  return atomDocument({
    id: meta.id,
    title: meta.title,
    subtitle: meta.description,
    self: meta.self,
    link: meta.link,
    updated,
    rights: 'Content by the posting clinics; see each challenge.',
    entries: items.map((item) => ({
      url: `${origin}/challenges/${item.id}`,
      title: item.title,
      summary: `${item.summary} (${item.cluster}; submissions close ${item.deadline.slice(0, 10)})`,
      author: item.organization ?? item.cluster,
      updated: item.updated_at,
      published: item.published_at,
    })),
  });
}

/** A catalogue summary as a feed entry: its last change is when it was published (or created). */
export const summaryEntry = (item: ChallengeSummary): FeedEntry => ({
  id: item.id,
  title: item.title,
  summary: item.summary,
  deadline: item.deadline,
  published_at: item.published_at,
  updated_at: item.published_at ?? item.created_at,
  cluster: item.cluster.name,
  organization: item.organization?.name ?? null,
});

/** One iCalendar event: an instant (a deadline, a call's closing), with a page to follow. */
export interface CalendarEvent {
  uid: string;
  at: string;
  stamp: string;
  summary: string;
  description: string;
  url: string;
}

/** A calendar of instants; the challenge's and the call's calendars are both this. */
export function calendarOf(events: readonly CalendarEvent[]): string {
  const calendar = ical({
    name: 'Bedside deadlines',
    prodId: { company: 'Bedside', product: 'challenges', language: 'EN' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      // An instant: no DTEND (RFC 5545 §3.6.1), which calendars read as a zero-length event.
      start: new Date(event.at),
      stamp: new Date(event.stamp),
      // ical-generator escapes line ends, `;` and `,` (so no text can start a property of its own)
      // but passes control characters through, which RFC 5545 allows in no TEXT value.
      summary: printable(event.summary),
      description: printable(event.description),
      url: event.url,
    });
  }
  return calendar.toString();
}

/** A challenge's submission deadline as an event. */
export const deadlineEvent = (
  origin: string,
  c: { id: string; title: string; summary: string; deadline: string; updated_at: string },
): CalendarEvent => ({
  uid: `deadline-${c.id}@bedside`,
  at: c.deadline,
  stamp: c.updated_at,
  summary: `Submission deadline: ${c.title}`,
  description: `${c.summary}\n\n${origin}/challenges/${c.id}`,
  url: `${origin}/challenges/${c.id}`,
});

/** The submission deadline as one iCalendar event, so solvers can put it in their calendar. */
export const deadlineCalendar = (origin: string, record: ChallengeRecord): string =>
  calendarOf([deadlineEvent(origin, record.row)]);
