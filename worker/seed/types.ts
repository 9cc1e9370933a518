import type { CHALLENGE_STATUSES, ORGANIZATION_KINDS, REPORT_ENTITY_TYPES, SOLUTION_STATUSES } from '../db/enums';
import type { ChallengeDraftInput } from '../domain/challenges/challenge.schema';
import type { SolutionFieldsInput } from '../domain/solutions/solution.schema';

// The demo world is written with readable keys; the seeder turns them into ids.
// Times are given relative to "now" (in days) so the demo stays current whenever it is seeded.

export interface DemoCluster {
  slug: string;
  name: string;
  region: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  description: string;
  website: string;
}

export interface DemoOrganization {
  key: string;
  name: string;
  kind: (typeof ORGANIZATION_KINDS)[number];
  country: string;
}

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  kind: 'clinician' | 'solver' | 'staff';
  organization?: string;
  isAdmin?: boolean;
  /** Cluster slugs this user moderates, or 'all'. */
  moderates?: string[] | 'all';
  /** Cluster slugs this user is an ordinary member of. */
  memberOf?: string[];
}

export interface DemoEvaluation {
  evaluator: string;
  /** One score 1–5 per criterion key of the challenge. */
  scores: Record<string, number>;
  comment?: string;
}

export interface DemoSolution {
  key: string;
  submitter: string;
  status: (typeof SOLUTION_STATUSES)[number];
  fields: SolutionFieldsInput;
  submittedDaysAgo?: number;
  /** Evaluators who declared a conflict of interest on this solution (they do not score it). */
  conflicts?: string[];
  evaluations?: DemoEvaluation[];
}

export interface DemoQuestion {
  author: string;
  body: string;
  answer?: string;
  /** When the owner answered, in days before now (default: six days after the challenge was created). */
  answeredDaysAgo?: number;
}

export interface DemoChallenge {
  key: string;
  cluster: string;
  owner: string;
  status: (typeof CHALLENGE_STATUSES)[number];
  /** Validated with the same schema as POST /api/v1/challenges, except the deadline. */
  fields: Omit<ChallengeDraftInput, 'deadline'>;
  /** Submission deadline relative to now; negative once it has passed. */
  deadlineInDays: number;
  createdDaysAgo: number;
  moderatorNote?: string;
  decisionNote?: string;
  endorsedBy?: string[];
  questions?: DemoQuestion[];
  evaluators?: string[];
  solutions?: DemoSolution[];
}

export interface DemoReport {
  reporter: string;
  entityType: (typeof REPORT_ENTITY_TYPES)[number];
  /** Key of the challenge or solution; for a question, `<challengeKey>#<index>`. */
  entity: string;
  reason: string;
}

export interface DemoWorld {
  clusters: DemoCluster[];
  organizations: DemoOrganization[];
  users: DemoUser[];
  challenges: DemoChallenge[];
  reports: DemoReport[];
}
