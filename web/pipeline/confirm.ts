import type { Translator } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { Confirmation } from '../pages/confirm-step';

/** The steps asked about before they are taken, each with its question, consequence and button. */
export type ConfirmedStep =
  | 'start_evaluation'
  | 'approve'
  | 'reject'
  | 'withdraw'
  | 'archive'
  | 'withdraw_solution'
  | 'decide'
  | 'advance'
  | 'remove_juror'
  | 'hide'
  | 'remove_member'
  | 'leave_team'
  | 'hand_over'
  | 'delete_attachment'
  | 'revoke_api_key';

/** The "are you sure" of `step` in the page's language (`confirm_step.<step>.*`), leading back to `back`. */
export function confirmation(
  tr: Translator,
  step: ConfirmedStep,
  vars: Record<string, string>,
  back: string,
): Confirmation {
  const say = (part: 'question' | 'consequence' | 'yes') => tr.t(`confirm_step.${step}.${part}` as MessageKey, vars);
  return { question: say('question'), consequence: say('consequence'), yes: say('yes'), back };
}
