import type { Translated } from '../part';
import type { enApiKeys } from './en';

export const roApiKeys: Translated<typeof enApiKeys> = {
  'api_keys.me_link': 'Chei API',
  'api_keys.title': 'Chei API',
  'api_keys.intro':
    'O cheie API permite unui program (un portal al clusterului, un script, o foaie de calcul) să folosească API-ul Bedside în numele dumneavoastră, fără parola dumneavoastră. Nu are niciodată mai multe drepturi decât aveți când este folosită și doar ce permit domeniile ei. O cheie nu poate deschide pagini și nu poate gestiona chei.',
  'api_keys.docs': 'Cum se folosește API-ul',
  'api_keys.quota':
    'Fiecare cheie poate face {minute} cereri pe minut și {day} pe zi. Puteți avea cel mult {max} chei.',
  'api_keys.list': 'Cheile dumneavoastră',
  'api_keys.none': 'Nu aveți chei API.',
  'api_keys.prefix': 'Începe cu',
  'api_keys.scopes': 'Domenii',
  'api_keys.cluster': 'Doar clusterul',
  'api_keys.created': 'Creată',
  'api_keys.last_used': 'Folosită ultima dată',
  'api_keys.never_used': 'Nefolosită încă',
  'api_keys.expires': 'Expiră',
  'api_keys.no_expiry': 'Nu expiră',
  'api_keys.open': 'Utilizare și revocare',
  'api_keys.open_named': 'Utilizarea și revocarea cheii {name}',
  'api_keys.create_title': 'Creați o cheie',
  'api_keys.field.name': 'Nume',
  'api_keys.field.name_hint':
    'La ce folosește cheia, de exemplu „Sincronizare portal cluster”. Doar dumneavoastră îl vedeți.',
  'api_keys.field.scopes': 'Ce poate face cheia',
  'api_keys.field.scopes_hint':
    'Alegeți doar ce îi trebuie programului. Cheia nu poate face niciodată mai mult decât aveți voie dumneavoastră.',
  'api_keys.field.expires_at': 'Expiră la (opțional)',
  'api_keys.field.expires_at_hint':
    'Cheia nu mai funcționează după sfârșitul acestei zile (UTC). Lăsați gol pentru o cheie care nu expiră.',
  'api_keys.field.cluster': 'Doar pentru un cluster (opțional)',
  'api_keys.field.cluster_hint':
    'Cheia moderează doar acest cluster. Lăsați gol pentru toate clusterele pe care le moderați.',
  'api_keys.field.any_cluster': 'Toate clusterele pe care le moderez',
  'api_keys.create': 'Creați cheia',
  'api_keys.confirm_first':
    'Confirmați-vă adresa de e-mail înainte de a crea o cheie API: o cheie acționează în numele dumneavoastră.',
  'api_keys.confirm_link': 'Trimiteți linkul de confirmare de pe pagina dumneavoastră',
  'api_keys.full': 'Aveți deja {max} chei API: revocați una pe care nu o mai folosiți înainte de a crea alta.',
  'api_keys.error.no_scope': 'Bifați cel puțin o căsuță la „{label}”: o cheie trebuie să poată face ceva.',
  'api_keys.error.cluster':
    'Nu moderați acest cluster. Alegeți unul dintre ale dumneavoastră sau lăsați gol câmpul „{label}”.',
  'api_keys.scope.challenges:read':
    'Citirea provocărilor, apelurilor, clusterelor, atașamentelor, fluxurilor și datelor deschise, în măsura în care le puteți vedea.',
  'api_keys.scope.challenges:write':
    'Publicarea și editarea provocărilor, apelurilor și atașamentelor, întrebări și răspunsuri, susținerea provocărilor.',
  'api_keys.scope.solutions:read': 'Citirea soluțiilor pe care le puteți vedea, cu echipele lor.',
  'api_keys.scope.solutions:write':
    'Depunerea, editarea și retragerea soluțiilor dumneavoastră și gestionarea echipelor lor.',
  'api_keys.scope.evaluation:read':
    'Citirea juriilor, etapelor, clasamentelor și rapoartelor de evaluare pe care le puteți vedea.',
  'api_keys.scope.evaluation:write':
    'Evaluarea soluțiilor, declararea conflictelor de interese, gestionarea juriilor și etapelor, decizia.',
  'api_keys.scope.network:read':
    'Citirea organizațiilor, persoanelor, cooperărilor, evenimentelor, întâlnirilor, conversațiilor și partenerilor sugerați.',
  'api_keys.scope.network:write':
    'Modificarea organizațiilor și cooperărilor pe care le puteți modifica, înscrierea la evenimente, stabilirea întâlnirilor, scrierea în conversații.',
  'api_keys.scope.impact:read': 'Citirea cifrelor de impact ale clusterelor și ale rețelei.',
  'api_keys.scope.moderation:read':
    'Citirea cozii de moderare, a semnalărilor, a jurnalului de audit și a invitațiilor pe care le puteți vedea.',
  'api_keys.scope.moderation:write':
    'Moderarea: examinarea provocărilor, tratarea semnalărilor, invitarea și numirea, în măsura în care aveți voie.',
  'api_keys.scope.account:read':
    'Citirea contului, notificărilor, preferințelor, căutărilor salvate și profilului dumneavoastră.',
  'api_keys.scope.account:write':
    'Modificarea preferințelor de notificare, a căutărilor salvate și a profilului dumneavoastră.',
  'api_keys.scope.webhooks:manage': 'Crearea, modificarea și ștergerea webhookurilor dumneavoastră.',
  'api_keys.created_title': 'Noua dumneavoastră cheie API',
  'api_keys.secret': 'Secretul cheii',
  'api_keys.secret_warning':
    'Copiați-l acum: nu va mai fi afișat. Bedside păstrează doar o amprentă a lui, așa că nimeni nu vi-l poate arăta mai târziu. Dacă îl pierdeți, revocați cheia și creați alta.',
  'api_keys.secret_use': 'Trimiteți-l cu fiecare cerere în acest antet și păstrați-l ca pe o parolă:',
  'api_keys.back': 'Înapoi la cheile dumneavoastră API',
  'api_keys.usage_title': 'Cereri pe zi',
  'api_keys.usage_intro': 'Ultimele {days} zile (UTC), cele mai recente întâi; zilele fără cereri lipsesc.',
  'api_keys.usage_none': 'Nicio cerere în ultimele {days} zile.',
  'api_keys.usage_caption': 'Cereri pe zi cu {name}',
  'api_keys.day': 'Ziua',
  'api_keys.requests': 'Cereri',
  'api_keys.revoke_title': 'Revocarea cheii',
  'api_keys.revoke_intro':
    'O cheie revocată este refuzată de la următoarea cerere; programele care o folosesc nu mai funcționează.',
  'api_keys.revoke': 'Revocați cheia',
  'api_keys.done.revoked': 'Cheia este revocată.',
  'confirm_step.revoke_api_key.question': 'Revocați cheia API „{name}”?',
  'confirm_step.revoke_api_key.consequence':
    'Orice program care o folosește este refuzat de la următoarea cerere. O cheie revocată nu mai poate fi readusă; puteți crea una nouă.',
  'confirm_step.revoke_api_key.yes': 'Da, revocați cheia',
};
