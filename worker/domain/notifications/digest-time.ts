import { TZDate } from '@date-fns/tz';

/** Digests arrive at this hour of the recipient's morning. */
export const DIGEST_HOUR = 7;
/** Weekly digests come with Monday's (0 is Sunday). */
export const WEEKLY_DAY = 1;
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** The next DIGEST_HOUR:00 in `timeZone` after `after`, as an ISO instant (summer time included). */
export function nextDigestAt(timeZone: string, after = new Date()): string {
  const local = new TZDate(after.getTime(), timeZone);
  const at = (dayOffset: number) =>
    new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, DIGEST_HOUR, 0, 0, timeZone);
  const today = at(0);
  const next = today.getTime() > after.getTime() ? today : at(1);
  return new Date(next.getTime()).toISOString();
}

/** Whether `at` falls on the weekly digest's day where the recipient lives. */
export const isWeeklyDigestDay = (timeZone: string, at: Date) =>
  new TZDate(at.getTime(), timeZone).getDay() === WEEKLY_DAY;

/** An IANA time zone this runtime knows (e.g. Europe/Bucharest). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
