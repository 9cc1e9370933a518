import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { evaluatorAssignments, solutions } from '../../db/schema';
import { Problem } from '../../http/problem';
import type { SignedIn } from '../../policy/actor';
import { audit, auditIf } from '../audit';
import type { ChallengeStatus } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import type { SolutionRecord } from './facts';
import { solutionAtVersion } from './read';
import type { SolutionFields } from './solution.schema';

type SolutionStatus = SolutionRecord['solution']['status'];

function assertChallenge(status: ChallengeStatus, allowed: readonly ChallengeStatus[], what: string) {
  if (!allowed.includes(status)) {
    throw new Problem(
      'invalid_state',
      `Solutions can be ${what} only while the challenge is ${allowed.join(' or ')}; it is ${status}.`,
      {
        extensions: { current_state: status },
      },
    );
  }
}

function assertSolution(status: SolutionStatus, allowed: readonly SolutionStatus[], what: string) {
  if (!allowed.includes(status)) {
    throw new Problem('invalid_state', `A ${status} solution cannot be ${what}.`, {
      extensions: { current_state: status },
    });
  }
}

/** When the submitter may change a solution, by the challenge's and the solution's state. */
const CHANGES = {
  edit: { challenge: ['open'], solution: ['draft', 'submitted'], what: 'changed' },
  submit: { challenge: ['open'], solution: ['draft'], what: 'submitted' },
  withdraw: { challenge: ['open', 'evaluation'], solution: ['draft', 'submitted'], what: 'withdrawn' },
} as const satisfies Record<string, { challenge: ChallengeStatus[]; solution: SolutionStatus[]; what: string }>;

export type SolutionChange = keyof typeof CHANGES;

/** Whether the life cycle allows `change` now (the policy says who may). */
export function changeOpen(record: SolutionRecord, change: SolutionChange): boolean {
  const rule = CHANGES[change];
  return (
    (rule.challenge as readonly ChallengeStatus[]).includes(record.challenge.status) &&
    (rule.solution as readonly SolutionStatus[]).includes(record.solution.status)
  );
}

/** Throws the invalid-state problem unless the life cycle allows `change` now. */
export function assertChangeOpen(record: SolutionRecord, change: SolutionChange) {
  const rule = CHANGES[change];
  assertChallenge(record.challenge.status, rule.challenge, rule.what);
  assertSolution(record.solution.status, rule.solution, rule.what);
}

function staleSolution(expected: number, current?: number) {
  const now = current === undefined ? 'has just been changed' : `is at version ${current} now`;
  return new Problem(
    'stale_version',
    `You edited version ${expected}, but the solution ${now}. Reload it and apply your change again.`,
    {
      extensions: current === undefined ? {} : { current_version: current },
    },
  );
}

/** Jury members judge a challenge; they cannot also take part in it. */
const onJury = () =>
  new Problem('invalid_state', 'You sit on the jury of this challenge and cannot also submit a solution to it.');

/** A draft (or, with `submit`, a submitted solution) to an open challenge; audited. */
export async function createSolution(
  db: Database,
  actor: SignedIn,
  challenge: ChallengeRecord,
  fields: SolutionFields,
  submit: boolean,
): Promise<string> {
  assertChallenge(challenge.row.status, ['open'], 'submitted');
  const juror = await db
    .select({ user_id: evaluatorAssignments.user_id })
    .from(evaluatorAssignments)
    .where(and(eq(evaluatorAssignments.challenge_id, challenge.row.id), eq(evaluatorAssignments.user_id, actor.id)))
    .get();
  if (juror) throw onJury();
  const id = uuidv7();
  const status = submit ? 'submitted' : 'draft';
  await runBatch(db, [
    db.insert(solutions).values({
      ...fields,
      id,
      challenge_id: challenge.row.id,
      submitter_id: actor.id,
      organization_id: actor.organizationId,
      status,
      submitted_at: submit ? new Date().toISOString() : null,
    }),
    audit(db, {
      actorId: actor.id,
      action: submit ? 'solution.submit' : 'solution.create',
      entityType: 'solution',
      entityId: id,
      clusterId: challenge.row.cluster_id,
      after: { status },
    }),
  ]);
  return id;
}

/** One guarded change of a solution: lands with its audit entry only if the version still matches. */
async function change(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  version: number,
  action: string,
  set: Partial<typeof solutions.$inferInsert>,
) {
  const s = record.solution;
  if (s.version !== version) throw staleSolution(version, s.version);
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `solution.${action}`,
          entityType: 'solution',
          entityId: s.id,
          clusterId: record.challenge.cluster_id,
          before: { status: s.status, version },
          after: { ...set, version: version + 1 },
        },
        solutionAtVersion(s.id, version),
      ),
    ],
    db
      .update(solutions)
      .set({ ...set, version: version + 1 })
      .where(and(eq(solutions.id, s.id), eq(solutions.version, version)))
      .returning({ id: solutions.id }),
  );
  if (updated.length === 0) throw staleSolution(version);
}

/** The submitter edits a draft or submitted solution while the challenge is open. */
export function updateSolution(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  version: number,
  fields: Partial<SolutionFields>,
) {
  assertChangeOpen(record, 'edit');
  return change(db, actor, record, version, 'edit', fields);
}

export function submitSolution(db: Database, actor: SignedIn, record: SolutionRecord) {
  assertChangeOpen(record, 'submit');
  // A draft's author may have been put on the jury since: a draft keeps no one off it.
  if (record.facts.jury) throw onJury();
  return change(db, actor, record, record.solution.version, 'submit', {
    status: 'submitted',
    submitted_at: new Date().toISOString(),
  });
}

/** Withdrawn solutions leave the ranking; possible until the decision. */
export function withdrawSolution(db: Database, actor: SignedIn, record: SolutionRecord) {
  assertChangeOpen(record, 'withdraw');
  return change(db, actor, record, record.solution.version, 'withdraw', { status: 'withdrawn' });
}
