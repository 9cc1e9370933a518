import type { Translated } from '../part';
import type { enPublic } from './en';

export const roPublic: Translated<typeof enPublic> = {
  'public.challenge.my_solutions': 'Aveți deja o soluție la această provocare:',
  'public.challenge.closed_on': 'Propunerile s-au închis pe',
  'public.challenge.closed': 'Propunerile s-au închis',
  'public.review.who': 'Moderatorii clusterului {cluster} o verifică, de obicei în cel mult {days} zile lucrătoare.',
  'public.results.winners': { one: 'Câștigător', few: 'Câștigători', other: 'Câștigători' },
  'public.results.shortlist': 'Lista scurtă',
  'public.results.others': 'Alte soluții',
  'public.results.explain':
    'Aici apar doar soluțiile ale căror echipe și-au făcut public rezumatul, precum și câștigătorii care au acceptat să fie numiți.',
  'public.results.score': 'Punctaj {score} din 100',
  'public.results.named_only': 'Echipa își păstrează rezumatul confidențial.',
  'public.questions.waiting': {
    one: '# întrebare așteaptă răspunsul dumneavoastră.',
    few: '# întrebări așteaptă răspunsul dumneavoastră.',
    other: '# de întrebări așteaptă răspunsul dumneavoastră.',
  },
  'public.questions.all_answered': 'Toate întrebările au primit răspuns.',
  'public.questions.hide': 'Ascundeți această întrebare',
  'public.questions.hide_confirm':
    'Ascundeți această întrebare? Dispare pentru toată lumea și nu mai poate fi afișată din nou.',
  'public.questions.hide.question': 'Ascundeți această întrebare?',
  'public.questions.hide.consequence':
    'Dispare din provocare pentru toată lumea, inclusiv pentru dumneavoastră, și nu mai poate fi afișată din nou. Ascundeți reclamele și orice nu este o întrebare despre nevoie.',
  'public.questions.hide.yes': 'Da, ascundeți întrebarea',
  'public.questions.hidden_notice': 'Întrebarea este ascunsă. Nimeni nu o mai vede.',
  'public.solution.link_invalid': 'Linkul {n} nu este o adresă web (https://…).',
  'public.solution.published_legend': 'Ce pot arăta rezultatele publice',
  'public.solution.published_intro':
    'Nimic din soluția dumneavoastră nu este public dacă nu bifați o căsuță aici; rezultatele se publică după decizie.',
  'public.solution.name_if_winner': 'Numiți-ne dacă câștigăm',
  'public.solution.name_if_winner_hint':
    'Dacă această soluție câștigă, rezultatele publice arată titlul ei și organizația dumneavoastră, chiar dacă rezumatul rămâne confidențial. Nimic altceva.',
  // Headings on the solution page: the form's labels without "(optional)".
  'public.solution.team_heading': 'Echipa',
  'public.solution.links_heading': 'Linkuri',
};
