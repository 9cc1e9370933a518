// Deleting one's account, in English, the source language (see web/i18n/part.ts).
export const enDeletion = {
  // Shown instead of the name of a person who deleted their account, wherever names are shown.
  'deletion.former_member': 'Former member',
  'messages.refused.account_in_use':
    'Your account cannot be deleted while others are taking part in something you hold.',
  'deletion.title': 'Delete your account',
  'deletion.intro':
    'Deleting your account cannot be undone. Afterwards your email address is free again: you may register with it as a new account.',
  'deletion.goes_title': 'What is deleted',
  'deletion.goes.profile': 'Your name, email address, password, organization and language',
  'deletion.goes.sessions': 'Every session: you are signed out everywhere at once',
  'deletion.goes.notifications':
    'Your notifications, notification settings, saved searches and any emails to you not yet sent',
  'deletion.goes.endorsements': 'Your endorsements and your cluster memberships (moderator seats too)',
  'deletion.goes.drafts':
    'Challenges of yours that were never published, or were withdrawn before anyone submitted, and your draft and withdrawn solutions',
  'deletion.goes.invitations':
    'Invitations you sent or received that were not yet accepted: they are revoked, and your name leaves the ones already sent',
  'deletion.goes.scores': 'Scores you saved but never submitted',
  'deletion.stays_title': 'What stays, shown as “Former member”',
  'deletion.stays.results': 'Your challenges and solutions in decided challenges: their results depend on them',
  'deletion.stays.threads': 'Questions you asked and answers you gave',
  'deletion.stays.jury': 'Your scores and conflict declarations in decided challenges',
  'deletion.stays.trail': 'Reports you filed, invitations you sent and the audit trail of what you did',
  'deletion.blocked_title': 'Not possible yet',
  'deletion.blocked_intro': 'Others are taking part in things you hold. Settle these first, then come back:',
  'deletion.blocker.open_challenge':
    'Your challenge is open or being evaluated: ask the cluster’s moderators to archive it, or wait until it is decided.',
  'deletion.blocker.solution_in_open_challenge': 'Your solution is in a running challenge: withdraw it first.',
  'deletion.blocker.jury_seat': 'You sit on this challenge’s jury: ask its owner to take you off the jury.',
  'deletion.blocker.only_admin': 'You are the only admin: make someone else an admin first.',
  'deletion.password': 'Your password',
  'deletion.password_hint': 'To make sure it is really you.',
  'deletion.submit': 'Delete my account for good',
  'deletion.done_title': 'Your account is deleted',
  'deletion.done_text':
    'Everything personal is gone and you are signed out. What others depend on stays, shown as “Former member”.',
  'deletion.back_home': 'Back to the home page',
};
