import type { Translated } from '../part';
import type { enOpenData } from './en';

export const itOpenData: Translated<typeof enOpenData> = {
  'footer.open_data': 'Dati aperti',
  'open_data.title': 'Dati aperti',
  'open_data.intro':
    'Tutto ciò che è pubblico su questo sito, in file CSV e JSON che chiunque può riutilizzare: le challenge del catalogo pubblico e i risultati pubblici delle challenge decise. Non contengono nulla di riservato: né bozze, né challenge visibili solo ai membri registrati, né nomi di persone.',
  'open_data.stable_ids':
    'Ogni riga ha un identificativo stabile: la stessa challenge o soluzione mantiene il suo id in ogni download, così si possono confrontare file di giorni diversi. Le righe sono ordinate per id.',
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
};
