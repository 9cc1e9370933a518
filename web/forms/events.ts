import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import {
  EventInputSchema,
  EventPatchSchema,
  FollowUpInputSchema,
  MeetingRequestInputSchema,
  RegistrationInputSchema,
} from '../../worker/domain/events/event.schema';
import type { Translator } from '../i18n';
import { checkbox, number, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';

/** Registering for an event: the terms accepted (the whole event as availability; the API takes windows). */
export const registerForm = defineForm({
  schema: RegistrationInputSchema,
  decode: (values) => ({
    accept_terms: checkbox(values.accept_terms),
    ...(text(values.note) ? { note: text(values.note) } : {}),
  }),
  labels: ({ t }) => ({ accept_terms: t('events.field.accept_terms'), note: t('events.field.note') }),
  messages: ({ t }) => ({ accept_terms: t('events.error.accept_terms') }),
});

/** Asking a participant for a meeting: who (a hidden field of their card) and a short message. */
export const meetingRequestForm = defineForm({
  schema: MeetingRequestInputSchema,
  decode: (values) => ({ to: values.to ?? '', message: text(values.message) ?? '' }),
  labels: ({ t }) => ({ to: t('events.field.to'), message: t('events.field.message') }),
});

/** A meeting's follow-up: met or not, and the next step. */
export const followUpForm = defineForm({
  schema: FollowUpInputSchema,
  decode: (values) => ({
    met: values.met === 'yes' ? true : values.met === 'no' ? false : undefined,
    next_step: values.next_step || 'none',
  }),
  labels: ({ t }) => ({ met: t('events.field.met'), next_step: t('events.field.next_step') }),
});

/** Buttons that send nothing but themselves (accept, decline). */
export const buttonForm = defineForm({ schema: z.object({}), decode: () => ({}), labels: () => ({}) });

/** `2027-03-15T09:00` (a datetime-local field) in `timeZone` as an instant; anything else is left for the schema. */
export function instantIn(value: string | undefined, timeZone: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!m) return text(value);
  try {
    const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
    const at = new TZDate(y, mo - 1, d, h, mi, timeZone || 'UTC');
    return Number.isNaN(at.getTime()) ? text(value) : new Date(at.getTime()).toISOString();
  } catch {
    return text(value);
  }
}

/** An instant as a datetime-local value in `timeZone`, for the edit form. */
export function localIn(iso: string, timeZone: string): string {
  const at = new TZDate(iso, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

const eventFields = (values: FormValues) => ({
  title: text(values.title) ?? '',
  topic: text(values.topic) ?? '',
  description: text(values.description) ?? '',
  mode: values.mode ?? '',
  starts_at: instantIn(values.starts_at, values.timezone),
  ends_at: instantIn(values.ends_at, values.timezone),
  timezone: text(values.timezone) ?? '',
  venue: text(values.venue) ?? null,
  link: text(values.link) ?? null,
  capacity: number(values.capacity) ?? null,
  terms: text(values.terms) ?? '',
  slot_minutes: number(values.slot_minutes) ?? 20,
  tables: number(values.tables) ?? 10,
});

const eventLabels = ({ t }: Translator) => ({
  cluster: t('events.field.cluster'),
  kind: t('events.field.kind'),
  title: t('events.field.title'),
  topic: t('events.field.topic'),
  description: t('events.field.description'),
  mode: t('events.field.mode'),
  starts_at: t('events.field.starts_at'),
  ends_at: t('events.field.ends_at'),
  timezone: t('events.field.timezone'),
  venue: t('events.field.venue'),
  link: t('events.field.link'),
  capacity: t('events.field.capacity'),
  terms: t('events.field.terms'),
  slot_minutes: t('events.field.slot_minutes'),
  tables: t('events.field.tables'),
  status: t('events.field.status'),
  version: t('events.field.version'),
});

/** A new event (organisers): times typed in the event's own time zone. */
export const newEventForm = defineForm({
  schema: EventInputSchema,
  decode: (values) => ({
    cluster: values.cluster ?? '',
    kind: values.kind || 'partnering',
    ...eventFields(values),
    status: values.status || 'draft',
  }),
  labels: eventLabels,
});

/** An event changed by its organisers, with the version they read. */
export const editEventForm = defineForm({
  schema: EventPatchSchema,
  decode: (values) => ({ ...eventFields(values), status: values.status, version: number(values.version) }),
  labels: eventLabels,
});
