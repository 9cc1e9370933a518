import type { Translated } from '../part';
import type { enQuality } from './en';

export const deQuality: Translated<typeof enQuality> = {
  'quality.form.min_evaluations': 'Mindestzahl der Jurymitglieder, die eine Lösung bewerten, bevor sie gewinnen kann',
  'quality.form.min_evaluations_hint':
    'Von 1 bis 20. Eine Lösung, die weniger Jurymitglieder bewertet haben, kann nur mit einer Begründung gewinnen.',
  'quality.method.title': 'Methode der Rangliste',
  'quality.method.weighted': 'Gewichteter Mittelwert',
  'quality.method.normalised': 'Je Jurymitglied normalisiert',
  'quality.method.weighted_note':
    'Gereiht nach dem gewichteten Mittelwert der Bewertungen der Jury je Kriterium, auf einer Skala von 0 bis 100.',
  'quality.method.normalised_note':
    'Gereiht nach je Jurymitglied normalisierten Bewertungen: Die Bewertungen jedes Jurymitglieds werden zuerst standardisiert, sodass ein strenges und ein mildes Jurymitglied gleich viel zählen. Wer weniger als 2 Bewertungen oder allen Lösungen dieselbe gegeben hat, zählt als Durchschnitt.',
  'quality.normalised': 'Normalisiert',
  'quality.other_rank': 'Nach der anderen Methode: Platz {rank}',
  'quality.disagree':
    'Die beiden Methoden unterscheiden sich auf den ersten {places} Plätzen. Sehen Sie sich an, wie die einzelnen Jurymitglieder bewertet haben, bevor Sie entscheiden.',
  'quality.under_minimum': 'Von weniger als {min} Jurymitgliedern bewertet',
  'quality.override.label': 'Warum „{title}“ mit weniger als {min} Bewertungen gewinnen darf',
  'quality.override.generic': 'Begründung für einen Gewinner mit weniger Bewertungen',
  'quality.override.hint':
    'Nur nötig, wenn Sie die Lösung als Gewinner wählen: 10 bis 1000 Zeichen, sie werden mit der Entscheidung gespeichert.',
  'quality.override.shown': 'Mit weniger Bewertungen als dem Minimum als Gewinner gewählt. Die Begründung: {note}',
  'quality.agreement.title': 'Übereinstimmung der Jury',
  'quality.agreement.explain':
    'Krippendorffs Alpha (Intervallskala): 1 ist volle Übereinstimmung, 0 nicht besser als Zufall. Anders als ICC oder Kendalls W berücksichtigt es Jurymitglieder, die befangen waren oder nicht jede Lösung bewertet haben. Nach Krippendorff gilt: ab 0,8 gut, 0,667 bis 0,8 erlaubt nur vorläufige Schlüsse, darunter ist die Übereinstimmung gering.',
  'quality.agreement.criterion': 'Kriterium',
  'quality.agreement.alpha': 'Alpha',
  'quality.agreement.reading': 'Einordnung',
  'quality.agreement.overall': 'Gesamt (alle Bewertungen der Kriterien zusammen)',
  'quality.reading.good': 'Gute Übereinstimmung',
  'quality.reading.tentative': 'Vorläufig: Schlüsse mit Vorsicht ziehen',
  'quality.reading.low': 'Geringe Übereinstimmung',
  'quality.reading.none': 'Noch keine Streuung zu messen',
  'quality.disputed.title': 'Vor der Entscheidung besprechen',
  'quality.disputed.explain':
    'Die Lösungen, bei denen die Jury am stärksten uneins ist: Die Bewertungen streuen um 20 Punkte oder mehr oder liegen bei einem Kriterium 3 Punkte auseinander.',
  'quality.disputed.item': 'Streuung von {spread} Punkten bei {evaluations} Jurymitgliedern',
  'quality.disputed.criteria': 'weit auseinander bei: {criteria}',
  'quality.disputed.none': 'Bei keiner Lösung ist die Jury stark uneins.',
  'quality.error.minimum':
    'Ein Gewinner, den weniger Jurymitglieder bewertet haben, als diese Challenge verlangt, braucht eine Begründung, warum er trotzdem gewinnen darf: Schreiben Sie sie unter diese Lösung oder warten Sie auf weitere Bewertungen.',
  'quality.error.override_note':
    'Schreiben Sie die Begründung für einen Gewinner mit weniger Bewertungen in 10 bis 1000 Zeichen.',
};
