import { describe, expect, it } from 'vitest';
import { auditScope } from '../../../worker/access/moderation';
import { inModeratedClusters } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { clusters } from '../../../worker/db/schema';
import type { SignedIn } from '../../../worker/domain/actor';
import { readAuditLog, readAuditTrail } from '../../../worker/domain/moderation/audit-log';
import { moderationQueue } from '../../../worker/domain/moderation/queue';
import { fullScans, planActor, recordingD1 } from '../../helpers/query-plan';

const actor = (overrides: Partial<SignedIn>) =>
  planActor({ id: '01900000-0000-7000-8000-000000000002', email: 'queue-plan@test.example', ...overrides });

const moderator = actor({
  moderates: ['01900000-0000-7000-8000-0000000000aa', '01900000-0000-7000-8000-0000000000bb'],
});
const admin = actor({ isAdmin: true });

describe('the moderation pages read through indexes', () => {
  for (const [who, reader] of [
    ['a moderator', moderator],
    ['an admin', admin],
  ] as const) {
    for (const filter of [{}, { cluster: 'some-cluster' }]) {
      it(`the queue, for ${who}${filter.cluster ? ', filtered by cluster' : ''}`, async () => {
        const { d1, statements } = recordingD1();
        await moderationQueue(createDb(d1), inModeratedClusters(reader, clusters.id), filter);
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
});
