import type { Translated } from '../part';
import type { enJudging } from './en';

export const itJudging: Translated<typeof enJudging> = {
  'judging.declare.title': 'Dichiara i tuoi conflitti di interessi',
  'judging.declare.explain':
    "Per ogni soluzione: tu o la tua organizzazione avete legami finanziari, professionali o personali con il suo team, con chi l'ha inviata o con la sua organizzazione? Rispondi qui per tutte e salva una sola volta. Vedi una soluzione solo dopo aver dichiarato di non avere conflitti; in caso di conflitto non potrai vederla né valutarla.",
  'judging.declare.confidential':
    'Qui compaiono solo il titolo, il team, chi l’ha inviata e l’organizzazione, nient’altro.',
  'judging.declare.progress': 'Hai risposto per {declared} soluzioni su {total}.',
  'judging.declare.empty': 'Non ci sono ancora soluzioni su cui dichiarare.',
  'judging.declare.closed':
    'Le dichiarazioni si fanno mentre la sfida è aperta o in valutazione; queste sono le tue risposte.',
  'judging.declare.answers': 'Le tue risposte',
  'judging.declare.team': 'Team',
  'judging.declare.submitter': 'Inviata da',
  'judging.declare.no_team': 'Nessun team indicato',
  'judging.declare.not_yet': 'Non ancora risposto',
  'judging.declare.none': 'Nessun conflitto di interessi',
  'judging.declare.conflict': 'Conflitto di interessi',
  'judging.declare.add_note': 'Aggiungi una nota (facoltativa)',
  'judging.declare.note_for': 'Nota su «{title}»',
  'judging.declare.answer_for': 'La tua risposta per «{title}»',
  'judging.declare.note_without_answer':
    'Scegli una delle due risposte per questa soluzione, oppure lascia vuota la nota.',
  'judging.declare.choose_one': 'Scegli una risposta per almeno una soluzione.',
  'judging.declare.save': 'Salva le mie dichiarazioni',
  'judging.declare.page_hint': 'Fino a {size} soluzioni per pagina: salvando passi alla pagina successiva.',
  'judging.declare.saved_next': 'Le tue dichiarazioni sono salvate. Ecco le soluzioni successive.',
  'judging.declare.next': 'Soluzioni successive, senza salvare questa pagina',
  'judging.declare.first': 'Torna alle prime soluzioni',
  'judging.declare.all_link': {
    one: 'Dichiara per la # soluzione a cui non hai ancora risposto',
    other: 'Dichiara in una sola pagina per tutte le # soluzioni a cui non hai ancora risposto',
  },
  'judging.declare.one_of_many': 'Più soluzioni su cui dichiarare? Rispondi per tutte in una sola pagina.',
  'judging.declare.done': 'Le tue dichiarazioni sono state salvate.',
  'judging.declare.first_title': 'Prima dichiara eventuali conflitti di interessi',
  'judging.declare.first_explain':
    'Potrai leggere e valutare questa soluzione dopo aver dichiarato di non avere alcun conflitto di interessi.',
  'judging.declare.first_link': 'Dichiara ora',

  'judging.score.page_title': 'Valuta: {title}',
  'judging.score.read_again': 'Leggi la soluzione',
  'judging.score.what_good_looks_like': 'Com’è una buona risposta:',
  'judging.score.legend': 'La scala: 1 insufficiente, 2 mediocre, 3 sufficiente, 4 buono, 5 eccellente.',
  'judging.score.finish_later': 'Salva e completa più tardi',
  'judging.score.finish_later_hint':
    'Salvando per dopo conservi quello che hai inserito finora. Conta solo quando hai valutato ogni criterio e salvato la valutazione.',
  'judging.score.draft_notice':
    'Il {date} hai salvato una parte di questa valutazione. Non conta ancora: valuta ogni criterio e salva la valutazione per completarla.',
  'judging.score.draft_empty':
    'Prima di salvare per dopo, scegli un punteggio per almeno un criterio oppure scrivi un commento.',
  'judging.score.closed': 'La valutazione di questa soluzione è chiusa.',
  'judging.score.missing': 'Manca: valuta ogni criterio da 1 a 5.',
  'judging.score.done_draft': 'I punteggi inseriti finora sono salvati. Conteranno quando li avrai completati.',

  'judging.list.started': 'Iniziata, non completata',
  'judging.list.score': 'Valuta',
  'judging.list.continue': 'Continua la valutazione',
  'judging.list.change': 'Modifica la tua valutazione',
  'judging.list.started_count': {
    one: '# valutazione iniziata, non ancora completata.',
    other: '# valutazioni iniziate, non ancora completate.',
  },
  'judging.list.your_part': 'Il tuo compito:',

  'judging.ranking.rank': 'Posizione',
  'judging.ranking.score': 'Punteggio',
  'judging.ranking.evaluations_of': '{scored} su {jury} membri della giuria',
  'judging.ranking.fewer': 'meno delle altre',
  'judging.ranking.thin_title': 'Da verificare prima di decidere',
  'judging.ranking.thin':
    'Posizione {rank}, «{title}»: valutata da {scored} su {jury} membri della giuria; le altre da un massimo di {others}.',
  'judging.ranking.thin_conflicts': {
    one: '# membro della giuria ha dichiarato un conflitto di interessi su di essa.',
    other: '# membri della giuria hanno dichiarato un conflitto di interessi su di essa.',
  },
  'judging.ranking.means': 'Media per criterio (1–5)',
  'judging.ranking.decision': 'La tua decisione',
};
