import type { Translated } from '../part';
import type { enBlind } from './en';

export const deBlind: Translated<typeof enBlind> = {
  'blind.form.label': 'Anonyme Begutachtung: Die Jury sieht nicht, wer eine Lösung eingereicht hat',
  'blind.form.hint':
    'Jurymitglieder sehen weder Einreichende noch Team, Organisation oder Links; Sie und die Moderation sehen weiterhin alles. Legen Sie es vor der Freigabe fest: Lösungsanbieter schreiben in diesem Wissen.',
  'blind.badge': 'Anonyme Begutachtung',
  'blind.challenge_note':
    'Diese Challenge wird anonym begutachtet: Die Jury sieht nicht, wer eine Lösung eingereicht hat, und auch nicht Team, Organisation oder Links.',
  'blind.solver_notice':
    'Diese Challenge wird anonym begutachtet. Nennen Sie weder sich noch Ihr Team oder Ihre Organisation in Titel, Zusammenfassung oder Ansatz, und lassen Sie Links weg, die das verraten würden: Die Jury bewertet die Arbeit, nicht die Person.',
  'blind.withheld': 'Für die Jury verborgen (anonyme Begutachtung)',
  'blind.juror_notice':
    'Anonyme Begutachtung: Wer hinter dieser Lösung steht, wird Ihnen nicht gezeigt. Melden Sie einen Interessenkonflikt, wenn Sie die Arbeit wiedererkennen.',
};
