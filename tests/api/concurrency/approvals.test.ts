import { env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { isProblem, must } from '../../helpers/http';
import { RACE_TIMEOUT, tally } from './tally';

const suite = tally('approvals');
afterAll(() => console.info(suite.line()));

let owner: TestUser;
let first: TestUser;
let second: TestUser;
let clusterSlug: string;
beforeAll(async () => {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  clusterSlug = cluster.slug;
  [owner, first, second] = await Promise.all([
    registerUser('clinician'),
    createModerator(admin, cluster.slug),
    createModerator(admin, cluster.slug),
  ]);
});

async function inReview() {
  const draft = await createDraft(owner, clusterSlug);
  await must(transition(owner, draft.id, 'submit'));
  return draft.id;
}

const challengeRow = (id: string) =>
  env.DB.prepare('SELECT status, version FROM challenges WHERE id = ?')
    .bind(id)
    .first<{ status: string; version: number }>();

/** The loser of two moderation steps read at the same version: stale (412) or, read later, the wrong state (409). */
function lostCleanly(res: Awaited<ReturnType<typeof transition>>) {
  if (res.status === 412) suite.overlapped();
  return res.status === 412 ? isProblem(res, 412, 'stale_version') : isProblem(res, 409, 'invalid_state');
}

describe('two moderators deciding on the same challenge at once', () => {
  it(
    'two approvals: exactly one 200, the other 409/412; one audit entry, one notification, one email',
    async () => {
      for (let round = 0; round < 4; round++) {
        const id = await inReview();
        const before = await challengeRow(id);
        const answers = await suite.race([
          () => transition(first, id, 'approve'),
          () => transition(second, id, 'approve'),
        ]);
        const won = answers.filter((r) => r.status === 200);
        expect(won, JSON.stringify(answers.map((r) => [r.status, r.body]))).toHaveLength(1);
        const lost = answers.find((r) => r.status !== 200);
        expect(lost && lostCleanly(lost)).toBe(true);

        expect(await challengeRow(id)).toEqual({ status: 'open', version: (before?.version ?? 0) + 1 });
        expect(
          await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.approve'", id),
        ).toBe(1);
        // One event told the owner once, in the inbox and by email.
        expect(
          await count(
            "SELECT count(*) AS n FROM notifications WHERE challenge_id = ? AND kind = 'challenge_approved'",
            id,
          ),
        ).toBe(1);
        expect(
          await count(
            "SELECT count(DISTINCT event_id) AS n FROM notifications WHERE challenge_id = ? AND kind = 'challenge_approved'",
            id,
          ),
        ).toBe(1);
        expect(
          await count(
            "SELECT count(*) AS n FROM email_outbox WHERE kind = 'challenge_approved' AND instr(idempotency_key, ?) = 1",
            `challenge_approved:${id}:`,
          ),
        ).toBe(1);
        suite.held(4);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    'an approval against a rejection: one of them lands whole, the other leaves no trace',
    async () => {
      for (let round = 0; round < 3; round++) {
        const id = await inReview();
        const [approval, rejection] = await suite.race([
          () => transition(first, id, 'approve'),
          () => transition(second, id, 'reject', 'Out of scope for this cluster.'),
        ]);
        expect([approval?.status, rejection?.status].filter((s) => s === 200)).toHaveLength(1);
        const [winner, loser] = approval?.status === 200 ? ['approve', rejection] : ['reject', approval];
        expect(loser && lostCleanly(loser)).toBe(true);

        expect((await challengeRow(id))?.status).toBe(winner === 'approve' ? 'open' : 'rejected');
        const steps = await env.DB.prepare(
          "SELECT action FROM audit_log WHERE entity_id = ? AND action IN ('challenge.approve', 'challenge.reject')",
        )
          .bind(id)
          .all<{ action: string }>();
        expect(steps.results.map((r) => r.action)).toEqual([`challenge.${winner}`]);
        const news = await env.DB.prepare(
          "SELECT kind FROM notifications WHERE challenge_id = ? AND kind IN ('challenge_approved', 'challenge_rejected')",
        )
          .bind(id)
          .all<{ kind: string }>();
        expect(news.results.map((r) => r.kind)).toEqual([
          winner === 'approve' ? 'challenge_approved' : 'challenge_rejected',
        ]);
        suite.held(3);
      }
    },
    RACE_TIMEOUT,
  );
});
