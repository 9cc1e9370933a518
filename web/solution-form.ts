import type { Solution } from '../worker/domain/solutions/solution.view';

const TEXTS = ['title', 'summary', 'approach', 'team', 'ip_status'] as const;

/** The flat solution form as the API's input: TRL to a number, one link per line, the checkbox to a boolean. */
export function solutionInput(values: Record<string, string>) {
  const input: Record<string, unknown> = {};
  for (const key of TEXTS) input[key] = values[key]?.trim() ?? '';
  if (values.trl) input.trl = Number(values.trl);
  input.links = (values.links ?? '')
    .split(/\s+/)
    .map((link) => link.trim())
    .filter(Boolean);
  input.summary_public = values.summary_public === 'on';
  if (values.version !== undefined) input.version = Number(values.version);
  return input;
}

export const newSolutionValues = (): Record<string, string> => ({ ip_status: 'none', trl: '4' });

/** Form values from a stored solution, for editing. */
export function solutionValues(s: Solution): Record<string, string> {
  const values: Record<string, string> = { trl: String(s.trl), version: String(s.version) };
  for (const key of TEXTS) values[key] = s[key];
  values.links = s.links.join('\n');
  values.summary_public = s.summary_public ? 'on' : '';
  return values;
}
