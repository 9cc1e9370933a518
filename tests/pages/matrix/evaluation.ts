import type { World } from '../../helpers/actors';
import { sharedEvaluation } from '../../helpers/fixtures';
import { type PageCase, signedInPage } from './types';

const evaluation = async (world: World) => (await sharedEvaluation(world)).challenge;
const solution = async (world: World) => (await sharedEvaluation(world)).solution;

/**
 * A jury member's own pages: the declaration for every solution of a challenge, and the score
 * page of one solution. Only the jury opens them; everyone else gets the policy's refusal (a
 * moderator of another cluster does not see the solution at all).
 */
export const evaluationCases: PageCase[] = [
  {
    page: '/challenges/{id}/conflicts',
    path: async (w) => `/challenges/${await evaluation(w)}/conflicts`,
    // Asked like declaring on one solution: those who see the challenge's solutions are refused
    // (403); a solver and another cluster's moderator see none of them (404).
    expect: signedInPage(403, { evaluator: 200, solver: 404, other_moderator: 404 }),
  },
  {
    page: '/solutions/{id}/evaluation',
    path: async (w) => `/solutions/${await solution(w)}/evaluation`,
    // The evaluator declared no conflict and scored: the form comes back with the score to change.
    expect: signedInPage(403, { evaluator: 200, other_moderator: 404 }),
  },
];
