import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const itAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_claimed':
    '{claimant} dichiara di far parte di {organization}: conferma o rifiuta nella pagina dei suoi membri.',
  'notification.kind.affiliation_claimed': 'Qualcuno dichiara di far parte di un’organizzazione per cui decidi tu',
  'dashboard.email_kind.affiliation_claimed': 'Appartenenza dichiarata',
  'notification.affiliation_confirmed':
    'La tua appartenenza a {organization} è confermata: ora compare accanto al tuo nome.',
  'notification.affiliation_declined':
    'La tua appartenenza a {organization} non è stata confermata: compari senza questa organizzazione. Se è un errore, rivolgiti ai suoi amministratori.',
  'notification.kind.affiliation_confirmed': 'La tua appartenenza a un’organizzazione è confermata',
  'notification.kind.affiliation_declined': 'La tua appartenenza a un’organizzazione non è stata confermata',
  'dashboard.email_kind.affiliation_confirmed': 'Appartenenza confermata',
  'dashboard.email_kind.affiliation_declined': 'Appartenenza non confermata',
  'affiliation.pending':
    'La tua appartenenza a {organization} attende la conferma dei suoi amministratori o di un moderatore del suo cluster. Fino ad allora compari senza questa organizzazione.',
  'affiliation.claims_waiting': 'Richieste di appartenenza a {organization} in attesa della tua decisione: {count}',
  'affiliation.claim': 'Lavoro qui: chiedi la conferma dell’appartenenza',
  'affiliation.back_profile': 'Torna al profilo',
  'affiliation.back_me': 'Torna alla mia pagina',
  'affiliation.done.confirmed': 'Confermato: la persona ora compare con {organization}.',
  'affiliation.done.declined': 'Fatto: la persona compare senza {organization}.',
  'affiliation.done.claimed':
    'La tua richiesta di appartenenza a {organization} è stata inviata. I suoi amministratori o un moderatore del suo cluster la confermeranno; ti avviseremo.',
  'affiliation.done.saved': 'Il profilo di {organization} è salvato.',
  'affiliation.members.link': 'Membri e richieste',
  'affiliation.members.title': 'Membri di {organization}',
  'affiliation.members.intro':
    'Persone che dicono di lavorare qui. Conferma solo chi sai che ci lavora: un membro confermato compare con l’organizzazione in tutto ciò che pubblica e conta nei controlli sui conflitti di interesse. Di ogni indirizzo si mostra solo il dominio.',
  'affiliation.members.who': 'indirizzo su {domain} · dal {date}',
  'affiliation.members.unconfirmed': 'indirizzo non ancora confermato',
  'affiliation.members.waiting': 'In attesa di una decisione',
  'affiliation.members.none_waiting': 'Nessuna richiesta in attesa.',
  'affiliation.members.confirm': 'Conferma',
  'affiliation.members.confirm_admin': 'Conferma come amministratore',
  'affiliation.members.decline': 'Rifiuta',
  'affiliation.members.own_claim':
    'la tua richiesta: la decide un altro amministratore, un moderatore del cluster o un admin',
  'affiliation.members.confirmed': 'Membri',
  'affiliation.members.none_confirmed': 'Ancora nessun membro confermato.',
  'affiliation.members.role_admin': 'Amministratore',
  'affiliation.members.role_member': 'Membro',
  'affiliation.members.remove': 'Rimuovi',
  'affiliation.members.declined': 'Rifiutate',
  'affiliation.edit.link': 'Modifica il profilo',
  'affiliation.edit.title': 'Profilo di {organization}',
  'affiliation.edit.intro':
    'Ciò che i partner vedono nell’elenco dei partner. Con una descrizione e almeno una competenza, e una volta verificata l’organizzazione, il profilo viene elencato.',
  'affiliation.edit.status_listed': 'Nell’elenco dei partner dal {date}.',
  'affiliation.edit.status_unverified':
    'Non elencato: un moderatore del suo cluster o un amministratore non ha ancora verificato questa organizzazione.',
  'affiliation.edit.status_unlisted': 'Non presente nell’elenco dei partner.',
  'affiliation.edit.description': 'Descrizione',
  'affiliation.edit.description_hint': 'Che cosa fa l’organizzazione, in poche frasi.',
  'affiliation.edit.website_hint': 'Un indirizzo https://.',
  'affiliation.edit.capability_hint':
    'Temi, come nelle sfide, separati da virgole, ad es. biopsia liquida, monitoraggio remoto.',
  'affiliation.edit.capability_error':
    '{label}: scrivi ciascuna a parole, separate da virgole, ad es. biopsia liquida, monitoraggio remoto.',
  'affiliation.edit.trl_min': 'TRL più basso a cui lavora',
  'affiliation.edit.trl_max': 'TRL più alto a cui lavora',
  'affiliation.edit.listed': 'Mostra nell’elenco dei partner',
  'affiliation.edit.listed_hint': 'Togli la spunta per togliere il profilo dall’elenco; qui resta salvato.',
  'affiliation.edit.save': 'Salva il profilo',
};
