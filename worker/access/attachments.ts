import type { Database } from '../db/client';
import { type Actor, isSignedIn, type SignedIn } from '../domain/actor';
import { type AttachmentRow, findAttachment, type Parent } from '../domain/attachments/store';
import type { ChallengeRecord } from '../domain/challenges/read';
import { challengeQuery } from '../domain/challenges/read';
import { notVisible } from '../domain/errors';
import { findSolution, type SolutionRecord } from '../domain/solutions/read';
import { can, decide, refusal } from '../policy/policy';
import type { AttachmentFacts } from '../policy/resources';
import { solutionFacts } from './solutions';

export const solutionParent = (record: SolutionRecord): Extract<Parent, { kind: 'solution' }> => ({
  kind: 'solution',
  id: record.solution.id,
  clusterId: record.challenge.cluster_id,
});

export const challengeParent = (record: ChallengeRecord): Extract<Parent, { kind: 'challenge' }> => ({
  kind: 'challenge',
  id: record.row.id,
  clusterId: record.row.cluster_id,
  ownerId: record.row.owner_id,
});

export type AttachmentAction = 'attachment.read' | 'attachment.change';

export interface LoadedAttachment {
  row: AttachmentRow;
  /** The viewer may see who is behind what it belongs to (not a jury member under blind review). */
  identified: boolean;
  parent: Parent;
  solution?: SolutionRecord;
  challenge?: ChallengeRecord;
}

/**
 * A live attachment and what it belongs to, if the actor may take `action` on it. Anyone who may
 * not see what it belongs to gets the attachment's 404, worded as for an id that never existed.
 */
export async function loadAttachment(
  db: Database,
  actor: Actor,
  id: string,
  action: AttachmentAction,
): Promise<LoadedAttachment> {
  const row = await findAttachment(db, id);
  if (!row) throw notVisible('attachment');
  const viewer = isSignedIn(actor) ? actor.id : null;
  let loaded: LoadedAttachment;
  let facts: AttachmentFacts;
  if (row.solution_id) {
    const solution = await findSolution(db, actor, row.solution_id);
    if (!solution) throw notVisible('attachment');
    loaded = {
      row,
      parent: solutionParent(solution),
      solution,
      identified: can(actor, 'solution.identify', solutionFacts(solution)),
    };
    facts = { solution: solutionFacts(solution) };
  } else {
    const [challenge] = await challengeQuery(db, row.challenge_id ?? '', viewer);
    if (!challenge) throw notVisible('attachment');
    loaded = { row, parent: challengeParent(challenge), challenge, identified: true };
    facts = { challenge: { ...challenge.row, competing: Boolean(challenge.has_my_solutions) } };
  }
  // Hidden: whoever may not read what it belongs to never learns the attachment exists.
  const read = decide(actor, 'attachment.read', facts);
  if (!read.allow) throw read.status === 'not_found' ? notVisible('attachment') : refusal(read);
  if (action !== 'attachment.read') {
    const decision = decide(actor, action, facts);
    if (!decision.allow) throw decision.status === 'not_found' ? notVisible('attachment') : refusal(decision);
  }
  return loaded;
}

/** The signed-in actor, for changes (loadAttachment with attachment.change has made sure of it). */
export const changer = (actor: Actor): SignedIn => {
  if (!isSignedIn(actor)) throw notVisible('attachment');
  return actor;
};
