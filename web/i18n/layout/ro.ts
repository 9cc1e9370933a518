import type { Translated } from '../part';
import type { enLayout } from './en';

export const roLayout: Translated<typeof enLayout> = {
  'layout.table.scroll_hint': 'Derulați lateral pentru a vedea toate coloanele.',
  'layout.filters.summary': 'Filtre',
  'layout.filters.set': { one: '# filtru setat', few: '# filtre setate', other: '# de filtre setate' },
  'layout.footer.legal': 'Informații juridice',
  'legal.privacy.title': 'Politica de confidențialitate',
  'legal.terms.title': 'Termeni de utilizare',
  'legal.imprint.title': 'Informații legale',
  'legal.operator.title': 'Cine administrează acest site',
  'legal.operator.name': 'Operator',
  'legal.operator.address': 'Adresă poștală',
  'legal.operator.contact': 'Contact',
  'legal.operator.privacy_contact': 'Contact pentru protecția datelor',
  'legal.register.terms_link': 'termenii de utilizare',
  'legal.register.privacy_link': 'Politica de confidențialitate',
  'legal.register.consent':
    'Prin crearea unui cont acceptați {terms}. {privacy} explică ce date stochează Bedside despre dumneavoastră, de ce și cât timp.',
};
