import type { criteriaQuery } from '../evaluation/ranking';

/**
 * What a solution's pages show of its challenge: title, language, blind review and the weighted
 * criteria. The solution page reads them with the solution, in one batch (page-reads.ts).
 */
export interface ChallengeContext {
  id: string;
  title: string;
  language: string;
  blind_review: boolean;
  criteria: Awaited<ReturnType<typeof criteriaQuery>>;
}
