import type { Translated } from '../part';
import type { enAdvance } from './en';

export const deAdvance: Translated<typeof enAdvance> = {
  'notification.stage_advanced':
    'Ihre Lösung „{solution_title}“ steht auf der Auswahlliste von „{title}“: Ergänzen Sie, was Stufe {next_stage} verlangt, und reichen Sie sie bis {deadline} ein.',
  'notification.stage_not_advanced':
    'Ihre Lösung „{solution_title}“ ist nicht in die nächste Stufe von „{title}“ gekommen. Danke für Ihre Teilnahme.',
  'notification.stage_not_advanced_feedback':
    'Ihre Lösung „{solution_title}“ ist nicht in die nächste Stufe von „{title}“ gekommen. Die Rückmeldung der Jury finden Sie auf der Seite Ihrer Lösung.',
  'notification.kind.stage_advanced': 'Ihre Lösung ist in die nächste Stufe einer Challenge gekommen',
  'notification.kind.stage_not_advanced': 'Ihre Lösung ist nicht in die nächste Stufe einer Challenge gekommen',
  'dashboard.email_kind.stage_advanced': 'Für die nächste Stufe ausgewählt',
  'dashboard.email_kind.stage_not_advanced': 'Nicht in die nächste Stufe gekommen',
  'messages.refused.stage_incomplete': 'Füllen Sie zuerst aus, was diese Stufe verlangt.',
  'messages.refused.not_in_stage': 'Eine der genannten Lösungen ist nicht in dieser Stufe.',
};
