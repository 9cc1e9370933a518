import type { CHALLENGE_STATUSES, SOLUTION_STATUSES } from '../../worker/db/enums';
import type { Translator } from '../i18n';

type Status = (typeof CHALLENGE_STATUSES)[number] | (typeof SOLUTION_STATUSES)[number];

/** A state as a word, never colour alone. */
export function StatusBadge({ tr, status }: { tr: Translator; status: Status }) {
  return <span class={`badge badge-${status}`}>{tr.t(`status.${status}`)}</span>;
}
