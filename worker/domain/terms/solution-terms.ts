import { type TermsState, termsNotAccepted } from '../solutions/lifecycle';
import type { SolutionTerms } from './terms.schema';

/** The terms side of a solution as the API and the page show it. */
export const solutionTerms = (record: TermsState & { acceptances: SolutionTerms['acceptances'] }): SolutionTerms => ({
  current_version: record.terms_version,
  acceptances: record.acceptances,
  not_accepted: termsNotAccepted(record),
});
