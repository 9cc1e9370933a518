import type { Translated } from '../part';
import type { enDeletion } from './en';

export const roDeletion: Translated<typeof enDeletion> = {
  'deletion.former_member': 'Fost membru',
  'messages.refused.account_in_use':
    'Contul nu poate fi șters cât timp alții participă la ceva ce ține de contul dumneavoastră.',
  'deletion.title': 'Ștergeți-vă contul',
  'deletion.intro':
    'Ștergerea contului nu poate fi anulată. După aceea adresa de e-mail devine din nou liberă: vă puteți înregistra cu ea ca un cont nou.',
  'deletion.goes_title': 'Ce se șterge',
  'deletion.goes.profile': 'Numele, adresa de e-mail, parola, organizația și limba dumneavoastră',
  'deletion.goes.sessions': 'Toate sesiunile: sunteți deconectat peste tot imediat',
  'deletion.goes.notifications':
    'Notificările, setările de notificare, căutările salvate și e-mailurile către dumneavoastră încă netrimise',
  'deletion.goes.endorsements': 'Susținerile și calitatea de membru în clustere (inclusiv ca moderator)',
  'deletion.goes.drafts':
    'Provocările dumneavoastră nepublicate niciodată sau retrase înainte ca cineva să trimită ceva, precum și soluțiile în ciornă sau retrase',
  'deletion.goes.invitations':
    'Invitațiile trimise sau primite de dumneavoastră care nu au fost încă acceptate: sunt revocate, iar numele dumneavoastră dispare din cele deja trimise',
  'deletion.goes.scores': 'Punctajele salvate, dar netrimise',
  'deletion.stays_title': 'Ce rămâne, afișat ca „Fost membru”',
  'deletion.stays.results': 'Provocările și soluțiile dumneavoastră din provocările decise: rezultatele depind de ele',
  'deletion.stays.threads': 'Întrebările puse și răspunsurile date',
  'deletion.stays.jury': 'Punctajele și declarațiile de conflict de interese din provocările decise',
  'deletion.stays.trail': 'Raportările făcute, invitațiile trimise și jurnalul de audit al acțiunilor dumneavoastră',
  'deletion.blocked_title': 'Încă nu este posibil',
  'deletion.blocked_intro':
    'Alții participă la lucruri care țin de contul dumneavoastră. Rezolvați mai întâi aceste puncte, apoi reveniți:',
  'deletion.blocker.open_challenge':
    'Provocarea dumneavoastră este deschisă sau în evaluare: cereți moderatorilor clusterului să o arhiveze sau așteptați până este decisă.',
  'deletion.blocker.solution_in_open_challenge':
    'Soluția dumneavoastră face parte dintr-o provocare în desfășurare: retrageți-o mai întâi.',
  'deletion.blocker.jury_seat':
    'Faceți parte din juriul acestei provocări: cereți proprietarului să vă scoată din juriu.',
  'deletion.blocker.only_admin': 'Sunteți singurul administrator: numiți mai întâi pe altcineva administrator.',
  'deletion.password': 'Parola dumneavoastră',
  'deletion.password_hint': 'Ca să ne asigurăm că sunteți chiar dumneavoastră.',
  'deletion.submit': 'Șterge-mi contul definitiv',
  'deletion.done_title': 'Contul dumneavoastră a fost șters',
  'deletion.done_text':
    'Toate datele personale au fost șterse și ați fost deconectat. Ce este necesar altora rămâne, afișat ca „Fost membru”.',
  'deletion.back_home': 'Înapoi la pagina principală',
};
