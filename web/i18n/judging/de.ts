import type { Translated } from '../part';
import type { enJudging } from './en';

export const deJudging: Translated<typeof enJudging> = {
  'judging.declare.title': 'Interessenkonflikte erklären',
  'judging.declare.explain':
    'Für jede Lösung: Haben Sie oder Ihre Organisation eine finanzielle, berufliche oder persönliche Verbindung zu ihrem Team, zu der Person, die sie eingereicht hat, oder zu deren Organisation? Beantworten Sie das hier für alle und speichern Sie einmal. Eine Lösung sehen Sie erst, wenn Sie keinen Interessenkonflikt erklärt haben; mit einem Interessenkonflikt werden Sie sie weder sehen noch bewerten.',
  'judging.declare.confidential':
    'Hier stehen nur Titel, Team, wer eingereicht hat und die Organisation, sonst nichts.',
  'judging.declare.progress': 'Sie haben für {declared} von {total} Lösungen geantwortet.',
  'judging.declare.empty': 'Es gibt noch keine Lösungen, zu denen Sie etwas erklären könnten.',
  'judging.declare.closed':
    'Erklärungen sind möglich, solange die Challenge offen ist oder bewertet wird; dies sind Ihre Antworten.',
  'judging.declare.answers': 'Ihre Antworten',
  'judging.declare.team': 'Team',
  'judging.declare.submitter': 'Eingereicht von',
  'judging.declare.no_team': 'Kein Team angegeben',
  'judging.declare.not_yet': 'Noch nicht beantwortet',
  'judging.declare.none': 'Kein Interessenkonflikt',
  'judging.declare.conflict': 'Interessenkonflikt',
  'judging.declare.add_note': 'Hinweis hinzufügen (optional)',
  'judging.declare.note_for': 'Hinweis zu „{title}“',
  'judging.declare.answer_for': 'Ihre Antwort zu „{title}“',
  'judging.declare.note_without_answer':
    'Wählen Sie eine der beiden Antworten für diese Lösung oder lassen Sie den Hinweis leer.',
  'judging.declare.choose_one': 'Wählen Sie für mindestens eine Lösung eine Antwort.',
  'judging.declare.save': 'Meine Erklärungen speichern',
  'judging.declare.page_hint': 'Bis zu {size} Lösungen pro Seite: Beim Speichern gelangen Sie zur nächsten Seite.',
  'judging.declare.saved_next': 'Ihre Erklärungen sind gespeichert. Hier sind die nächsten Lösungen.',
  'judging.declare.next': 'Nächste Lösungen, ohne diese Seite zu speichern',
  'judging.declare.first': 'Zurück zu den ersten Lösungen',
  'judging.declare.all_link': {
    one: 'Für die # noch offene Lösung erklären',
    other: 'Für alle # noch offenen Lösungen auf einer Seite erklären',
  },
  'judging.declare.one_of_many': 'Mehrere Lösungen? Erklären Sie sich zu allen auf einer Seite.',
  'judging.declare.done': 'Ihre Erklärungen sind gespeichert.',
  'judging.declare.first_title': 'Zuerst Interessenkonflikt erklären',
  'judging.declare.first_explain':
    'Sie können diese Lösung lesen und bewerten, sobald Sie erklärt haben, dass Sie keinen Interessenkonflikt mit ihr haben.',
  'judging.declare.first_link': 'Jetzt erklären',

  'judging.score.page_title': 'Bewerten: {title}',
  'judging.score.read_again': 'Lösung lesen',
  'judging.score.what_good_looks_like': 'So sieht eine gute Antwort aus:',
  'judging.score.legend': 'Die Skala: 1 schlecht, 2 schwach, 3 befriedigend, 4 gut, 5 ausgezeichnet.',
  'judging.score.finish_later': 'Speichern und später abschließen',
  'judging.score.finish_later_hint':
    'Zwischenspeichern bewahrt, was Sie bisher eingegeben haben. Es zählt erst, wenn Sie jedes Kriterium bewertet und die Bewertung gespeichert haben.',
  'judging.score.draft_notice':
    'Sie haben am {date} einen Teil dieser Bewertung gespeichert. Er zählt noch nicht: Bewerten Sie jedes Kriterium und speichern Sie die Bewertung, um abzuschließen.',
  'judging.score.draft_empty':
    'Wählen Sie für mindestens ein Kriterium eine Bewertung oder schreiben Sie einen Kommentar, bevor Sie zwischenspeichern.',
  'judging.score.closed': 'Für diese Lösung ist die Bewertung geschlossen.',
  'judging.score.missing': 'Fehlt: Bewerten Sie jedes Kriterium von 1 bis 5.',
  'judging.score.done_draft': 'Ihre bisherigen Bewertungen sind gespeichert. Sie zählen, sobald Sie sie abschließen.',

  'judging.list.started': 'Begonnen, nicht abgeschlossen',
  'judging.list.score': 'Bewerten',
  'judging.list.continue': 'Bewertung fortsetzen',
  'judging.list.change': 'Bewertung ändern',
  'judging.list.started_count': {
    one: '# Bewertung begonnen, noch nicht abgeschlossen.',
    other: '# Bewertungen begonnen, noch nicht abgeschlossen.',
  },
  'judging.list.your_part': 'Ihre Aufgabe:',

  'judging.ranking.rank': 'Rang',
  'judging.ranking.score': 'Punktzahl',
  'judging.ranking.evaluations_of': '{scored} von {jury} Jurymitgliedern',
  'judging.ranking.fewer': 'weniger als die anderen',
  'judging.ranking.thin_title': 'Vor der Entscheidung prüfen',
  'judging.ranking.thin':
    'Rang {rank}, „{title}“: von {scored} der {jury} Jurymitglieder bewertet; die anderen Lösungen haben bis zu {others} Bewertungen.',
  'judging.ranking.thin_conflicts': {
    one: '# Jurymitglied hat dazu einen Interessenkonflikt erklärt.',
    other: '# Jurymitglieder haben dazu einen Interessenkonflikt erklärt.',
  },
  'judging.ranking.means': 'Mittelwert je Kriterium (1–5)',
  'judging.ranking.decision': 'Ihre Entscheidung',
};
