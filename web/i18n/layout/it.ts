import type { Translated } from '../part';
import type { enLayout } from './en';

export const itLayout: Translated<typeof enLayout> = {
  'layout.table.scroll_hint': 'Scorri lateralmente per vedere tutte le colonne.',
  'layout.filters.summary': 'Filtri',
  'layout.filters.set': { one: '# filtro impostato', other: '# filtri impostati' },
  'layout.footer.legal': 'Informazioni legali',
  'legal.privacy.title': 'Informativa sulla privacy',
  'legal.terms.title': 'Condizioni d’uso',
  'legal.imprint.title': 'Note legali',
  'legal.operator.title': 'Chi gestisce questo sito',
  'legal.operator.name': 'Gestore',
  'legal.operator.address': 'Indirizzo postale',
  'legal.operator.contact': 'Contatto',
  'legal.operator.privacy_contact': 'Contatto per la protezione dei dati',
  'legal.register.terms_link': 'condizioni d’uso',
  'legal.register.privacy_link': 'informativa sulla privacy',
  'legal.register.consent':
    'Creando un account accetti le {terms}. L’{privacy} spiega quali dati Bedside conserva su di te, perché e per quanto tempo.',
};
