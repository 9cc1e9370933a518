import type { TestUser } from './actors';
import { api } from './http';

const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A complete, valid challenge draft; override any field. */
export function draftBody(cluster: string, overrides: Record<string, unknown> = {}) {
  return {
    cluster,
    title: 'Faster companion-diagnostic turnaround in lung cancer',
    summary: 'Patients wait three weeks for EGFR/ALK results before targeted therapy can start.',
    problem_statement: 'Biopsy material is sent out to a reference lab; results come back as PDFs after 15–25 days.',
    clinical_context: 'Thoracic oncology at a university hospital, ~400 new NSCLC cases a year.',
    indication: 'Non-small cell lung cancer',
    icd10_code: 'C34.9',
    care_pathway_step: 'diagnosis',
    patient_population: 'Adults with newly diagnosed advanced NSCLC',
    standard_of_care: 'Send-out NGS panel, results by PDF',
    target_outcome: 'Results available within 10 working days',
    outcome_kpi: 'Median turnaround biopsy → result ≤ 10 working days',
    regulation: 'ivdr',
    device_class: 'C',
    ce_marking_required: true,
    data_on_offer: 'pseudonymised',
    involves_patient_data: true,
    integration_needs: 'HL7 FHIR results into the hospital information system',
    trl_min: 4,
    trl_max: 7,
    reward_kind: 'pilot',
    reward_details: 'Six-month pilot on one ward.',
    deadline: inDays(30),
    language: 'en',
    visibility: 'public',
    tags: ['companion-diagnostics', 'oncology'],
    ...overrides,
  };
}

export async function createDraft(owner: TestUser, cluster: string, overrides: Record<string, unknown> = {}) {
  const res = await api('/api/v1/challenges', { token: owner.token, body: draftBody(cluster, overrides) });
  if (res.status !== 201) throw new Error(`create challenge failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; status: string };
}

export async function transition(user: TestUser, id: string, action: string, note?: string) {
  return api(`/api/v1/challenges/${id}/transitions`, {
    token: user.token,
    body: { action, ...(note ? { note } : {}) },
  });
}

/** Draft → in_review → open, through the API. */
export async function openChallenge(
  owner: TestUser,
  moderator: TestUser,
  cluster: string,
  overrides: Record<string, unknown> = {},
) {
  const draft = await createDraft(owner, cluster, overrides);
  for (const [user, action] of [
    [owner, 'submit'],
    [moderator, 'approve'],
  ] as const) {
    const res = await transition(user, draft.id, action);
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return draft.id;
}
