// The layout messages in English, the source language (see web/i18n/part.ts): wide tables, the
// catalogue's folding filters, the footer's legal links and the legal pages around their texts
// (the texts themselves are in web/legal/, for each deployment's operator to edit).
export const enLayout = {
  'layout.table.scroll_hint': 'Scroll sideways to see every column.',
  'layout.filters.summary': 'Filters',
  'layout.filters.set': { one: '# filter set', other: '# filters set' },
  'layout.footer.legal': 'Legal',
  'legal.privacy.title': 'Privacy notice',
  'legal.terms.title': 'Terms of use',
  'legal.imprint.title': 'Imprint',
  'legal.operator.title': 'Who runs this site',
  'legal.operator.name': 'Operator',
  'legal.operator.address': 'Postal address',
  'legal.operator.contact': 'Contact',
  'legal.operator.privacy_contact': 'Data-protection contact',
  'legal.register.terms_link': 'terms of use',
  'legal.register.privacy_link': 'privacy notice',
  'legal.register.consent':
    'By creating an account you accept the {terms}. The {privacy} says what Bedside stores about you, why, and for how long.',
} as const;
