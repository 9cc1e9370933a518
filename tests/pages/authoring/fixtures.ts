import { env } from 'cloudflare:test';
import type { TestUser } from '../../helpers/actors';

/** A date field's value `days` from today (negative: in the past). */
export const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The challenge form as a clinician fills it in: every required field, two criteria; override any field. */
export function challengeFields(cluster: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    cluster,
    title: `Home monitoring after heart surgery ${crypto.randomUUID().slice(0, 6)}`,
    summary: 'Patients go home three days after valve surgery and we lose sight of them until the first visit.',
    problem_statement: 'Complications after discharge are found late, often only when the patient is readmitted.',
    indication: 'Aortic valve replacement',
    care_pathway_step: 'monitoring',
    patient_population: 'Adults discharged after cardiac surgery',
    standard_of_care: 'Outpatient visit six weeks after discharge',
    target_outcome: 'Complications found within days, at home',
    outcome_kpi: 'Readmissions within 30 days below 8 %',
    regulation: 'mdr',
    device_class: 'IIa',
    data_on_offer: 'none',
    trl_min: '4',
    trl_max: '7',
    reward_kind: 'pilot',
    deadline: dateIn(30),
    tags: 'Remote monitoring, Früherkennung',
    'criteria.0.label': 'Clinical impact',
    'criteria.0.description': 'Fewer readmissions, shown in a study.',
    'criteria.0.weight': '60',
    'criteria.1.label': 'Ease of use at home',
    'criteria.1.description': 'Patients over 75 manage it alone.',
    'criteria.1.weight': '40',
    language: 'en',
    visibility: 'public',
    ...overrides,
  };
}

/** Makes a user a member of a cluster, as an admin's office would (no API adds plain members). */
export const joinCluster = (user: TestUser, clusterId: string) =>
  env.DB.prepare("INSERT INTO cluster_memberships (cluster_id, user_id, role) VALUES (?, ?, 'member')")
    .bind(clusterId, user.id)
    .run();

/** The value a field was rendered with (inputs), or the selected option's value (selects). */
export function fieldValue(html: string, name: string): string | undefined {
  const input = html.match(new RegExp(`<input[^>]*name="${name.replace(/\./g, '\\.')}"[^>]*>`))?.[0];
  if (input) return input.match(/value="([^"]*)"/)?.[1];
  const select = html.match(new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?</select>`))?.[0];
  return select?.match(/<option value="([^"]*)"[^>]*selected/)?.[1];
}

/** The error message shown next to a field. */
export const fieldError = (html: string, name: string) =>
  html.match(new RegExp(`<p class="field-error" id="${name.replace(/\./g, '\\.')}-error">([^<]*)</p>`))?.[1];
