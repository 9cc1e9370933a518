import type { ChallengeStatus, TransitionAction } from '../domain/challenges/lifecycle';

/** What the policy needs to know about a challenge. */
export interface ChallengeFacts {
  id: string;
  cluster_id: string;
  owner_id: string;
  status: ChallengeStatus;
  visibility: 'public' | 'network';
  hidden_at: string | null;
}

export interface TransitionFacts {
  challenge: ChallengeFacts;
  action: TransitionAction;
}

export interface ReportFacts {
  cluster_id: string;
}

/** What the policy needs to know about a solution and the asking evaluator. */
export interface SolutionFacts {
  challenge: ChallengeFacts;
  submitter_id: string;
  /** For a user on the challenge's jury: their declaration on this solution (null: none yet). */
  jury?: { conflict: boolean | null };
}
