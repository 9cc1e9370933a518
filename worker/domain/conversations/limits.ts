import type { Counter, Limit } from '../rate-limit';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/**
 * New conversations per sender and day: enough for anyone looking for partners, too few for a
 * mailing; fewer for accounts younger than a week, the ones a spammer would make.
 */
export const CONVERSATIONS_PER_DAY: Limit = { name: 'conversation-start', max: 30, windowSeconds: DAY };
export const CONVERSATIONS_PER_DAY_NEW_ACCOUNT: Limit = { name: 'conversation-start-new', max: 5, windowSeconds: DAY };
/** Messages per sender and hour, across their conversations: a lively exchange stays well under it. */
export const MESSAGES_PER_HOUR: Limit = { name: 'conversation-message', max: 60, windowSeconds: HOUR };

/** An account this young counts as new. */
export const NEW_ACCOUNT_DAYS = 7;

export const isNewAccount = (createdAt: string, now = Date.now()) =>
  now - Date.parse(createdAt) < NEW_ACCOUNT_DAYS * DAY * 1000;

/** What starting a conversation counts against. */
export const startLimits = (userId: string, newAccount: boolean): Counter[] => [
  { limit: newAccount ? CONVERSATIONS_PER_DAY_NEW_ACCOUNT : CONVERSATIONS_PER_DAY, subject: userId },
  { limit: MESSAGES_PER_HOUR, subject: userId },
];

/** What a message in an existing conversation counts against. */
export const messageLimits = (userId: string): Counter[] => [{ limit: MESSAGES_PER_HOUR, subject: userId }];
