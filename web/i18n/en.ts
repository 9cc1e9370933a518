// English is the source language: every key here must exist in de, it and ro (the compiler checks).
export const en = {
  'site.name': 'Bedside',
  'site.tagline': 'Clinical needs meet the people who can solve them',
  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.challenges': 'Challenges',
  'nav.api': 'API',
  'nav.language': 'Language',
  'footer.api_docs': 'API documentation',
  'footer.feed': 'Atom feed of open challenges',
  'footer.about': 'Bedside is an open-innovation platform for precision-medicine clusters in Europe.',
  'home.title': 'Open innovation for precision medicine',
  'home.intro':
    'Clinicians post unmet clinical needs as challenges. SMEs, start-ups and research groups propose solutions. A jury scores them, cluster moderators curate the calls, and everything public is open to build on through our API.',
  'home.how.title': 'How it works',
  'home.how.post':
    'Clinics and hospitals describe a clinical need: indication, care-pathway step, population and a measurable target.',
  'home.how.solve':
    'Solvers submit solutions. Submissions stay confidential to the challenge owner, the jury and the moderators.',
  'home.how.decide':
    'The jury scores every solution against weighted criteria; the owner names the winners and results are published.',
  'home.open.title': 'Open challenges',
  'home.open.empty': 'No challenges are open right now.',
  'home.open.deadline': 'Submissions close {date}',
  'home.clusters.title': 'Clusters',
  'home.clusters.challenges': { one: '# challenge', other: '# challenges' },
  'error.not_found.title': 'Page not found',
  'error.not_found.text':
    'There is nothing at this address, or you may not see it. Check the link or start again from the home page.',
  'error.generic.title': 'Something went wrong',
  'error.generic.text': 'We could not show this page. It is not your fault; please try again in a moment.',
  'error.request_id': 'Reference for support: {id}',
  'error.back_home': 'Back to the home page',
  'docs.title': 'API documentation',
  'docs.noscript': 'The interactive documentation needs JavaScript. The OpenAPI document itself is plain JSON:',
  'problems.title': 'Problem types',
  'problems.intro': 'Every API error is an RFC 9457 problem document whose `type` points here.',
} as const;

/** A message that depends on a count: one form per CLDR plural category; `#` is the count. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Source = typeof en;
export type MessageKey = { [K in keyof Source]: Source[K] extends string ? K : never }[keyof Source];
export type PluralKey = Exclude<keyof Source, MessageKey>;
export type Messages = { [K in keyof Source]: Source[K] extends string ? string : PluralMessage };
