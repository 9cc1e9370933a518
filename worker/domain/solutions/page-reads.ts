import type { Database } from '../../db/client';
import { criteriaQuery } from '../evaluation/ranking';
import { recusalList } from '../evaluation/recusals';
import { draftQuery } from '../evaluation/scoring';
import { stageOf } from '../evaluation/stage';
import { solutionStagesQuery } from '../stages/outcomes';
import { challengeTermsQuery } from '../terms/challenge-terms';
import { challengeOfSolution } from './read';
import { teamInvitations } from './team';

/**
 * What the solution page reads besides the solution (issue 17): its challenge's criteria in the
 * current stage, the team's invitations and automatic recusals, the terms in force, the stages with
 * the solution's place in each, and the viewer's unfinished score. Keyed by the solution's id alone
 * (its challenge as a subquery), so the loader reads them in the batch that reads the solution: one
 * round trip after the session, whoever views it. Every viewer's batch reads all of them, each a few
 * rows of an index; the page keeps only what the viewer's affordances name (a round trip to learn
 * who is asking first would cost more than the rows).
 */
export const solutionPageQueries = (db: Database, solutionId: string, viewerId: string) => {
  const challengeId = challengeOfSolution(solutionId);
  return [
    criteriaQuery(db, challengeId),
    teamInvitations(db, solutionId),
    recusalList(db, challengeId, { solutionId }),
    challengeTermsQuery(db, challengeId).limit(1),
    solutionStagesQuery(db, challengeId, solutionId),
    draftQuery(db, solutionId, stageOf(challengeId), viewerId),
  ] as const;
};

/** `solutionPageQueries` in a batch of their own: for a page shown again after a form, the solution read already. */
export const readSolutionPage = (db: Database, solutionId: string, viewerId: string) =>
  db.batch([...solutionPageQueries(db, solutionId, viewerId)]);

export type SolutionPageRows = Awaited<ReturnType<typeof readSolutionPage>>;
