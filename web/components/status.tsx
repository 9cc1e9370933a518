import type { Translator } from '../i18n';

type Status =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'open'
  | 'evaluation'
  | 'decided'
  | 'rejected'
  | 'withdrawn'
  | 'archived'
  | 'submitted'
  | 'shortlisted'
  | 'winner'
  | 'not_selected';

/** A state as a word, never colour alone. */
export function StatusBadge({ tr, status }: { tr: Translator; status: Status }) {
  return <span class={`badge badge-${status}`}>{tr.t(`status.${status}`)}</span>;
}
