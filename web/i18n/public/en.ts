// The public messages in English, the source language (see web/i18n/part.ts).
// The challenge page as solvers, clinicians and its owner read it, and the public parts of a solution.
export const enPublic = {
  'public.challenge.my_solutions': 'You already have a solution on this challenge:',
  'public.challenge.closed_on': 'Submissions closed on',
  'public.challenge.closed': 'Submissions closed',
  'public.review.who': 'The moderators of {cluster} review it, usually within {days} working days.',
  'public.results.winners': { one: 'Winner', other: 'Winners' },
  'public.results.shortlist': 'Shortlist',
  'public.results.others': 'Other solutions',
  'public.results.explain':
    'Only solutions whose teams made their summary public appear here, and winners who agreed to be named.',
  'public.results.score': 'Score {score} of 100',
  'public.results.named_only': 'The team keeps its summary private.',
  'public.questions.waiting': {
    one: '# question waits for your answer.',
    other: '# questions wait for your answer.',
  },
  'public.questions.all_answered': 'Every question has an answer.',
  'public.questions.hide': 'Hide this question',
  'public.questions.hide_confirm': 'Hide this question? It disappears for everyone and cannot be shown again.',
  'public.questions.hide.question': 'Hide this question?',
  'public.questions.hide.consequence':
    'It disappears from the challenge for everyone, you included, and cannot be shown again. Hide sales pitches and anything that is not a question about the need.',
  'public.questions.hide.yes': 'Yes, hide the question',
  'public.questions.hidden_notice': 'The question is hidden. No one sees it any more.',
  'public.solution.link_invalid': 'Link {n} is not a web address (https://…).',
  'public.solution.published_legend': 'What the public results may show',
  'public.solution.published_intro':
    'Nothing of your solution is public unless you tick a box here; the results are published after the decision.',
  'public.solution.name_if_winner': 'Name us if we win',
  'public.solution.name_if_winner_hint':
    'If this solution wins, the public results show its title and your organization, even if the summary stays private. Nothing else.',
  // Headings on the solution page: the form's labels without "(optional)".
  'public.solution.team_heading': 'Team',
  'public.solution.links_heading': 'Links',
} as const;
