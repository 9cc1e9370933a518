import { describe, expect, it } from 'vitest';
import { auditScope, moderationQueueFor } from '../../../worker/access/moderation';
import { createDb } from '../../../worker/db/client';
import type { SignedIn } from '../../../worker/domain/actor';
import { readAuditLog, readAuditTrail } from '../../../worker/domain/moderation/audit-log';
import { fullScans, planActor, recordingD1 } from '../../helpers/query-plan';

const actor = (overrides: Partial<SignedIn>) =>
  planActor({ id: '01900000-0000-7000-8000-000000000002', email: 'queue-plan@test.example', ...overrides });

const moderator = actor({
  moderates: ['01900000-0000-7000-8000-0000000000aa', '01900000-0000-7000-8000-0000000000bb'],
});
const admin = actor({ isAdmin: true });
/** A clinician who owns challenges and moderates nothing: they read their challenges' trails. */
const owner = actor({});

describe('the moderation pages read through indexes', () => {
  for (const [who, reader] of [
    ['a moderator', moderator],
    ['an admin', admin],
  ] as const) {
    for (const filter of [{}, { cluster: 'some-cluster' }]) {
      it(`the queue, for ${who}${filter.cluster ? ', filtered by cluster' : ''}`, async () => {
        const { d1, statements } = recordingD1();
        // As the queue reads it: with the reports a moderator who competes may not take up left out.
        await moderationQueueFor(createDb(d1), reader, filter);
        expect(statements).toHaveLength(3);
        expect(await fullScans(statements)).toEqual([]);
      });
    }
  }

  for (const [who, reader] of [
    ['a moderator', moderator],
    ['an admin', admin],
  ] as const) {
    it(`the audit trail of a challenge, with the names of the people entries are about, for ${who}`, async () => {
      const { d1, statements } = recordingD1();
      await readAuditTrail(
        createDb(d1),
        { entity_type: 'challenge', entity_id: '01900000-0000-7000-8000-0000000000cc', limit: 51 },
        auditScope(reader),
      );
      expect(statements).toHaveLength(1);
      expect(await fullScans(statements)).toEqual([]);
    });

    // The scope looks up the solution an entry is about by primary key: one query, no scan.
    it(`the audit log of one solution, for ${who}`, async () => {
      const { d1, statements } = recordingD1();
      await readAuditLog(
        createDb(d1),
        { entity_type: 'solution', entity_id: '01900000-0000-7000-8000-0000000000dd', limit: 51 },
        auditScope(reader),
      );
      expect(statements).toHaveLength(1);
      expect(await fullScans(statements)).toEqual([]);
    });
  }

  for (const [who, reader] of [
    ['a moderator', moderator],
    ['an admin', admin],
    ['the owner', owner],
  ] as const) {
    // Entries about the challenge, its questions and its solutions: the entity index, three times.
    it(`the trail of a challenge with its questions and solutions, for ${who}`, async () => {
      const { d1, statements } = recordingD1();
      await readAuditTrail(
        createDb(d1),
        { challenge: '01900000-0000-7000-8000-0000000000cc', limit: 51 },
        auditScope(reader, true),
      );
      expect(statements).toHaveLength(1);
      expect(await fullScans(statements)).toEqual([]);
    });
  }
});
