import {
  MessageInputSchema,
  ReportConversationSchema,
  ShareEmailInputSchema,
  StartConversationSchema,
} from '../../worker/domain/conversations/conversation.schema';
import { checkbox, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** Contacting an organization, a person or a challenge: whom as hidden fields, then subject, message, address. */
export const contactForm = defineForm({
  schema: StartConversationSchema,
  decode: (values) => ({
    about_kind: values.about_kind,
    about_id: values.about_id,
    subject: text(values.subject) ?? '',
    body: text(values.body) ?? '',
    share_email: checkbox(values.share_email),
  }),
  labels: ({ t }) => ({
    subject: t('conversation.field.subject'),
    body: t('conversation.field.body'),
    share_email: t('conversation.field.share_email'),
  }),
});

/** A reply in a conversation. */
export const replyForm = defineForm({
  schema: MessageInputSchema,
  decode: (values) => ({ body: text(values.body) ?? '' }),
  labels: ({ t }) => ({ body: t('conversation.field.reply') }),
});

/** Showing one's address to the others here, or hiding it again: a button each. */
export const shareForm = defineForm({
  schema: ShareEmailInputSchema,
  decode: (values) => ({ share_email: values.share_email === 'yes' }),
  labels: ({ t }) => ({ share_email: t('conversation.field.share_email') }),
});

/** Reporting a conversation to the moderators: why. */
export const reportForm = defineForm({
  schema: ReportConversationSchema,
  decode: (values) => ({ reason: text(values.reason) ?? '' }),
  labels: ({ t }) => ({ reason: t('conversation.field.reason') }),
});
