import { z } from '@hono/zod-openapi';
import { CONVERSATION_SUBJECTS } from '../../db/enums';
import { PageQuerySchema, pageOf } from '../paging';

/** The longest message: a letter, not a document (attachments belong to challenges and solutions). */
export const MESSAGE_MAX = 4000;

const Body = z
  .string()
  .trim()
  .min(1, 'Write a message.')
  .max(MESSAGE_MAX, `A message is at most ${MESSAGE_MAX} characters.`)
  .openapi({ description: `The message, up to ${MESSAGE_MAX} characters; relayed without your address.` });
const ShareEmail = z.boolean().optional().openapi({
  description:
    'Show your address to the others in this conversation (in the conversation view only, never in an email); `false` takes it back.',
});

export const StartConversationSchema = z
  .object({
    about_kind: z
      .enum(CONVERSATION_SUBJECTS)
      .openapi({ description: 'Whom you contact: an organization, a person, a challenge.' }),
    about_id: z.string().uuid().openapi({ description: 'The id of that organization, person (user id) or challenge.' }),
    subject: z.string().trim().min(1, 'Give the conversation a subject.').max(200),
    body: Body,
    share_email: ShareEmail,
  })
  .strict()
  .openapi('StartConversation');
export type StartConversation = z.output<typeof StartConversationSchema>;

export const MessageInputSchema = z.object({ body: Body, share_email: ShareEmail }).strict().openapi('MessageInput');
export type MessageInput = z.output<typeof MessageInputSchema>;

export const ShareEmailInputSchema = z
  .object({
    share_email: z
      .boolean()
      .openapi({ description: '`true` shows your address to the others here; `false` hides it again.' }),
  })
  .strict()
  .openapi('ShareEmailInput');

const About = z
  .object({ kind: z.enum(CONVERSATION_SUBJECTS), id: z.string(), title: z.string() })
  .openapi('ConversationAbout', { description: 'What the conversation is about: whom its creator contacted.' });

export const ConversationItemSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    about: About,
    started_by_me: z.boolean(),
    last_message_at: z.string(),
    unread: z.boolean().openapi({ description: 'A message came after you last read it.' }),
    closed: z.boolean().openapi({ description: 'Someone blocked it: nobody writes in it any more.' }),
  })
  .openapi('ConversationItem');
export type ConversationItem = z.output<typeof ConversationItemSchema>;

export const ConversationPageSchema = pageOf(ConversationItemSchema).openapi('ConversationPage');
export const ConversationListQuerySchema = PageQuerySchema;
export type ConversationListQuery = z.output<typeof ConversationListQuerySchema>;

/** `?limit=&cursor=` of a conversation's messages: the newest `limit`, or those before the cursor's. */
export const MessagePageQuerySchema = PageQuerySchema;
export type MessagePageQuery = z.output<typeof MessagePageQuerySchema>;

const Person = z.object({
  id: z.string(),
  name: z.string().openapi({ description: 'Empty for an account that was deleted ("Former member").' }),
  email: z
    .string()
    .nullable()
    .openapi({ description: 'Their address, only if they chose to share it in this conversation.' }),
});

export const MessageSchema = z
  .object({
    id: z.string(),
    sender: Person.omit({ email: true }),
    mine: z.boolean(),
    body: z.string(),
    created_at: z.string(),
  })
  .openapi('Message');
export type Message = z.output<typeof MessageSchema>;

export const ConversationViewSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    about: About,
    created_at: z.string(),
    closed: z.boolean(),
    taking_part: z.boolean().openapi({ description: 'False for a moderator reading a reported conversation.' }),
    blocked_by_me: z.boolean(),
    reported_by_me: z.boolean(),
    share_email: z.boolean().openapi({ description: 'You share your address here.' }),
    participants: z.array(Person).openapi({
      description:
        'You, whoever made contact and whoever has written here; members of a contacted organization who have not written stay unnamed.',
    }),
    messages: z.array(MessageSchema).openapi({
      description:
        'A page of the thread, oldest first: its newest messages (or, with `cursor`, those before the previous page).',
    }),
    next_cursor: z.string().nullable().openapi({
      description: 'Pass as `cursor` for the earlier messages; null when these are the first.',
    }),
  })
  .openapi('Conversation');
export type ConversationView = z.output<typeof ConversationViewSchema>;

export const ReportConversationSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(10, 'Say in a sentence what is wrong (at least 10 characters).')
      .max(2000)
      .openapi({ description: 'What is wrong: the moderators read it, the other side does not.' }),
  })
  .strict()
  .openapi('ReportConversation');
export type ReportConversation = z.output<typeof ReportConversationSchema>;
