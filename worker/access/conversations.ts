import type { Database } from '../db/client';
import { type Actor, isUser, type SignedIn } from '../domain/actor';
import type {
  ConversationListQuery,
  ConversationView,
  MessageInput,
  MessagePageQuery,
  ReportConversation,
  StartConversation,
} from '../domain/conversations/conversation.schema';
import { findConversation, listConversations, readConversation } from '../domain/conversations/read';
import {
  type ContactTarget,
  contactable,
  findOrganizationTarget,
  findPersonTarget,
} from '../domain/conversations/target';
import {
  blockConversation,
  moderatorRead,
  postMessage,
  reportConversation,
  shareEmail,
  startConversation,
} from '../domain/conversations/write';
import { DomainError, notVisible } from '../domain/errors';
import { authorize, authorizeUser, can, decide, refusal } from '../policy/policy';
import { loadChallenge } from './challenges';

type ConversationAction = 'conversation.read' | 'conversation.write' | 'conversation.block';

/** A conversation the actor takes part in and may take `action` on; the same 404 as for none otherwise. */
async function loadConversationFor(db: Database, actor: Actor, id: string, action: ConversationAction) {
  const user = authorizeUser(actor, 'conversation.list');
  const stored = await findConversation(db, id, user.id);
  if (!stored) throw notVisible('conversation');
  const decision = decide(actor, action, stored);
  if (!decision.allow) throw refusal(decision);
  return { user, stored };
}

const yourself = () =>
  new DomainError('invalid_state', 'This is you: contact someone else, or write on your own challenge’s page.');

/**
 * Whom a contact reaches, if the asker may see what they contact: a listed organization, a person
 * whose profile is public, a published challenge they may read (its owner). 404 as for something
 * that does not exist otherwise.
 */
async function contactTarget(
  db: Database,
  user: SignedIn,
  input: Pick<StartConversation, 'about_kind' | 'about_id'>,
): Promise<ContactTarget> {
  switch (input.about_kind) {
    case 'organization': {
      const found = await findOrganizationTarget(db, input.about_id, user.id);
      if (!found) throw notVisible('organization');
      authorize(user, 'organization.read', { listed: found.listed });
      return found.target;
    }
    case 'person': {
      const found = await findPersonTarget(db, input.about_id);
      if (!found) throw notVisible('person');
      if (found.id === user.id) throw yourself();
      return found;
    }
    case 'challenge': {
      const { row } = await loadChallenge(db, user, input.about_id);
      if (!contactable(row.status)) {
        throw new DomainError('invalid_state', 'Only a published challenge can be contacted: wait until it is open.');
      }
      if (row.owner_id === user.id) throw yourself();
      return { kind: 'challenge', id: row.id, title: row.title, recipients: [row.owner_id] };
    }
  }
}

/** The conversation as its writer sees it right after their write: it exists, they take part. */
async function viewAfterWrite(db: Database, id: string, user: SignedIn): Promise<ConversationView> {
  const read = await readConversation(db, id, user.id);
  if (!read) throw new Error(`Conversation ${id} was not found right after a write to it.`);
  return read.view;
}

/** Contacts an organization, a person or a challenge's owner: a new conversation, or the one already started about it. */
export async function contact(db: Database, actor: Actor, input: StartConversation) {
  const user = authorizeUser(actor, 'conversation.start');
  const target = await contactTarget(db, user, input);
  const { id, created } = await startConversation(db, user, target, input);
  return { created, view: await viewAfterWrite(db, id, user) };
}

export function listOwnConversations(db: Database, actor: Actor, query: ConversationListQuery) {
  const user = authorizeUser(actor, 'conversation.list');
  return listConversations(db, user.id, query);
}

/**
 * A conversation and its messages, for those taking part (it is then marked read for them), and
 * for the moderators who may read a reported one (audited).
 */
export async function loadConversation(db: Database, actor: Actor, id: string, page?: MessagePageQuery) {
  const user = authorizeUser(actor, 'conversation.list');
  // One round trip (issue 17): the facts the policy decides on come in the page's own batch, and
  // the page leaves only once it allows (readConversation says why that batch writes nothing for
  // anyone else).
  const read = await readConversation(db, id, user.id, page);
  if (!read) throw notVisible('conversation');
  const decision = decide(actor, 'conversation.read', read.stored);
  if (!decision.allow) throw refusal(decision);
  if (!read.stored.participant) await moderatorRead(db, user, read.stored);
  return read.view;
}

/** Reports a conversation one takes part in to the moderators. */
export async function report(db: Database, actor: Actor, id: string, input: ReportConversation) {
  const { user, stored } = await loadConversationFor(db, actor, id, 'conversation.block');
  await reportConversation(db, user, stored, input.reason);
  return viewAfterWrite(db, id, user);
}

export async function reply(db: Database, actor: Actor, id: string, input: MessageInput) {
  const { user, stored } = await loadConversationFor(db, actor, id, 'conversation.write');
  await postMessage(db, user, stored, input);
  return viewAfterWrite(db, id, user);
}

export async function shareOwnEmail(db: Database, actor: Actor, id: string, share: boolean) {
  const { user } = await loadConversationFor(db, actor, id, 'conversation.write');
  await shareEmail(db, user, id, share);
  return viewAfterWrite(db, id, user);
}

export async function block(db: Database, actor: Actor, id: string) {
  const { user } = await loadConversationFor(db, actor, id, 'conversation.block');
  await blockConversation(db, user, id);
  return viewAfterWrite(db, id, user);
}

/** Whom a contact form writes to (404 as for nothing when the asker may not see it), and whether they may write yet. */
export async function loadContactTarget(
  db: Database,
  actor: Actor,
  input: Pick<StartConversation, 'about_kind' | 'about_id'>,
) {
  const user = authorizeUser(actor, 'conversation.list');
  const target = await contactTarget(db, user, input);
  return { target, mayWrite: can(user, 'conversation.start') };
}

/** What the viewer may do on a conversation's page: write (reply, share their address) needs a confirmed address; a moderator reading a reported one only reads. */
export const conversationAffordances = (actor: Actor, view: ConversationView) => ({
  mayWrite: can(actor, 'conversation.write', { participant: view.taking_part }),
  mayBlock: can(actor, 'conversation.block', { participant: view.taking_part }),
});

/** "Contact" on an organization's or a person's page: signed in with a confirmed address. */
export const mayContact = (actor: Actor) => can(actor, 'conversation.start');

/** Which of the people shown the actor may contact: everyone but themself, once their address is confirmed. */
export const contactablePeople = (actor: Actor, people: readonly { id: string }[]) =>
  mayContact(actor) ? people.filter((p) => !isUser(actor, p.id)).map((p) => p.id) : [];
