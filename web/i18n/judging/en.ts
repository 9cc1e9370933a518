// The judging messages in English, the source language (see web/i18n/part.ts): the declaration
// page, the score page and form, the jury's work list, the jury page and the ranking.
export const enJudging = {
  // Declaring conflicts for all solutions of a challenge at once.
  'judging.declare.title': 'Declare your conflicts of interest',
  'judging.declare.explain':
    'For each solution: do you, or does your organization, have a financial, professional or personal tie to its team, to the person who submitted it or to their organization? Answer for all of them here and save once. You see a solution only after declaring no conflict; with a conflict you will neither see nor score it.',
  'judging.declare.confidential':
    'Only the title, the team, who submitted it and their organization are shown here, nothing else.',
  'judging.declare.progress': 'You have answered for {declared} of {total} solutions.',
  'judging.declare.empty': 'There are no solutions to declare on yet.',
  'judging.declare.closed':
    'Declarations are taken while the challenge is open or in evaluation; these are your answers.',
  'judging.declare.answers': 'Your answers',
  'judging.declare.team': 'Team',
  'judging.declare.submitter': 'Submitted by',
  'judging.declare.no_team': 'No team given',
  'judging.declare.not_yet': 'Not answered yet',
  'judging.declare.none': 'No conflict of interest',
  'judging.declare.conflict': 'Conflict of interest',
  'judging.declare.add_note': 'Add a note (optional)',
  'judging.declare.note_for': 'Note on “{title}”',
  'judging.declare.answer_for': 'Your answer for “{title}”',
  'judging.declare.note_without_answer': 'Choose one of the two answers for this solution, or leave the note empty.',
  'judging.declare.choose_one': 'Choose an answer for at least one solution.',
  'judging.declare.save': 'Save my declarations',
  'judging.declare.page_hint': 'Up to {size} solutions a page: saving takes you to the next page.',
  'judging.declare.saved_next': 'Your declarations are saved. Here are the next solutions.',
  'judging.declare.next': 'Next solutions, without saving this page',
  'judging.declare.first': 'Back to the first solutions',
  'judging.declare.all_link': {
    one: 'Declare for the # solution you have not answered yet',
    other: 'Declare for all # solutions you have not answered yet, on one page',
  },
  'judging.declare.one_of_many': 'Several solutions to declare on? Answer for all of them on one page.',
  'judging.declare.done': 'Your declarations are saved.',
  'judging.declare.first_title': 'Declare a conflict of interest first',
  'judging.declare.first_explain':
    'You can read and score this solution once you have declared that you have no conflict of interest with it.',
  'judging.declare.first_link': 'Declare now',

  // Scoring: the score page, the form's descriptions, drafts.
  'judging.score.page_title': 'Score: {title}',
  'judging.score.read_again': 'Read the solution',
  'judging.score.what_good_looks_like': 'What a good answer looks like:',
  'judging.score.legend': 'The scale: 1 poor, 2 weak, 3 fair, 4 good, 5 excellent.',
  'judging.score.finish_later': 'Save and finish later',
  'judging.score.finish_later_hint':
    'Saving for later keeps what you have so far. It does not count until you have scored every criterion and saved the score.',
  'judging.score.draft_notice':
    'You saved part of this score on {date}. It does not count yet: score every criterion and save the score to finish.',
  'judging.score.draft_empty':
    'Choose a score for at least one criterion, or write a comment, before you save for later.',
  'judging.score.closed': 'Scoring is closed for this solution.',
  'judging.score.missing': 'Missing: score every criterion from 1 to 5.',
  'judging.score.done_draft': 'Your scores so far are saved. They count once you finish them.',

  // The jury's work list.
  'judging.list.started': 'Started, not finished',
  'judging.list.score': 'Score it',
  'judging.list.continue': 'Continue scoring',
  'judging.list.change': 'Change your score',
  'judging.list.started_count': {
    one: '# score started, not finished yet.',
    other: '# scores started, not finished yet.',
  },
  'judging.list.your_part': 'Your part:',

  // The ranking.
  'judging.ranking.rank': 'Rank',
  'judging.ranking.score': 'Score',
  'judging.ranking.evaluations_of': '{scored} of {jury} jury members',
  'judging.ranking.fewer': 'fewer than the others',
  'judging.ranking.thin_title': 'Check before you decide',
  'judging.ranking.thin':
    'Rank {rank}, “{title}”: scored by {scored} of {jury} jury members; the others have up to {others}.',
  'judging.ranking.thin_conflicts': {
    one: '# jury member declared a conflict of interest on it.',
    other: '# jury members declared a conflict of interest on it.',
  },
  'judging.ranking.means': 'Mean score per criterion (1–5)',
  'judging.ranking.decision': 'Your decision',
} as const;
