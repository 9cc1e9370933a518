import type { Translated } from '../part';
import type { enPublic } from './en';

export const dePublic: Translated<typeof enPublic> = {
  'public.challenge.my_solutions': 'Sie haben bereits eine Lösung zu dieser Challenge:',
  'public.challenge.closed_on': 'Einreichung geschlossen am',
  'public.challenge.closed': 'Einreichung geschlossen',
  'public.review.who':
    'Die Moderatorinnen und Moderatoren von {cluster} prüfen sie, meist innerhalb von {days} Arbeitstagen.',
  'public.results.winners': { one: 'Gewinner', other: 'Gewinner' },
  'public.results.shortlist': 'Engere Wahl',
  'public.results.others': 'Weitere Lösungen',
  'public.results.explain':
    'Hier erscheinen nur Lösungen, deren Teams ihre Zusammenfassung veröffentlicht haben, und Gewinner, die genannt werden wollten.',
  'public.results.score': '{score} von 100 Punkten',
  'public.results.named_only': 'Das Team hält seine Zusammenfassung vertraulich.',
  'public.questions.waiting': {
    one: '# Frage wartet auf Ihre Antwort.',
    other: '# Fragen warten auf Ihre Antwort.',
  },
  'public.questions.all_answered': 'Alle Fragen sind beantwortet.',
  'public.questions.hide': 'Diese Frage ausblenden',
  'public.questions.hide_confirm':
    'Diese Frage ausblenden? Sie verschwindet für alle und kann nicht wieder eingeblendet werden.',
  'public.questions.hide.question': 'Diese Frage ausblenden?',
  'public.questions.hide.consequence':
    'Sie verschwindet für alle aus der Challenge, auch für Sie, und kann nicht wieder eingeblendet werden. Blenden Sie Werbung aus und alles, was keine Frage zum Bedarf ist.',
  'public.questions.hide.yes': 'Ja, Frage ausblenden',
  'public.questions.hidden_notice': 'Die Frage ist ausgeblendet. Niemand sieht sie mehr.',
  'public.solution.link_invalid': 'Link {n} ist keine Webadresse (https://…).',
  'public.solution.published_legend': 'Was die öffentlichen Ergebnisse zeigen dürfen',
  'public.solution.published_intro':
    'Von Ihrer Lösung ist nichts öffentlich, außer Sie kreuzen hier etwas an; die Ergebnisse werden nach der Entscheidung veröffentlicht.',
  'public.solution.name_if_winner': 'Uns nennen, falls wir gewinnen',
  'public.solution.name_if_winner_hint':
    'Gewinnt diese Lösung, zeigen die öffentlichen Ergebnisse ihren Titel und Ihre Organisation, auch wenn die Zusammenfassung vertraulich bleibt. Sonst nichts.',
  // Headings on the solution page: the form's labels without "(optional)".
  'public.solution.team_heading': 'Team',
  'public.solution.links_heading': 'Links',
};
