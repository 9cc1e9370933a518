import type { Messages } from './en';

export const it: Messages = {
  'site.name': 'Bedside',
  'site.tagline': 'I bisogni clinici incontrano chi può risolverli',
  'nav.skip': 'Vai al contenuto principale',
  'nav.main': 'Navigazione principale',
  'nav.home': 'Home',
  'nav.challenges': 'Sfide',
  'nav.api': 'API',
  'nav.language': 'Lingua',
  'footer.api_docs': 'Documentazione API',
  'footer.feed': 'Feed Atom delle sfide aperte',
  'footer.about': 'Bedside è una piattaforma di open innovation per i cluster della medicina di precisione in Europa.',
  'home.title': 'Open innovation per la medicina di precisione',
  'home.intro':
    'I clinici pubblicano bisogni clinici insoddisfatti come sfide. PMI, start-up e gruppi di ricerca propongono soluzioni. Una giuria le valuta, i moderatori dei cluster curano i bandi e tutto ciò che è pubblico è accessibile tramite la nostra API.',
  'home.how.title': 'Come funziona',
  'home.how.post':
    'Cliniche e ospedali descrivono un bisogno clinico: indicazione, fase del percorso di cura, popolazione e un obiettivo misurabile.',
  'home.how.solve':
    'I solutori inviano soluzioni. Le proposte restano riservate al titolare della sfida, alla giuria e ai moderatori.',
  'home.how.decide':
    'La giuria valuta ogni soluzione secondo criteri ponderati; il titolare sceglie i vincitori e i risultati vengono pubblicati.',
  'home.open.title': 'Sfide aperte',
  'home.open.empty': 'Al momento non ci sono sfide aperte.',
  'home.open.deadline': 'Scadenza {date}',
  'home.clusters.title': 'Cluster',
  'home.clusters.challenges': { one: '# sfida', other: '# sfide' },
  'error.not_found.title': 'Pagina non trovata',
  'error.not_found.text':
    "A questo indirizzo non c'è nulla, oppure non hai i permessi per vederlo. Controlla il link o ricomincia dalla home.",
  'error.generic.title': 'Qualcosa è andato storto',
  'error.generic.text': 'Non siamo riusciti a mostrare questa pagina. Non è colpa tua; riprova tra poco.',
  'error.request_id': "Riferimento per l'assistenza: {id}",
  'error.back_home': 'Torna alla home',
  'docs.title': 'Documentazione API',
  'docs.noscript': 'La documentazione interattiva richiede JavaScript. Il documento OpenAPI è semplice JSON:',
  'problems.title': 'Tipi di errore',
  'problems.intro': "Ogni errore dell'API è un documento di problema RFC 9457 il cui `type` rimanda qui.",
};
