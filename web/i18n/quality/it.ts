import type { Translated } from '../part';
import type { enQuality } from './en';

export const itQuality: Translated<typeof enQuality> = {
  'quality.form.min_evaluations': 'Numero minimo di giurati che valutano una soluzione prima che possa vincere',
  'quality.form.min_evaluations_hint':
    'Da 1 a 20. Una soluzione valutata da meno giurati può vincere solo con una nota che ne spieghi il motivo.',
  'quality.method.title': 'Metodo di classifica',
  'quality.method.weighted': 'Media ponderata',
  'quality.method.normalised': 'Normalizzata per giurato',
  'quality.method.weighted_note':
    'Classifica per media ponderata dei punteggi della giuria su ciascun criterio, su una scala da 0 a 100.',
  'quality.method.normalised_note':
    'Classifica per punteggi normalizzati per giurato: i punteggi di ogni giurato vengono prima standardizzati, così un giurato severo e uno indulgente pesano allo stesso modo. Un giurato con meno di 2 punteggi, o con lo stesso punteggio per tutte le soluzioni, conta come nella media.',
  'quality.normalised': 'Normalizzato',
  'quality.other_rank': "Con l'altro metodo: posizione {rank}",
  'quality.disagree':
    'I due metodi differiscono nelle prime {places} posizioni. Guardate come ha valutato ciascun giurato prima di decidere.',
  'quality.under_minimum': 'Valutata da meno di {min} giurati',
  'quality.override.label': 'Perché «{title}» può vincere con meno di {min} valutazioni',
  'quality.override.generic': 'Nota per una vincitrice con meno valutazioni',
  'quality.override.hint': 'Serve solo se la nominate vincitrice: da 10 a 1000 caratteri, conservati con la decisione.',
  'quality.override.shown': 'Nominata vincitrice con meno valutazioni del minimo. La nota: {note}',
  'quality.agreement.title': 'Accordo tra i giurati',
  'quality.agreement.explain':
    "Alfa di Krippendorff (scala a intervalli): 1 è accordo pieno, 0 non è meglio del caso. A differenza di ICC o della W di Kendall, tiene conto dei giurati che si sono astenuti o non hanno valutato ogni soluzione. Secondo la convenzione di Krippendorff: da 0,8 in su è buono, da 0,667 a 0,8 consente solo conclusioni provvisorie, sotto l'accordo è basso.",
  'quality.agreement.criterion': 'Criterio',
  'quality.agreement.alpha': 'Alfa',
  'quality.agreement.reading': 'Lettura',
  'quality.agreement.overall': 'Complessivo (tutti i punteggi dei criteri insieme)',
  'quality.reading.good': 'Buon accordo',
  'quality.reading.tentative': 'Provvisorio: trarre conclusioni con cautela',
  'quality.reading.low': 'Accordo basso',
  'quality.reading.none': 'Ancora nessuna variazione da misurare',
  'quality.disputed.title': 'Da discutere prima di decidere',
  'quality.disputed.explain':
    'Le soluzioni su cui i giurati sono più in disaccordo: i punteggi variano di 20 punti o più, o distano 3 punti su un criterio.',
  'quality.disputed.item': 'dispersione di {spread} punti su {evaluations} giurati',
  'quality.disputed.criteria': 'molto distanti su: {criteria}',
  'quality.disputed.none': 'Non c’è nessuna soluzione su cui i giurati siano in forte disaccordo.',
  'quality.error.minimum':
    'Una vincitrice valutata da meno giurati di quanti ne chieda questa sfida ha bisogno di una nota che spieghi perché può vincere comunque: scrivetela sotto quella soluzione, o attendete altre valutazioni.',
  'quality.error.override_note': 'Scrivete la nota per una vincitrice con meno valutazioni in 10–1000 caratteri.',
};
