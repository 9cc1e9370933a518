import type { Translated } from '../part';
import type { enLayout } from './en';

export const deLayout: Translated<typeof enLayout> = {
  'layout.table.scroll_hint': 'Seitlich scrollen, um alle Spalten zu sehen.',
  'layout.filters.summary': 'Filter',
  'layout.filters.set': { one: '# Filter gesetzt', other: '# Filter gesetzt' },
  'layout.footer.legal': 'Rechtliches',
  'legal.privacy.title': 'Datenschutzerklärung',
  'legal.terms.title': 'Nutzungsbedingungen',
  'legal.imprint.title': 'Impressum',
  'legal.operator.title': 'Wer diese Website betreibt',
  'legal.operator.name': 'Betreiber',
  'legal.operator.address': 'Postanschrift',
  'legal.operator.contact': 'Kontakt',
  'legal.operator.privacy_contact': 'Kontakt für Datenschutz',
  'legal.register.terms_link': 'Nutzungsbedingungen',
  'legal.register.privacy_link': 'Datenschutzerklärung',
  'legal.register.consent':
    'Mit dem Anlegen eines Kontos akzeptieren Sie die {terms}. Die {privacy} erklärt, was Bedside über Sie speichert, warum und wie lange.',
};
