import type { Translated } from '../part';
import type { enJudging } from './en';

export const roJudging: Translated<typeof enJudging> = {
  'judging.declare.title': 'Declarați conflictele de interese',
  'judging.declare.explain':
    'Pentru fiecare soluție: dumneavoastră sau organizația dumneavoastră aveți vreo legătură financiară, profesională sau personală cu echipa ei, cu persoana care a trimis-o sau cu organizația acesteia? Răspundeți aici pentru toate și salvați o singură dată. Vedeți o soluție numai după ce declarați că nu aveți conflict de interese; dacă aveți un conflict, nu o veți vedea și nu o veți puncta.',
  'judging.declare.confidential': 'Aici apar numai titlul, echipa, cine a trimis-o și organizația, nimic altceva.',
  'judging.declare.progress': 'Ați răspuns pentru {declared} din {total} soluții.',
  'judging.declare.empty': 'Încă nu există soluții pentru care să faceți o declarație.',
  'judging.declare.closed':
    'Declarațiile se fac cât timp provocarea este deschisă sau în evaluare; acestea sunt răspunsurile dumneavoastră.',
  'judging.declare.answers': 'Răspunsurile dumneavoastră',
  'judging.declare.team': 'Echipa',
  'judging.declare.submitter': 'Trimisă de',
  'judging.declare.no_team': 'Nicio echipă indicată',
  'judging.declare.not_yet': 'Fără răspuns deocamdată',
  'judging.declare.none': 'Niciun conflict de interese',
  'judging.declare.conflict': 'Conflict de interese',
  'judging.declare.add_note': 'Adăugați o notă (opțional)',
  'judging.declare.note_for': 'Notă despre „{title}”',
  'judging.declare.answer_for': 'Răspunsul dumneavoastră pentru „{title}”',
  'judging.declare.note_without_answer':
    'Alegeți unul dintre cele două răspunsuri pentru această soluție sau lăsați nota goală.',
  'judging.declare.choose_one': 'Alegeți un răspuns pentru cel puțin o soluție.',
  'judging.declare.save': 'Salvați declarațiile',
  'judging.declare.page_hint': 'Până la {size} soluții pe pagină: după salvare treceți la pagina următoare.',
  'judging.declare.saved_next': 'Declarațiile dumneavoastră au fost salvate. Iată soluțiile următoare.',
  'judging.declare.next': 'Soluțiile următoare, fără a salva această pagină',
  'judging.declare.first': 'Înapoi la primele soluții',
  'judging.declare.all_link': {
    one: 'Declarați pentru # soluție la care nu ați răspuns încă',
    few: 'Declarați pe o singură pagină pentru toate cele # soluții la care nu ați răspuns încă',
    other: 'Declarați pe o singură pagină pentru toate cele # de soluții la care nu ați răspuns încă',
  },
  'judging.declare.one_of_many': 'Aveți mai multe soluții de declarat? Răspundeți pentru toate pe o singură pagină.',
  'judging.declare.done': 'Declarațiile dumneavoastră au fost salvate.',
  'judging.declare.first_title': 'Completați întâi declarația privind conflictul de interese',
  'judging.declare.first_explain':
    'Puteți citi și puncta această soluție după ce declarați că nu aveți niciun conflict de interese cu ea.',
  'judging.declare.first_link': 'Declarați acum',

  'judging.score.page_title': 'Punctare: {title}',
  'judging.score.read_again': 'Citiți soluția',
  'judging.score.what_good_looks_like': 'Cum arată un răspuns bun:',
  'judging.score.legend': 'Scala: 1 foarte slab, 2 slab, 3 acceptabil, 4 bun, 5 excelent.',
  'judging.score.finish_later': 'Salvați și terminați mai târziu',
  'judging.score.finish_later_hint':
    'Salvarea pentru mai târziu păstrează ce ați completat până acum. Contează numai după ce ați punctat fiecare criteriu și ați salvat punctajul.',
  'judging.score.draft_notice':
    'Pe {date} ați salvat o parte din acest punctaj. Încă nu contează: punctați fiecare criteriu și salvați punctajul pentru a-l încheia.',
  'judging.score.draft_empty':
    'Alegeți o notă pentru cel puțin un criteriu sau scrieți un comentariu înainte de a salva pentru mai târziu.',
  'judging.score.closed': 'Punctarea acestei soluții s-a încheiat.',
  'judging.score.missing': 'Lipsește: punctați fiecare criteriu de la 1 la 5.',
  'judging.score.done_draft': 'Notele de până acum au fost salvate. Vor conta după ce le terminați.',

  'judging.list.started': 'Începută, neterminată',
  'judging.list.score': 'Punctați',
  'judging.list.continue': 'Continuați punctarea',
  'judging.list.change': 'Modificați punctajul',
  'judging.list.started_count': {
    one: '# punctaj început, încă neterminat.',
    few: '# punctaje începute, încă neterminate.',
    other: '# de punctaje începute, încă neterminate.',
  },
  'judging.list.your_part': 'Sarcina dumneavoastră:',

  'judging.ranking.rank': 'Locul',
  'judging.ranking.score': 'Punctaj',
  'judging.ranking.evaluations_of': '{scored} din {jury} membri ai juriului',
  'judging.ranking.fewer': 'mai puține decât celelalte',
  'judging.ranking.thin_title': 'De verificat înainte de decizie',
  'judging.ranking.thin':
    'Locul {rank}, „{title}”: punctată de {scored} din {jury} membri ai juriului; celelalte au până la {others}.',
  'judging.ranking.thin_conflicts': {
    one: '# membru al juriului a declarat un conflict de interese față de ea.',
    few: '# membri ai juriului au declarat un conflict de interese față de ea.',
    other: '# de membri ai juriului au declarat un conflict de interese față de ea.',
  },
  'judging.ranking.means': 'Media pe criteriu (1–5)',
  'judging.ranking.decision': 'Decizia dumneavoastră',
};
