import { and, desc, eq } from 'drizzle-orm';
import { Feed } from 'feed';
import ical from 'ical-generator';
import type { Database } from '../../db/client';
import { challenges, clusters, organizations } from '../../db/schema';
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

type FeedItem = Awaited<ReturnType<typeof feedItems>>[number];

/** Atom 1.0 for feed readers and cluster newsletters. */
export function atomFeed(origin: string, items: FeedItem[]): string {
  const updated =
    items
      .map((item) => item.updated_at)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const feed = new Feed({
    id: `${origin}/feeds/challenges.atom`,
    title: 'Bedside: open challenges',
    description: 'Unmet clinical needs from precision-medicine clusters, open for solutions.',
    link: `${origin}/`,
    language: 'en',
    updated: new Date(updated),
    generator: 'Bedside',
    feedLinks: { atom: `${origin}/feeds/challenges.atom` },
    copyright: 'Content by the posting clinics; see each challenge.',
  });
  for (const item of items) {
    feed.addItem({
      id: `${origin}/challenges/${item.id}`,
      title: item.title,
      link: `${origin}/challenges/${item.id}`,
      date: new Date(item.updated_at),
      published: item.published_at ? new Date(item.published_at) : undefined,
      description: `${item.summary} (${item.cluster}; submissions close ${item.deadline.slice(0, 10)})`,
      author: [{ name: item.organization ?? item.cluster }],
    });
  }
  return feed.atom1();
}

/** The submission deadline as one iCalendar event, so solvers can put it in their calendar. */
export function deadlineCalendar(origin: string, record: ChallengeRecord): string {
  const { row } = record;
  const deadline = new Date(row.deadline);
  const calendar = ical({
    name: 'Bedside deadlines',
    prodId: { company: 'Bedside', product: 'challenges', language: 'EN' },
  });
  calendar.createEvent({
    id: `deadline-${row.id}@bedside`,
    // An instant: no DTEND (RFC 5545 §3.6.1), which calendars read as a zero-length event.
    start: deadline,
    stamp: new Date(row.updated_at),
    summary: `Submission deadline: ${row.title}`,
    description: `${row.summary}\n\n${origin}/challenges/${row.id}`,
    url: `${origin}/challenges/${row.id}`,
  });
  return calendar.toString();
}
