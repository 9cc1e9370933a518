// Verified affiliation (issue 16) in English, the source language (see web/i18n/part.ts): claims to
// belong to an organization, their decision, and editing an organization's profile.
export const enAffiliation = {
  'notification.affiliation_claimed':
    '{claimant} says they belong to {organization}: confirm or decline on its members page.',
  'notification.kind.affiliation_claimed': 'Someone says they belong to an organization you decide for',
  'dashboard.email_kind.affiliation_claimed': 'Affiliation claimed',
  'notification.affiliation_confirmed':
    'Your affiliation with {organization} is confirmed: it now shows with your name.',
  'notification.affiliation_declined':
    'Your affiliation with {organization} was not confirmed: you are shown without it. If this is a mistake, ask its administrators.',
  'notification.kind.affiliation_confirmed': 'Your affiliation with an organization is confirmed',
  'notification.kind.affiliation_declined': 'Your affiliation with an organization was not confirmed',
  'dashboard.email_kind.affiliation_confirmed': 'Affiliation confirmed',
  'dashboard.email_kind.affiliation_declined': 'Affiliation not confirmed',
  'affiliation.pending':
    'Your affiliation with {organization} is waiting for confirmation by its administrators or a moderator of its cluster. Until then you are shown without it.',
  'affiliation.claims_waiting': 'Claims to belong to {organization} waiting for your decision: {count}',
  'affiliation.claim': 'I work here: claim my affiliation',
  'affiliation.back_profile': 'Back to the profile',
  'affiliation.back_me': 'Back to my page',
  'affiliation.done.confirmed': 'Confirmed: the person now shows with {organization}.',
  'affiliation.done.declined': 'Done: the person is shown without {organization}.',
  'affiliation.done.claimed':
    'Your claim to belong to {organization} is sent. Its administrators or a moderator of its cluster will confirm it; we will tell you.',
  'affiliation.done.saved': 'The profile of {organization} is saved.',
  'affiliation.members.link': 'Members and claims',
  'affiliation.members.title': 'Members of {organization}',
  'affiliation.members.intro':
    'People who say they work here. Confirm only those you know do: a confirmed member shows with the organization on everything they post, and conflict-of-interest checks count them. Only the domain of each address is shown.',
  'affiliation.members.who': 'address at {domain} · since {date}',
  'affiliation.members.unconfirmed': 'address not confirmed yet',
  'affiliation.members.waiting': 'Waiting for a decision',
  'affiliation.members.none_waiting': 'No claim is waiting.',
  'affiliation.members.confirm': 'Confirm',
  'affiliation.members.confirm_admin': 'Confirm as administrator',
  'affiliation.members.decline': 'Decline',
  'affiliation.members.own_claim':
    'your own claim: another administrator, a moderator of its cluster or an admin decides it',
  'affiliation.members.confirmed': 'Members',
  'affiliation.members.none_confirmed': 'No confirmed members yet.',
  'affiliation.members.role_admin': 'Administrator',
  'affiliation.members.role_member': 'Member',
  'affiliation.members.remove': 'Remove',
  'affiliation.members.declined': 'Declined',
  'affiliation.edit.link': 'Edit the profile',
  'affiliation.edit.title': 'Profile of {organization}',
  'affiliation.edit.intro':
    'What partners see in the partner directory. With a description and at least one capability, and once the organization is verified, the profile is listed.',
  'affiliation.edit.status_listed': 'Listed in the partner directory since {date}.',
  'affiliation.edit.status_unverified':
    'Not listed: a moderator of its cluster or an admin has not verified this organization yet.',
  'affiliation.edit.status_unlisted': 'Not listed in the partner directory.',
  'affiliation.edit.description': 'Description',
  'affiliation.edit.description_hint': 'What the organization does, in a few sentences.',
  'affiliation.edit.website_hint': 'An https:// address.',
  'affiliation.edit.capability_hint':
    'Topics, as on challenges, separated by commas, e.g. liquid biopsy, remote monitoring.',
  'affiliation.edit.capability_error':
    '{label}: write each one in words, separated by commas, e.g. liquid biopsy, remote monitoring.',
  'affiliation.edit.trl_min': 'Lowest TRL it works at',
  'affiliation.edit.trl_max': 'Highest TRL it works at',
  'affiliation.edit.listed': 'Show in the partner directory',
  'affiliation.edit.listed_hint': 'Untick to take the profile out of the directory; it stays here.',
  'affiliation.edit.save': 'Save the profile',
};
