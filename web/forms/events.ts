import { z } from 'zod';
import {
  FollowUpInputSchema,
  MeetingRequestInputSchema,
  RegistrationInputSchema,
} from '../../worker/domain/events/event.schema';
import { checkbox, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

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
