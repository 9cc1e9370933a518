// Suggested matches (issue 16) in English, the source language (see web/i18n/part.ts). The
// reasons themselves are the domain's (worker/domain/matches/reasons.ts): the API says them too.
export const enMatches = {
  'notification.challenge_fits': 'A new challenge fits your profile: “{title}”.',
  'notification.kind.challenge_fits': 'New challenges that fit your profile',
  'dashboard.email_kind.challenge_fits': 'Challenge that fits',
  'challenge_nav.matches': 'Suggested partners',
  'matches.partners.title': 'Suggested partners',
  'matches.partners.intro':
    'Organizations from the partner directory and experts with a public profile whose capabilities fit this challenge, best first. Each says why: the tags, care-pathway step, device class, TRL and what they offer or seek that match.',
  'matches.partners.organizations': 'Organizations',
  'matches.partners.experts': 'Experts',
  'matches.partners.no_organizations':
    'No listed organization fits this challenge yet. More tags on the challenge find more partners.',
  'matches.partners.no_experts': 'No expert with a public profile shares a tag with this challenge yet.',
  'matches.why': 'Why',
  'matches.score': 'Fit score',
  'matches.mine.title': 'Suggested challenges',
  'matches.mine.intro':
    'Open challenges and calls that fit your organization’s profile and your expertise, best first.',
  'matches.mine.none':
    'Nothing fits yet. Suggestions come from your organization’s profile and the expertise on your expert profile.',
  'matches.mine.profile': 'Add your expertise',
  'matches.mine.calls': 'Calls with challenges for you',
  'matches.mine.in_call': 'In the call',
} as const;
