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
  status: 'draft' | 'submitted' | 'withdrawn' | 'shortlisted' | 'winner' | 'not_selected';
  hidden_at?: string | null;
  /** Present when the asking user is on the challenge's jury: their declaration (null: none yet). */
  jury?: { conflict: boolean | null };
}

/** The ranking of a challenge, and whether the asking jury member has scored all they may. */
export interface RankingFacts {
  challenge: ChallengeFacts & { decided_at: string | null };
  jury?: { done: boolean };
}
