// Blind review in English, the source language (see web/i18n/part.ts): the challenge setting,
// what solvers are told before they write, and what jury members see instead of who is behind a solution.
export const enBlind = {
  'blind.form.label': 'Blind review: the jury does not see who submitted a solution',
  'blind.form.hint':
    'Jury members see no submitter, team, organization or links; you and the moderators still see everything. Set it before the challenge is approved: solvers write knowing it.',
  'blind.badge': 'Blind review',
  'blind.challenge_note':
    'This challenge is reviewed blind: the jury does not see who submitted a solution, their team, organization or links.',
  'blind.solver_notice':
    'This challenge is reviewed blind. Do not name yourself, your team or your organization in the title, summary or approach, and leave out links that would: the jury judges the work, not who did it.',
  'blind.withheld': 'Withheld from the jury (blind review)',
  'blind.juror_notice':
    'Blind review: who is behind this solution is withheld from you. Declare a conflict if you recognise the work.',
} as const;
