import type { ChallengeSummary } from '../challenges/challenge.view';
import { type CalendarEvent, calendarOf, deadlineEvent, type FeedMeta } from '../challenges/feeds';
import type { CallRecord } from './read';

/** The identity of a call's Atom feed (its challenges, as the catalogue's feeds show them). */
export const callFeedMeta = (origin: string, call: Pick<CallRecord, 'id' | 'title'>): FeedMeta => ({
  id: `${origin}/api/v1/calls/${call.id}/challenges.atom`,
  title: `Bedside: ${call.title}`,
  description: 'Public challenges in this call for challenges.',
  self: `${origin}/api/v1/calls/${call.id}/challenges.atom`,
  link: `${origin}/calls/${call.id}`,
});

/** The call's opening and closing, and the submission deadline of each of its challenges, as iCalendar. */
export function callCalendar(origin: string, call: CallRecord, challenges: readonly ChallengeSummary[]): string {
  const url = `${origin}/calls/${call.id}`;
  const own = (what: 'opens' | 'closes', at: string): CalendarEvent => ({
    uid: `call-${what}-${call.id}@bedside`,
    at,
    stamp: call.updated_at,
    summary: `Call ${what}: ${call.title}`,
    description: `${call.title}\n\n${url}`,
    url,
  });
  return calendarOf([
    own('opens', call.opens_at),
    own('closes', call.closes_at),
    ...challenges.map((c) => deadlineEvent(origin, { ...c, updated_at: c.published_at ?? c.created_at })),
  ]);
}
