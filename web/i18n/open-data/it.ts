import type { Translated } from '../part';
import type { enOpenData } from './en';

export const itOpenData: Translated<typeof enOpenData> = {
  'footer.open_data': 'Dati aperti',
  'open_data.title': 'Dati aperti',
  'open_data.intro':
    'Tutto ciò che è pubblico su questo sito, in file CSV e JSON che chiunque può riutilizzare: le challenge del catalogo pubblico, i risultati pubblici delle challenge decise, i bandi pubblicati e le tappe pubbliche delle cooperazioni. Non contengono nulla di riservato: né bozze, né challenge visibili solo ai membri registrati, né cooperazioni o tappe che entrambe le parti non abbiano accettato di pubblicare, né nomi di persone.',
  'open_data.stable_ids':
    'Ogni riga ha un identificativo stabile: la stessa challenge, soluzione, bando o tappa mantiene il suo id in ogni download, così si possono confrontare file di giorni diversi. Le righe sono ordinate per id.',
  'open_data.licence.title': 'Licenza',
  'open_data.licence.text':
    'I dati sono pubblicati con licenza Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0). Potete condividerli e modificarli per qualsiasi scopo, anche commerciale, citando {operator} come fonte e indicando la licenza.',
  'open_data.licence.link': 'Leggi la licenza CC BY 4.0',
  'open_data.downloads': 'Download',
  'open_data.as_csv': '{dataset} in CSV',
  'open_data.as_json': '{dataset} in JSON',
  'open_data.columns': 'Colonne di {dataset}',
  'open_data.freshness':
    'I file vengono generati al momento del download; le copie possono avere fino a un’ora. Nel CSV gli elenchi sono separati da punti e virgola, e un testo che un foglio di calcolo potrebbe eseguire come formula inizia con un apostrofo.',
  'open_data.api': 'Per i programmi: l’elenco dei dataset, con le loro colonne, in JSON.',
  'open_data.dataset.challenges.title': 'Challenge',
  'open_data.dataset.challenges.description':
    'Ogni challenge del catalogo pubblico (aperta, in valutazione, decisa o archiviata) con il bisogno clinico, i requisiti, il premio, le date, i tag e l’organizzazione e il cluster che la propongono.',
  'open_data.dataset.results.title': 'Risultati',
  'open_data.dataset.results.description':
    'Gli esiti delle challenge decise come li mostra la loro pagina pubblica: le soluzioni i cui team hanno reso pubblico il riassunto, con punteggio e riassunto, e i vincitori che hanno accettato di essere nominati, solo con titolo e organizzazione.',
  'open_data.dataset.calls.title': 'Bandi',
  'open_data.dataset.calls.description':
    "Ogni bando pubblicato (aperto, chiuso o archiviato) con le sue date, i cluster che lo promuovono, chi può partecipare (intervallo di TRL, tipi di organizzazione, paesi, dimensioni d'impresa) e che cosa ricevono i vincitori. Una challenge che fa parte di un bando lo indica nella colonna call_id delle challenge.",
  'open_data.dataset.cooperation_milestones.title': 'Tappe delle cooperazioni',
  'open_data.dataset.cooperation_milestones.description':
    "Le tappe delle cooperazioni tra una clinica e un team vincitore, dalla lettera d'intenti e dal progetto pilota fino ai risultati dei KPI, ai passi regolatori e ai finanziamenti successivi: solo delle cooperazioni che entrambe le parti hanno accettato di pubblicare, e solo le tappe che hanno segnato come pubbliche. Gli importi sono in centesimi della loro valuta, mai convertiti.",
};
