import type { CallAction, CallStatus } from '../domain/calls/lifecycle';
import type { ChallengeStatus, TransitionAction } from '../domain/challenges/lifecycle';
import type { MilestoneRecorder } from '../domain/cooperations/cooperation.schema';

/** What the policy needs to know about a challenge. */
export interface ChallengeFacts {
  id: string;
  cluster_id: string;
  owner_id: string;
  status: ChallengeStatus;
  visibility: 'public' | 'network';
  hidden_at: string | null;
  /** Jury members see no one behind a solution (see `solvers.identify`). Required: a loader that forgot it would show them. */
  blind_review: boolean;
  /**
   * The asking user has a solution of their own on this challenge (a moderator who is also a
   * solver): told by the loaders of rules that need it, the decision.
   */
  competing?: boolean;
  /** The stage the challenge is in (issue 15): its jury, cohort and declarations apply now. Absent: 1. */
  current_stage?: number;
}

export interface TransitionFacts {
  challenge: ChallengeFacts;
  action: TransitionAction;
}

export interface ReportFacts {
  cluster_id: string;
  /** It is about a solution of a challenge where the asking user has a solution of their own. */
  competing?: boolean;
}

/** What the policy needs to know about a solution and the asking evaluator. */
export interface SolutionFacts {
  challenge: ChallengeFacts;
  submitter_id: string;
  /** The asking user is on the solution's team (its submitter is too): they read and edit it. */
  member?: boolean;
  status: 'draft' | 'submitted' | 'withdrawn' | 'shortlisted' | 'winner' | 'not_selected';
  hidden_at?: string | null;
  /** Null when it was never submitted (a draft, or a draft withdrawn): then it is its solver's alone. */
  submitted_at?: string | null;
  /**
   * Present when the asking user sits on the jury of the challenge's current stage: their
   * declaration in that stage (null: none yet).
   */
  jury?: { conflict: boolean | null };
  /** The stages whose jury the asking user sits on (issue 15). Absent: only `jury` says. */
  juryStages?: readonly number[];
  /** The stages whose cohort the solution is in: submitted to them (stage 1 once submitted at all). */
  stages?: readonly number[];
  /** The asking user has a solution of their own on this challenge: they compete with this one. */
  competing?: boolean;
}

/** The ranking of a challenge's stage, and whether the asking jury member has scored all they may there. */
export interface RankingFacts {
  challenge: ChallengeFacts & { decided_at: string | null };
  /** The stage the ranking (or report) is about (issue 15); absent: the current one. */
  stage?: number;
  /** The stages whose jury the asking user sits on (issue 15). Absent: `jury` alone says. */
  juryStages?: readonly number[];
  /** Present when the asking user sits on that stage's jury: whether they scored all they may there. */
  jury?: { done: boolean };
  /** The asking user has a solution of their own on this challenge. */
  competing?: boolean;
}

/** What the policy needs to know about an attachment: what it belongs to. */
export type AttachmentFacts = { solution: SolutionFacts } | { challenge: ChallengeFacts };

/** What the policy needs to know about a call for challenges (issue 15). */
export interface CallFacts {
  status: CallStatus;
  hidden_at: string | null;
  created_by: string | null;
  /** The clusters running it: a moderator of any of them manages it. */
  clusters: readonly { id: string; name: string }[];
  /** Those of its clusters its creator moderates (all for an admin): the creator speaks for them. */
  creator_clusters: readonly string[];
  /** Who has edited it since it was created (its review is someone else's). */
  editors: readonly string[];
}

export interface CallTransitionFacts {
  call: CallFacts;
  action: CallAction;
}

/** What the policy needs to know about a cooperation and the asking user's place in it. */
export interface CooperationFacts {
  cluster_id: string;
  /** The asking user is the clinic side: the challenge's owner. */
  clinic: boolean;
  /** The asking user is on the winning solution's team. */
  solver: boolean;
  /** Both sides agreed to publish it. */
  public: boolean;
}

/** What the policy needs to know about one milestone of a cooperation. */
export interface MilestoneFacts extends CooperationFacts {
  recorded_by: MilestoneRecorder;
}

/** What the policy needs to know about an organization (issue 16, the partner directory). */
export interface OrganizationFacts {
  /** Its profile is in the directory (`listed_at` set). */
  listed: boolean;
}

/** Who decides an organization's claims and edits its profile (issue 16, verified affiliation). */
export interface OrganizationGovernanceFacts extends OrganizationFacts {
  /** Its home cluster: that cluster's moderators decide. */
  cluster_id: string | null;
  /** The asking user is a confirmed administrator of it. */
  org_admin: boolean;
}

/** What the policy needs to know about a matchmaking event (issue 16) and the asking user's place at it. */
export interface EventFacts {
  /** The host cluster, and those holding it with it: their moderators organise it. */
  host: string;
  co_hosts: string[];
  status: 'draft' | 'published' | 'cancelled';
  /** The asking user has a place: registered (partnering) or accepted (exchange visit). */
  participant: boolean;
}

/** A one-to-one meeting request: whether the asking user sent it or was asked. */
export interface MeetingRequestFacts {
  event: EventFacts;
  sender: boolean;
  recipient: boolean;
}

/** A meeting: whether the asking user is one of its two people. */
export interface MeetingFacts {
  party: boolean;
}

/** What the policy needs to know about a relayed conversation (issue 16). */
export interface ConversationFacts {
  /** The asking user takes part in it. */
  participant: boolean;
  /** Someone taking part reported it to the moderators. */
  reported?: boolean;
  /** The cluster of the challenge it is about; null when it is about an organization or a person. */
  cluster_id?: string | null;
}
