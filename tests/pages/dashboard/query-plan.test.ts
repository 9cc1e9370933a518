import { describe, expect, it } from 'vitest';
import { inModeratedClusters } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { dashboard } from '../../../worker/domain/accounts/dashboard';
import { fullScans, planActor, recordingD1 } from '../../helpers/query-plan';

/** Reading every challenge in a state platform-wide: what a seat query does if it starts from the challenges. */
const everyInState = (detail: string) =>
  /^SEARCH challenges USING INDEX challenges_status_\w+ \(status=\?\)$/.test(detail);

describe('my page: every count is read through an index', () => {
  for (const [who, reader] of [
    ['a moderator', planActor({ moderates: ['01900000-0000-7000-8000-0000000000aa'] })],
    ['an admin', planActor({ isAdmin: true })],
    ['an unconfirmed clinician', planActor({ emailConfirmed: false })],
  ] as const) {
    it(`for ${who}`, async () => {
      const { d1, statements } = recordingD1();
      await dashboard(createDb(d1), reader, {
        moderated:
          reader.isAdmin || reader.moderates.length ? (column) => inModeratedClusters(reader, column) : undefined,
        invitations: reader.emailConfirmed,
      });
      expect(statements.length).toBeGreaterThanOrEqual(8);
      expect(await fullScans(statements, everyInState)).toEqual([]);
    });
  }
});
