import type { Translated } from '../part';
import type { enDeletion } from './en';

export const itDeletion: Translated<typeof enDeletion> = {
  'deletion.former_member': 'Ex membro',
  'messages.refused.account_in_use':
    'Non puoi eliminare il tuo account finché altri partecipano a qualcosa che gli appartiene.',
  'deletion.title': 'Elimina il tuo account',
  'deletion.intro':
    'L’eliminazione dell’account non si può annullare. In seguito il tuo indirizzo email torna libero: potrai usarlo per registrare un nuovo account.',
  'deletion.goes_title': 'Cosa viene eliminato',
  'deletion.goes.profile': 'Il tuo nome, indirizzo email, password, organizzazione e lingua',
  'deletion.goes.sessions': 'Tutte le sessioni: vieni disconnesso ovunque all’istante',
  'deletion.goes.notifications':
    'Le tue notifiche, le impostazioni delle notifiche, le ricerche salvate e le email a te non ancora inviate',
  'deletion.goes.endorsements': 'I tuoi sostegni e le tue adesioni ai cluster (anche come moderatore)',
  'deletion.goes.drafts':
    'Le tue sfide mai pubblicate o ritirate prima che qualcuno inviasse una soluzione, e le tue soluzioni in bozza o ritirate',
  'deletion.goes.invitations':
    'Gli inviti che hai inviato o ricevuto e non ancora accettati: vengono revocati, e il tuo nome scompare da quelli già inviati',
  'deletion.goes.scores': 'I punteggi salvati ma mai inviati',
  'deletion.stays_title': 'Cosa resta, mostrato come “Ex membro”',
  'deletion.stays.results': 'Le tue sfide e soluzioni nelle sfide decise: i loro risultati ne dipendono',
  'deletion.stays.threads': 'Le domande che hai posto e le risposte che hai dato',
  'deletion.stays.jury': 'I tuoi punteggi e le dichiarazioni di conflitto di interessi nelle sfide decise',
  'deletion.stays.trail': 'Le segnalazioni che hai fatto, gli inviti che hai inviato e il registro delle tue azioni',
  'deletion.blocked_title': 'Non ancora possibile',
  'deletion.blocked_intro':
    'Altri partecipano a cose che appartengono al tuo account. Risolvi prima questi punti, poi torna qui:',
  'deletion.blocker.open_challenge':
    'La tua sfida è aperta o in valutazione: chiedi ai moderatori del cluster di archiviarla, oppure attendi che venga decisa.',
  'deletion.blocker.solution_in_open_challenge': 'La tua soluzione è in una sfida in corso: ritirala prima.',
  'deletion.blocker.jury_seat':
    'Fai parte della giuria di questa sfida: chiedi al proprietario di toglierti dalla giuria.',
  'deletion.blocker.only_admin': 'Sei l’unico amministratore: nomina prima un altro amministratore.',
  'deletion.password': 'La tua password',
  'deletion.password_hint': 'Per essere sicuri che sia davvero tu.',
  'deletion.submit': 'Elimina definitivamente il mio account',
  'deletion.done_title': 'Il tuo account è stato eliminato',
  'deletion.done_text':
    'Tutti i dati personali sono stati eliminati e sei stato disconnesso. Ciò da cui dipendono gli altri resta, mostrato come “Ex membro”.',
  'deletion.back_home': 'Torna alla pagina iniziale',
};
