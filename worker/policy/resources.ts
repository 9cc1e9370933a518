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
