import type { Translated } from '../part';
import type { enConversations } from './en';

export const itConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} ti ha scritto su Bedside a proposito di «{subject}».',
  'notification.kind.message_received': 'Un messaggio in una delle tue conversazioni',
  'dashboard.email_kind.message_received': 'Messaggio ricevuto',
  'email.message_received.quote': 'Il messaggio:',
  'email.message_received.reply':
    'Rispondi su Bedside: il tuo indirizzo resta privato, a meno che tu non scelga di condividerlo.',
  'conversation.field.subject': 'Oggetto',
  'conversation.field.body': 'Il tuo messaggio',
  'conversation.field.body_hint': 'Di’ chi sei e che cosa vorresti esplorare insieme. Fino a 4.000 caratteri.',
  'conversation.field.share_email': 'Condividi il mio indirizzo email in questa conversazione',
  'conversation.field.share_email_hint':
    'La vedono solo le persone di questa conversazione, nella sua pagina; Bedside non la mette mai in un’email. Puoi nasconderla di nuovo.',
  'conversation.field.reply': 'La tua risposta',
  'conversation.contact.title.organization': 'Contatta {title}',
  'conversation.contact.title.person': 'Contatta {title}',
  'conversation.contact.title.challenge': 'Contatta chi ha proposto «{title}»',
  'conversation.contact.intro.organization':
    'Bedside inoltra il tuo messaggio ai membri dell’organizzazione su Bedside. Nessuno vede il tuo indirizzo, a meno che tu non scelga di condividerlo.',
  'conversation.contact.intro.person':
    'Bedside inoltra il tuo messaggio; la risposta arriva qui. Nessuno vede il tuo indirizzo, a meno che tu non scelga di condividerlo.',
  'conversation.contact.intro.challenge':
    'Bedside inoltra il tuo messaggio a chi ha pubblicato questa sfida; la risposta arriva qui. Nessuno vede il tuo indirizzo, a meno che tu non scelga di condividerlo.',
  'conversation.contact.send': 'Invia',
  'conversation.contact.link.organization': 'Contatta questa organizzazione',
  'conversation.contact.link.person': 'Contatta',
  'conversation.contact.link.challenge': 'Contatta chi l’ha proposta',
  'conversation.confirm_first':
    'Per scrivere, conferma prima il tuo indirizzo email: apri il link che ti abbiamo inviato o chiedine uno nuovo nella tua pagina.',
  'conversation.inbox.title': 'Conversazioni',
  'conversation.inbox.intro':
    'Messaggi inoltrati da Bedside: con organizzazioni, esperti e proponenti di sfide che hai contattato o che ti hanno contattato.',
  'conversation.inbox.none':
    'Ancora nessuna conversazione. Usa «Contatta» su un’organizzazione, un esperto o una sfida per iniziarne una.',
  'conversation.inbox.unread': 'Non letta',
  'conversation.inbox.last': 'ultimo messaggio {when}',
  'conversation.inbox.more': 'Altre conversazioni',
  'conversation.inbox.back': 'Tutte le conversazioni',
  'conversation.about.organization': 'Con l’organizzazione {title}',
  'conversation.about.person': 'Con {title}',
  'conversation.about.challenge': 'Sulla sfida «{title}»',
  'conversation.closed_short': 'chiusa',
  'conversation.closed':
    'Questa conversazione è chiusa: uno dei partecipanti l’ha bloccata, quindi nessuno può più scriverci.',
  'conversation.blocked_by_you':
    'Hai bloccato questa conversazione: nessuno può più scriverci e non ne riceverai più notizie.',
  'conversation.people': 'Persone in questa conversazione',
  'conversation.messages': 'Messaggi',
  'conversation.earlier': 'Messaggi precedenti',
  'conversation.you': 'Tu',
  'conversation.reply': 'Rispondi',
  'conversation.send': 'Invia la risposta',
  'conversation.address': 'Il tuo indirizzo email',
  'conversation.address.shared': 'Gli altri partecipanti vedono il tuo indirizzo in questa pagina.',
  'conversation.address.private': 'Il tuo indirizzo è privato: gli altri ti scrivono tramite Bedside.',
  'conversation.address.share': 'Condividi qui il mio indirizzo',
  'conversation.address.hide': 'Nascondi di nuovo il mio indirizzo',
  'conversation.block': 'Blocca',
  'conversation.block.hint':
    'Bloccare chiude la conversazione per tutti i partecipanti e Bedside non ti inoltrerà più nuovi contatti degli altri. Per segnalare un abuso ai moderatori, segnalala anche.',
  'conversation.block.button': 'Blocca questa conversazione',
  'conversation.block.question': 'Bloccare questa conversazione?',
  'conversation.block.consequence': 'Nessuno potrà più scriverci e non ne riceverai più notizie. Non si può annullare.',
  'conversation.notice.sent': 'Il tuo messaggio è stato inviato.',
  'conversation.notice.shared': 'Ora gli altri partecipanti vedono qui il tuo indirizzo.',
  'conversation.notice.hidden': 'Il tuo indirizzo è di nuovo privato.',
  'conversation.notice.blocked': 'Hai bloccato questa conversazione.',
  'notification.report_filed.conversation':
    'Ti è stata segnalata una conversazione «{title}»: leggila e decidi che cosa fare.',
  'conversation.field.reason': 'Che cosa non va',
  'conversation.report': 'Segnala ai moderatori',
  'conversation.report.hint':
    'Almeno 10 caratteri. I moderatori potranno leggere questa conversazione; l’altra parte non vede la tua segnalazione.',
  'conversation.report.button': 'Segnala questa conversazione',
  'conversation.reported_by_you': 'Hai segnalato questa conversazione: i moderatori la esamineranno.',
  'conversation.moderator_reading':
    'Stai leggendo questa conversazione come moderatore perché qualcuno dei partecipanti l’ha segnalata. La tua lettura resta registrata nel registro delle attività.',
  'conversation.notice.reported': 'Grazie: i moderatori esamineranno questa conversazione.',
  'conversation.me_link': 'Le tue conversazioni: i messaggi con i partner che hai contattato o che ti hanno contattato',
};
