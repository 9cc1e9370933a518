import type { Translated } from '../part';
import type { enConversations } from './en';

export const roConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} v-a scris pe Bedside despre „{subject}”.',
  'notification.kind.message_received': 'Un mesaj într-una dintre conversațiile dumneavoastră',
  'dashboard.email_kind.message_received': 'Mesaj primit',
  'email.message_received.quote': 'Mesajul:',
  'email.message_received.reply':
    'Răspundeți în Bedside: adresa dumneavoastră rămâne privată dacă nu alegeți să o împărtășiți.',
  'conversation.field.subject': 'Subiect',
  'conversation.field.body': 'Mesajul dumneavoastră',
  'conversation.field.body_hint':
    'Spuneți cine sunteți și ce ați dori să explorați împreună. Până la 4.000 de caractere.',
  'conversation.field.share_email': 'Împărtășește adresa mea de e-mail în această conversație',
  'conversation.field.share_email_hint':
    'O văd doar persoanele din această conversație, pe pagina ei; Bedside nu o pune niciodată într-un e-mail. O puteți ascunde din nou.',
  'conversation.field.reply': 'Răspunsul dumneavoastră',
  'conversation.contact.title.organization': 'Contactați {title}',
  'conversation.contact.title.person': 'Contactați: {title}',
  'conversation.contact.title.challenge': 'Contactați autorul provocării „{title}”',
  'conversation.contact.intro.organization':
    'Bedside transmite mesajul dumneavoastră membrilor organizației de pe Bedside. Nimeni nu vă vede adresa decât dacă alegeți să o împărtășiți.',
  'conversation.contact.intro.person':
    'Bedside transmite mesajul dumneavoastră; răspunsul vine aici. Nimeni nu vă vede adresa decât dacă alegeți să o împărtășiți.',
  'conversation.contact.intro.challenge':
    'Bedside transmite mesajul dumneavoastră persoanei care a publicat această provocare; răspunsul vine aici. Nimeni nu vă vede adresa decât dacă alegeți să o împărtășiți.',
  'conversation.contact.send': 'Trimiteți',
  'conversation.contact.link.organization': 'Contactați această organizație',
  'conversation.contact.link.person': 'Contactați',
  'conversation.contact.link.challenge': 'Contactați autorul',
  'conversation.confirm_first':
    'Pentru a scrie, confirmați mai întâi adresa de e-mail: deschideți linkul primit sau cereți unul nou pe pagina dumneavoastră.',
  'conversation.inbox.title': 'Conversații',
  'conversation.inbox.intro':
    'Mesaje transmise prin Bedside: cu organizații, experți și autori de provocări pe care i-ați contactat sau care v-au contactat.',
  'conversation.inbox.none':
    'Încă nicio conversație. Folosiți „Contactați” la o organizație, un expert sau o provocare pentru a începe una.',
  'conversation.inbox.unread': 'Necitită',
  'conversation.inbox.last': 'ultimul mesaj {when}',
  'conversation.inbox.more': 'Mai multe conversații',
  'conversation.inbox.back': 'Toate conversațiile',
  'conversation.about.organization': 'Cu organizația {title}',
  'conversation.about.person': 'Cu {title}',
  'conversation.about.challenge': 'Despre provocarea „{title}”',
  'conversation.closed_short': 'închisă',
  'conversation.closed':
    'Această conversație este închisă: unul dintre participanți a blocat-o, așa că nimeni nu mai poate scrie în ea.',
  'conversation.blocked_by_you':
    'Ați blocat această conversație: nimeni nu mai poate scrie în ea și nu mai primiți nimic din ea.',
  'conversation.people': 'Persoane din această conversație',
  'conversation.messages': 'Mesaje',
  'conversation.earlier': 'Mesaje anterioare',
  'conversation.you': 'Dumneavoastră',
  'conversation.reply': 'Răspundeți',
  'conversation.send': 'Trimiteți răspunsul',
  'conversation.address': 'Adresa dumneavoastră de e-mail',
  'conversation.address.shared': 'Ceilalți participanți vă văd adresa pe această pagină.',
  'conversation.address.private': 'Adresa dumneavoastră este privată: ceilalți vă scriu prin Bedside.',
  'conversation.address.share': 'Împărtășește aici adresa mea',
  'conversation.address.hide': 'Ascunde din nou adresa mea',
  'conversation.block': 'Blocați',
  'conversation.block.hint':
    'Blocarea închide conversația pentru toți participanții, iar Bedside nu vă mai transmite nicio nouă solicitare de contact de la ceilalți. Pentru a anunța moderatorii despre un abuz, raportați-o și pe aceasta.',
  'conversation.block.button': 'Blocați această conversație',
  'conversation.block.question': 'Blocați această conversație?',
  'conversation.block.consequence':
    'Nimeni nu va mai putea scrie în ea și nu veți mai primi nimic din ea. Acțiunea nu poate fi anulată.',
  'conversation.notice.sent': 'Mesajul dumneavoastră a fost trimis.',
  'conversation.notice.shared': 'Acum ceilalți participanți vă văd adresa aici.',
  'conversation.notice.hidden': 'Adresa dumneavoastră este din nou privată.',
  'conversation.notice.blocked': 'Ați blocat această conversație.',
  'notification.report_filed.conversation':
    'V-a fost raportată o conversație „{title}”: citiți-o și decideți ce este de făcut.',
  'conversation.field.reason': 'Ce nu este în regulă',
  'conversation.report': 'Raportați moderatorilor',
  'conversation.report.hint':
    'Cel puțin 10 caractere. Moderatorii vor putea citi această conversație; cealaltă parte nu vede raportul dumneavoastră.',
  'conversation.report.button': 'Raportați această conversație',
  'conversation.reported_by_you': 'Ați raportat această conversație: moderatorii o vor examina.',
  'conversation.moderator_reading':
    'Citiți această conversație ca moderator pentru că unul dintre participanți a raportat-o. Citirea dumneavoastră este înregistrată în jurnalul de audit.',
  'conversation.notice.reported': 'Mulțumim: moderatorii vor examina această conversație.',
  'conversation.me_link':
    'Conversațiile dumneavoastră: mesajele cu partenerii pe care i-ați contactat sau care v-au contactat',
};
