import { env } from 'cloudflare:test';
import { createDb } from '../../worker/db/client';
import type { SignedIn } from '../../worker/domain/actor';
import type { TestUser } from './actors';

/** A test user as the domain sees them when they call it directly (tests of races and guards). */
export const signedInAs = (user: TestUser, overrides: Partial<SignedIn> = {}): SignedIn => ({
  type: 'user',
  id: user.id,
  email: user.email,
  name: 'Test user',
  kind: 'clinician',
  isAdmin: false,
  organizationId: null,
  moderates: [],
  emailConfirmed: true,
  unread: 0,
  locale: null,
  sessionId: 'test',
  via: 'bearer',
  ...overrides,
});

/**
 * A database whose first batch runs only after `meanwhile` has: what another request did between
 * this one's reads and its write. The database is the real one; only the moment is chosen.
 */
export function interleaved(meanwhile: () => Promise<unknown>) {
  let done = false;
  return createDb({
    prepare: (query: string) => env.DB.prepare(query),
    batch: async (statements: D1PreparedStatement[]) => {
      if (!done) {
        done = true;
        await meanwhile();
      }
      return env.DB.batch(statements);
    },
  } as unknown as Parameters<typeof createDb>[0]);
}
