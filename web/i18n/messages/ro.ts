import type { Translated } from '../part';
import type { enMessages } from './en';

// Romanian plurals: one (1), few (0, 2–19, 101–119 …), other (20 and more: „de”).
export const roMessages: Translated<typeof enMessages> = {
  'messages.required': 'Completați „{label}”.',
  'messages.choose': 'Alegeți una dintre opțiuni pentru „{label}”.',
  'messages.too_short': {
    one: '„{label}” trebuie să aibă cel puțin # caracter.',
    few: '„{label}” trebuie să aibă cel puțin # caractere.',
    other: '„{label}” trebuie să aibă cel puțin # de caractere.',
  },
  'messages.too_long': {
    one: '„{label}” poate avea cel mult # caracter.',
    few: '„{label}” poate avea cel mult # caractere.',
    other: '„{label}” poate avea cel mult # de caractere.',
  },
  'messages.too_few': {
    one: 'Adăugați cel puțin o intrare la „{label}”.',
    few: 'Adăugați cel puțin # intrări la „{label}”.',
    other: 'Adăugați cel puțin # de intrări la „{label}”.',
  },
  'messages.too_many': {
    one: '„{label}” poate avea o singură intrare.',
    few: '„{label}” poate avea cel mult # intrări.',
    other: '„{label}” poate avea cel mult # de intrări.',
  },
  'messages.number': '„{label}” trebuie să fie un număr.',
  'messages.whole_number': '„{label}” trebuie să fie un număr întreg.',
  'messages.between': '„{label}” trebuie să fie între {min} și {max}.',
  'messages.at_least': '„{label}” trebuie să fie cel puțin {min}.',
  'messages.at_most': '„{label}” poate fi cel mult {max}.',
  'messages.email': 'Introduceți la „{label}” o adresă de e-mail de forma nume@clinica.example.',
  'messages.url': '„{label}” nu este o adresă web (https://…).',
  'messages.date': 'Alegeți o zi pentru „{label}” sau scrieți-o ca 2027-03-31.',
  'messages.format': 'Scrieți „{label}” ca în exemplul de lângă câmp.',
  'messages.check': 'Verificați „{label}”: așa nu poate fi salvat.',
  'messages.form_outdated':
    'Acest formular a trimis ceva ce pagina nu cunoaște. Reîncărcați pagina și încercați din nou.',
  'messages.this_field': 'Acest câmp',
  'messages.entry': '{label}, intrarea {n}',
  'messages.link_n': 'Linkul {n}',
  'messages.tag_n': 'Eticheta {n}',
  'messages.country': 'Scrieți „{label}” ca un cod din două litere, de ex. DE, IT sau RO.',
  'messages.icd10': 'Scrieți „{label}” ca un cod ICD-10, de ex. E11.9, sau lăsați câmpul gol.',
  'messages.tag':
    '„{label}” nu este o etichetă: folosiți cuvinte cu litere mici unite prin cratimă, de ex. multi-omics.',
  'messages.criterion_key':
    '„{label}” trebuie să aibă între 2 și 40 de litere mici, cifre sau liniuțe de subliniere și să înceapă cu o literă.',
  'messages.criterion_key_twice': '„{label}” apare de două ori: dați fiecărui criteriu un cod propriu.',
  'messages.trl_order': '„{label}” nu poate fi mai mic decât „{other}”.',
  'messages.after_deadline': 'Alegeți pentru „{label}” o zi de după termenul de depunere.',
  'messages.date_future': 'Alegeți pentru „{label}” o dată de după ziua de azi.',
  'messages.time_zone': 'Alegeți „{label}” din listă, de ex. Europe/Bucharest.',
  'messages.channel': 'Alegeți pentru „{label}” una dintre căile oferite.',
  'messages.score': 'Alegeți pentru „{label}” un punctaj de la 1 la 5.',
  'messages.not_criterion': '„{label}” nu este un criteriu al acestei provocări: reîncărcați pagina.',
  'messages.named_twice': 'O soluție este aleasă de două ori: dați fiecărei soluții un singur rezultat.',
  'messages.not_submitted': 'O soluție aleasă nu mai este în competiție: reîncărcați pagina și decideți din nou.',
  'messages.link':
    'Acest link nu a fost trimis de Bedside sau a fost tăiat. Copiați linkul întreg din e-mail sau cereți unul nou.',
  'messages.invitation_link':
    'Acest link de invitație nu a fost trimis de Bedside sau a fost tăiat. Copiați linkul întreg din e-mail sau rugați persoana care v-a invitat să îl trimită din nou.',
  'messages.search_letters': '„{label}” trebuie să conțină cel puțin o literă sau o cifră.',
  'messages.relevance': 'Sortarea după relevanță are nevoie de cuvinte de căutat.',
  'messages.cursor': 'Această listă s-a schimbat între timp: începeți din nou de la prima pagină.',
  'messages.slug_taken': '„{label}” este deja folosit: alegeți altceva.',
  'messages.wrong_password': '„{label}” nu se potrivește. Nu s-a schimbat nimic.',
  'messages.same_email': 'Aceasta este deja adresa dumneavoastră: introduceți alta la „{label}”.',
  'messages.email_taken':
    'Un cont folosește deja această adresă: autentificați-vă sau resetați parola de pe pagina de autentificare.',
  'messages.always_emailed': '„{label}” sosește întotdeauna prin e-mail: e-mailul conține linkul de acceptare.',
  'messages.sign_in_failed':
    'Adresa de e-mail sau parola este greșită. Verificați-le pe amândouă și încercați din nou; după {max} încercări eșuate, autentificarea se oprește 15 minute.',
  'messages.rate_limited': {
    one: 'Prea multe încercări. Încercați din nou peste # minut.',
    few: 'Prea multe încercări. Încercați din nou peste # minute.',
    other: 'Prea multe încercări. Încercați din nou peste # de minute.',
  },
  'messages.stale':
    'Cineva a modificat acest conținut în timp ce îl editați. Ce ați scris este încă aici: verificați și salvați din nou.',
  'messages.refused.invalid_state': 'Acest lucru nu este posibil acum.',
  'messages.refused.duplicate': 'Există deja.',
  'messages.refused.forbidden': 'Nu aveți voie să faceți acest lucru.',
  'messages.refused.not_found': 'Nu mai există sau nu îl puteți vedea.',
  'messages.refused.validation_failed': 'Ceva din formular nu este în regulă.',
  'messages.refused.unauthorized': 'Autentificați-vă din nou, apoi încercați încă o dată.',
  'messages.refused.unavailable': 'Nu este disponibil momentan. Încercați din nou peste câteva minute.',
  'messages.refused.rate_limited': 'Prea multe încercări. Încercați din nou mai târziu.',
  'messages.refused.stale_version': 'Cineva a modificat acest conținut în timp ce îl editați.',
  'messages.refused.deadline_passed': 'Termenul pentru soluții a expirat.',
  'messages.refused.malformed_request': 'Cererea nu a putut fi citită. Trimiteți formularul din nou.',
  'messages.refused.payload_too_large': 'Fișierul este prea mare.',
  'messages.refused.unsupported_media_type': 'Acest tip de fișier nu poate fi atașat.',
  'messages.reason_in_english': 'Motivul, în engleză:',
};
