import type { Translated } from '../part';
import type { enPublic } from './en';

export const itPublic: Translated<typeof enPublic> = {
  'public.challenge.my_solutions': 'Hai già una soluzione per questa sfida:',
  'public.challenge.closed_on': 'Candidature chiuse il',
  'public.challenge.closed': 'Candidature chiuse',
  'public.review.who': 'La esaminano i moderatori di {cluster}, di solito entro {days} giorni lavorativi.',
  'public.results.winners': { one: 'Vincitore', other: 'Vincitori' },
  'public.results.shortlist': 'Rosa dei finalisti',
  'public.results.others': 'Altre soluzioni',
  'public.results.explain':
    'Qui compaiono solo le soluzioni i cui team hanno reso pubblico il riepilogo, e i vincitori che hanno accettato di essere nominati.',
  'public.results.score': 'Punteggio {score} su 100',
  'public.results.named_only': 'Il team mantiene riservato il riepilogo.',
  'public.questions.waiting': {
    one: '# domanda attende la tua risposta.',
    other: '# domande attendono la tua risposta.',
  },
  'public.questions.all_answered': 'Tutte le domande hanno una risposta.',
  'public.questions.hide': 'Nascondi questa domanda',
  'public.questions.hide_confirm': 'Nascondere questa domanda? Scompare per tutti e non può essere ripristinata.',
  'public.questions.hide.question': 'Nascondere questa domanda?',
  'public.questions.hide.consequence':
    'Scompare dalla sfida per tutti, anche per te, e non può essere ripristinata. Nascondi le proposte commerciali e tutto ciò che non è una domanda sul bisogno.',
  'public.questions.hide.yes': 'Sì, nascondi la domanda',
  'public.questions.hidden_notice': 'La domanda è nascosta. Nessuno la vede più.',
  'public.solution.link_invalid': 'Il link {n} non è un indirizzo web (https://…).',
  'public.solution.published_legend': 'Che cosa possono mostrare i risultati pubblici',
  'public.solution.published_intro':
    'Nulla della tua soluzione è pubblico se non selezioni una casella qui; i risultati vengono pubblicati dopo la decisione.',
  'public.solution.name_if_winner': 'Nominateci se vinciamo',
  'public.solution.name_if_winner_hint':
    'Se questa soluzione vince, i risultati pubblici ne mostrano il titolo e la tua organizzazione, anche se il riepilogo resta riservato. Nient’altro.',
  // Headings on the solution page: the form's labels without "(optional)".
  'public.solution.team_heading': 'Team',
  'public.solution.links_heading': 'Link',
};
