import type { Messages } from './en';

export const ro: Messages = {
  'site.name': 'Bedside',
  'site.tagline': 'Nevoile clinice îi întâlnesc pe cei care le pot rezolva',
  'nav.skip': 'Salt la conținutul principal',
  'nav.main': 'Navigare principală',
  'nav.home': 'Acasă',
  'nav.challenges': 'Provocări',
  'nav.api': 'API',
  'nav.language': 'Limba',
  'footer.api_docs': 'Documentația API',
  'footer.feed': 'Flux Atom al provocărilor deschise',
  'footer.about': 'Bedside este o platformă de inovare deschisă pentru clusterele de medicină de precizie din Europa.',
  'home.title': 'Inovare deschisă pentru medicina de precizie',
  'home.intro':
    'Clinicienii publică nevoi clinice nesatisfăcute sub formă de provocări. IMM-urile, start-up-urile și grupurile de cercetare propun soluții. Un juriu le evaluează, moderatorii clusterelor coordonează apelurile, iar tot ce este public poate fi folosit prin API-ul nostru.',
  'home.how.title': 'Cum funcționează',
  'home.how.post':
    'Clinicile și spitalele descriu o nevoie clinică: indicația, etapa din traseul de îngrijire, populația și o țintă măsurabilă.',
  'home.how.solve':
    'Rezolvitorii trimit soluții. Propunerile rămân confidențiale pentru titularul provocării, juriu și moderatori.',
  'home.how.decide':
    'Juriul punctează fiecare soluție după criterii ponderate; titularul desemnează câștigătorii, iar rezultatele sunt publicate.',
  'home.open.title': 'Provocări deschise',
  'home.open.empty': 'Momentan nu există provocări deschise.',
  'home.open.deadline': 'Termen-limită {date}',
  'home.clusters.title': 'Clustere',
  'home.clusters.challenges': { one: '# provocare', few: '# provocări', other: '# de provocări' },
  'error.not_found.title': 'Pagina nu a fost găsită',
  'error.not_found.text':
    'La această adresă nu există nimic sau nu aveți acces. Verificați linkul sau reveniți la pagina principală.',
  'error.generic.title': 'Ceva nu a funcționat',
  'error.generic.text':
    'Nu am putut afișa această pagină. Nu este vina dumneavoastră; încercați din nou în câteva momente.',
  'error.request_id': 'Referință pentru asistență: {id}',
  'error.back_home': 'Înapoi la pagina principală',
  'docs.title': 'Documentația API',
  'docs.noscript': 'Documentația interactivă necesită JavaScript. Documentul OpenAPI este JSON simplu:',
  'problems.title': 'Tipuri de erori',
  'problems.intro': 'Fiecare eroare a API-ului este un document de problemă RFC 9457 al cărui `type` trimite aici.',
};
