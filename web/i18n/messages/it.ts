import type { Translated } from '../part';
import type { enMessages } from './en';

export const itMessages: Translated<typeof enMessages> = {
  'messages.required': 'Compila «{label}».',
  'messages.choose': 'Scegli una delle opzioni per «{label}».',
  'messages.too_short': {
    one: '«{label}» deve avere almeno # carattere.',
    other: '«{label}» deve avere almeno # caratteri.',
  },
  'messages.too_long': {
    one: '«{label}» può avere al massimo # carattere.',
    other: '«{label}» può avere al massimo # caratteri.',
  },
  'messages.too_few': { one: 'Aggiungi almeno una voce a «{label}».', other: 'Aggiungi almeno # voci a «{label}».' },
  'messages.too_many': { one: '«{label}» può avere una sola voce.', other: '«{label}» può avere al massimo # voci.' },
  'messages.number': '«{label}» deve essere un numero.',
  'messages.whole_number': '«{label}» deve essere un numero intero.',
  'messages.between': '«{label}» deve essere tra {min} e {max}.',
  'messages.at_least': '«{label}» deve essere almeno {min}.',
  'messages.at_most': '«{label}» può essere al massimo {max}.',
  'messages.email': 'Inserisci in «{label}» un indirizzo email come nome@clinica.example.',
  'messages.url': '«{label}» non è un indirizzo web (https://…).',
  'messages.date': 'Scegli un giorno per «{label}», oppure scrivilo come 2027-03-31.',
  'messages.format': "Scrivi «{label}» come nell'esempio accanto.",
  'messages.check': 'Controlla «{label}»: così non si può salvare.',
  'messages.form_outdated':
    'Questo modulo ha inviato qualcosa che la pagina non conosce. Ricarica la pagina e riprova.',
  'messages.this_field': 'Questo campo',
  'messages.entry': '{label}, voce {n}',
  'messages.link_n': 'Link {n}',
  'messages.tag_n': 'Tag {n}',
  'messages.country': 'Scrivi «{label}» come codice di due lettere, ad es. DE, IT o RO.',
  'messages.icd10': 'Scrivi «{label}» come codice ICD-10, ad es. E11.9, oppure lascia il campo vuoto.',
  'messages.tag': '«{label}» non è un tag: usa parole minuscole unite da trattini, ad es. multi-omics.',
  'messages.criterion_key':
    '«{label}» deve avere da 2 a 40 lettere minuscole, cifre o trattini bassi e cominciare con una lettera.',
  'messages.criterion_key_twice': '«{label}» compare due volte: dai a ogni criterio un codice diverso.',
  'messages.trl_order': '«{label}» non può essere inferiore a «{other}».',
  'messages.after_deadline': 'Scegli per «{label}» un giorno successivo alla scadenza per le proposte.',
  'messages.date_future': 'Scegli per «{label}» una data successiva a oggi.',
  'messages.time_zone': "Scegli «{label}» dall'elenco, ad es. Europe/Rome.",
  'messages.channel': 'Scegli per «{label}» uno dei modi offerti.',
  'messages.score': 'Scegli per «{label}» un punteggio da 1 a 5.',
  'messages.not_criterion': '«{label}» non è un criterio di questa sfida: ricarica la pagina.',
  'messages.named_twice': 'Una soluzione è scelta due volte: dai a ogni soluzione un solo esito.',
  'messages.not_submitted': 'Una soluzione che hai scelto non è più in gara: ricarica la pagina e decidi di nuovo.',
  'messages.link':
    "Questo link non è stato inviato da Bedside, oppure è stato tagliato. Copia il link completo dall'email, oppure chiedine uno nuovo.",
  'messages.invitation_link':
    "Questo link di invito non è stato inviato da Bedside, oppure è stato tagliato. Copia il link completo dall'email, oppure chiedi a chi ti ha invitato di inviarlo di nuovo.",
  'messages.search_letters': '«{label}» deve contenere almeno una lettera o una cifra.',
  'messages.relevance': 'Per ordinare per pertinenza servono parole da cercare.',
  'messages.cursor': 'Questo elenco è cambiato nel frattempo: ricomincia dalla prima pagina.',
  'messages.slug_taken': '«{label}» è già in uso: scegline un altro.',
  'messages.wrong_password': '«{label}» non corrisponde. Non è stato cambiato nulla.',
  'messages.same_email': 'Questo è già il tuo indirizzo: inserisci un indirizzo diverso in «{label}».',
  'messages.email_taken':
    'Un account usa già questo indirizzo: accedi, oppure reimposta la password dalla pagina di accesso.',
  'messages.always_emailed': "«{label}» arriva sempre per email: l'email contiene il link per accettare.",
  'messages.sign_in_failed':
    "L'indirizzo email o la password non sono corretti. Controlla entrambi e riprova; dopo {max} tentativi falliti l'accesso si ferma per 15 minuti.",
  'messages.rate_limited': {
    one: 'Troppi tentativi. Riprova tra # minuto.',
    other: 'Troppi tentativi. Riprova tra # minuti.',
  },
  'messages.stale':
    'Qualcuno ha cambiato questo contenuto mentre lo stavi modificando. Quello che hai scritto è ancora qui: controllalo e salva di nuovo.',
  'messages.refused.invalid_state': 'Non è possibile in questo momento.',
  'messages.refused.duplicate': 'Esiste già.',
  'messages.refused.forbidden': 'Non hai il permesso di farlo.',
  'messages.refused.not_found': 'Non esiste più, oppure non puoi vederlo.',
  'messages.refused.validation_failed': 'Qualcosa nel modulo non va.',
  'messages.refused.unauthorized': 'Accedi di nuovo, poi riprova.',
  'messages.refused.unavailable': 'Non è disponibile in questo momento. Riprova tra qualche minuto.',
  'messages.refused.rate_limited': 'Troppi tentativi. Riprova più tardi.',
  'messages.refused.stale_version': 'Qualcuno ha cambiato questo contenuto mentre lo stavi modificando.',
  'messages.reason_in_english': 'Il motivo, in inglese:',
};
