import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const roAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_claimed':
    '{claimant} declară că face parte din {organization}: confirmați sau respingeți pe pagina membrilor acesteia.',
  'notification.kind.affiliation_claimed': 'Cineva declară că face parte dintr-o organizație pentru care decideți',
  'dashboard.email_kind.affiliation_claimed': 'Afiliere declarată',
  'notification.affiliation_confirmed':
    'Afilierea dumneavoastră la {organization} este confirmată: apare acum lângă numele dumneavoastră.',
  'notification.affiliation_declined':
    'Afilierea dumneavoastră la {organization} nu a fost confirmată: apăreți fără această organizație. Dacă este o greșeală, adresați-vă administratorilor ei.',
  'notification.kind.affiliation_confirmed': 'Afilierea dumneavoastră la o organizație este confirmată',
  'notification.kind.affiliation_declined': 'Afilierea dumneavoastră la o organizație nu a fost confirmată',
  'dashboard.email_kind.affiliation_confirmed': 'Afiliere confirmată',
  'dashboard.email_kind.affiliation_declined': 'Afiliere neconfirmată',
  'affiliation.pending':
    'Afilierea dumneavoastră la {organization} așteaptă confirmarea administratorilor ei sau a unui moderator al clusterului ei. Până atunci apăreți fără această organizație.',
  'affiliation.claims_waiting': 'Cereri de afiliere la {organization} care așteaptă decizia dumneavoastră: {count}',
  'affiliation.claim': 'Lucrez aici: cer confirmarea afilierii',
  'affiliation.back_profile': 'Înapoi la profil',
  'affiliation.back_me': 'Înapoi la pagina mea',
  'affiliation.done.confirmed': 'Confirmat: persoana apare acum cu {organization}.',
  'affiliation.done.declined': 'Gata: persoana apare fără {organization}.',
  'affiliation.done.claimed':
    'Cererea dumneavoastră de afiliere la {organization} a fost trimisă. Administratorii ei sau un moderator al clusterului ei o vor confirma; vă vom anunța.',
  'affiliation.done.saved': 'Profilul organizației {organization} a fost salvat.',
  'affiliation.members.link': 'Membri și cereri',
  'affiliation.members.title': 'Membrii organizației {organization}',
  'affiliation.members.intro':
    'Persoane care spun că lucrează aici. Confirmați doar pe cine știți că lucrează aici: un membru confirmat apare cu organizația în tot ce publică și contează la verificarea conflictelor de interese. Din fiecare adresă se arată doar domeniul.',
  'affiliation.members.who': 'adresă la {domain} · din {date}',
  'affiliation.members.unconfirmed': 'adresă încă neconfirmată',
  'affiliation.members.waiting': 'Așteaptă o decizie',
  'affiliation.members.none_waiting': 'Nicio cerere nu așteaptă.',
  'affiliation.members.confirm': 'Confirmă',
  'affiliation.members.confirm_admin': 'Confirmă ca administrator',
  'affiliation.members.decline': 'Respinge',
  'affiliation.members.own_claim':
    'cererea dumneavoastră: o decide alt administrator, un moderator al clusterului sau un admin',
  'affiliation.members.confirmed': 'Membri',
  'affiliation.members.none_confirmed': 'Încă niciun membru confirmat.',
  'affiliation.members.role_admin': 'Administrator',
  'affiliation.members.role_member': 'Membru',
  'affiliation.members.remove': 'Elimină',
  'affiliation.members.declined': 'Respinse',
  'affiliation.edit.link': 'Editează profilul',
  'affiliation.edit.title': 'Profilul organizației {organization}',
  'affiliation.edit.intro':
    'Ce văd partenerii în directorul de parteneri. Cu o descriere și cel puțin o competență, și după ce organizația este verificată, profilul este listat.',
  'affiliation.edit.status_listed': 'Listat în directorul de parteneri din {date}.',
  'affiliation.edit.status_unverified':
    'Nelistat: un moderator al clusterului ei sau un administrator nu a verificat încă această organizație.',
  'affiliation.edit.status_unlisted': 'Nelistat în directorul de parteneri.',
  'affiliation.edit.description': 'Descriere',
  'affiliation.edit.description_hint': 'Ce face organizația, în câteva propoziții.',
  'affiliation.edit.website_hint': 'O adresă https://.',
  'affiliation.edit.capability_hint':
    'Teme, ca la provocări, separate prin virgule, de ex. biopsie lichidă, monitorizare la distanță.',
  'affiliation.edit.capability_error':
    '{label}: scrieți fiecare în cuvinte, separate prin virgule, de ex. biopsie lichidă, monitorizare la distanță.',
  'affiliation.edit.trl_min': 'Cel mai mic TRL la care lucrează',
  'affiliation.edit.trl_max': 'Cel mai mare TRL la care lucrează',
  'affiliation.edit.listed': 'Arată în directorul de parteneri',
  'affiliation.edit.listed_hint': 'Debifați pentru a scoate profilul din director; aici rămâne salvat.',
  'affiliation.edit.save': 'Salvează profilul',
};
