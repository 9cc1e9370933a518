import type { TestUser } from './actors';
import { api } from './http';

/** A complete, valid solution; override any field. */
export function solutionBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Point-of-care NGS panel with same-day reporting',
    summary: 'A cartridge-based NGS panel that reports EGFR, ALK, ROS1 and KRAS within 24 hours of biopsy.',
    approach: 'Amplicon panel on a benchtop sequencer, automated variant calling, FHIR report to the HIS.',
    trl: 6,
    team: 'Molecular biologists and two bioinformaticians',
    ip_status: 'patent_filed',
    links: ['https://vendor.example/panel'],
    summary_public: true,
    ...overrides,
  };
}

export async function submitSolution(solver: TestUser, challengeId: string, overrides: Record<string, unknown> = {}) {
  const res = await api(`/api/v1/challenges/${challengeId}/solutions`, {
    token: solver.token,
    body: { ...solutionBody(overrides), submit: true },
  });
  if (res.status !== 201) throw new Error(`submit solution failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function assignJury(manager: TestUser, challengeId: string, evaluator: TestUser) {
  const res = await api(`/api/v1/challenges/${challengeId}/evaluators/${evaluator.id}`, {
    method: 'PUT',
    token: manager.token,
  });
  if (res.status !== 200) throw new Error(`assign failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function declare(evaluator: TestUser, solutionId: string, conflict: boolean) {
  const res = await api(`/api/v1/solutions/${solutionId}/conflict`, {
    method: 'PUT',
    token: evaluator.token,
    body: { conflict },
  });
  if (res.status !== 200) throw new Error(`declare failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export const DEFAULT_KEYS = [
  'clinical_impact',
  'feasibility',
  'innovation',
  'trl_fit',
  'regulatory_data_readiness',
  'business_case',
] as const;

export const scoresOf = (values: number[], keys: readonly string[] = DEFAULT_KEYS) =>
  Object.fromEntries(keys.map((key, i) => [key, values[i] ?? values[0] ?? 3])) as Record<string, number>;

export async function evaluate(
  evaluator: TestUser,
  solutionId: string,
  scores: Record<string, number>,
  comment?: string,
) {
  const res = await api(`/api/v1/solutions/${solutionId}/evaluation`, {
    method: 'PUT',
    token: evaluator.token,
    body: { scores, ...(comment ? { comment } : {}) },
  });
  if (res.status !== 200) throw new Error(`evaluate failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
