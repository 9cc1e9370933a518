// Verified affiliation (issue 16) in English, the source language (see web/i18n/part.ts): claims to
// belong to an organization, their decision, and editing an organization's profile.
export const enAffiliation = {
  'notification.affiliation_confirmed':
    'Your affiliation with {organization} is confirmed: it now shows with your name.',
  'notification.affiliation_declined':
    'Your affiliation with {organization} was not confirmed: you are shown without it. If this is a mistake, ask its administrators.',
  'notification.kind.affiliation_confirmed': 'Your affiliation with an organization is confirmed',
  'notification.kind.affiliation_declined': 'Your affiliation with an organization was not confirmed',
  'dashboard.email_kind.affiliation_confirmed': 'Affiliation confirmed',
  'dashboard.email_kind.affiliation_declined': 'Affiliation not confirmed',
};
