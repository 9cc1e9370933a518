import type { Slot } from './schedule';

/** What an event's life cycle needs to know (times as ISO instants). */
export interface EventTimes {
  kind: 'partnering' | 'exchange_visit';
  status: 'draft' | 'published' | 'cancelled';
  starts_at: string;
  ends_at: string;
}

/** A partnering day's meeting slots are at most this many (a long day of 5-minute slots is 288). */
export const MAX_SLOTS = 300;
/** An exchange visit lasts at most this many days. */
export const MAX_VISIT_DAYS = 60;

const MINUTE = 60_000;

/** The meeting slots of a partnering event: from its start, `slot_minutes` each, while they fit before its end. */
export function slotsOf(event: { starts_at: string; ends_at: string; slot_minutes: number }): Slot[] {
  const start = Date.parse(event.starts_at);
  const end = Date.parse(event.ends_at);
  const step = event.slot_minutes * MINUTE;
  const slots: Slot[] = [];
  for (let t = start; t + step <= end && slots.length < MAX_SLOTS; t += step) {
    const s = new Date(t).toISOString();
    slots.push({ id: s, start: s, end: new Date(t + step).toISOString() });
  }
  return slots;
}

/** The slots that lie wholly inside one of the windows; every slot when there are none. */
export function availableSlots(slots: readonly Slot[], windows: readonly { start: string; end: string }[] | null) {
  if (!windows) return null;
  return slots
    .filter((slot) =>
      windows.some((w) => Date.parse(w.start) <= Date.parse(slot.start) && Date.parse(slot.end) <= Date.parse(w.end)),
    )
    .map((slot) => slot.id);
}

/** Registration and applications: a published event that has not started yet. */
export const registrationOpen = (e: EventTimes, now: Date) =>
  e.status === 'published' && now.toISOString() < e.starts_at;

/** Meeting requests, and answering them: a published partnering event that has not ended. */
export const requestsOpen = (e: EventTimes, now: Date) =>
  e.kind === 'partnering' && e.status === 'published' && now.toISOString() < e.ends_at;

/** Follow-ups: once the meeting's time has come (or, unplaced, once the event has started). */
export const followUpOpen = (e: EventTimes, meetingStart: string | null, now: Date) =>
  e.status === 'published' && now.toISOString() >= (meetingStart ?? e.starts_at);

/** An organiser may change an event until it ends (and may cancel it until then). */
export const editable = (e: EventTimes, now: Date) => e.status !== 'cancelled' && now.toISOString() < e.ends_at;
