// Evaluation quality in English, the source language (see web/i18n/part.ts): the minimum of
// evaluations on the challenge form, both ranking methods, agreement between jurors, overrides.
export const enQuality = {
  'quality.form.min_evaluations': 'Minimum number of jurors who score a solution before it may win',
  'quality.form.min_evaluations_hint':
    'From 1 to 20. A solution scored by fewer jurors can only win with a note saying why.',
  'quality.method.title': 'Ranking method',
  'quality.method.weighted': 'Weighted mean',
  'quality.method.normalised': 'Normalised per juror',
  'quality.method.weighted_note':
    "Ranked by the weighted mean of the jury's scores on each criterion, on a scale of 0 to 100.",
  'quality.method.normalised_note':
    "Ranked by scores normalised per juror: each juror's scores are standardised first, so a harsh and a lenient juror weigh the same. A juror with fewer than 2 scores, or the same score for every solution, counts as average.",
  'quality.normalised': 'Normalised',
  'quality.other_rank': 'By the other method: place {rank}',
  'quality.disagree':
    'The two methods differ in the first {places} places. Look at how each juror scored before you decide.',
  'quality.under_minimum': 'Scored by fewer than {min} jurors',
  'quality.override.label': 'Why “{title}” may win with fewer than {min} scores',
  'quality.override.generic': 'Note for a winner with fewer scores',
  'quality.override.hint': 'Only needed if you name it a winner: 10 to 1000 characters, kept with the decision.',
  'quality.override.shown': 'Named a winner with fewer scores than the minimum. The note: {note}',
  'quality.agreement.title': 'Agreement between jurors',
  'quality.agreement.explain':
    "Krippendorff's alpha (interval): 1 is full agreement, 0 is no better than chance. Unlike ICC or Kendall's W, it allows for jurors who were recused or did not score every solution. Krippendorff's convention: 0.8 or more is good, 0.667 to 0.8 allows tentative conclusions only, below that agreement is low.",
  'quality.agreement.criterion': 'Criterion',
  'quality.agreement.alpha': 'Alpha',
  'quality.agreement.reading': 'Reading',
  'quality.agreement.overall': 'Overall (all criterion scores pooled)',
  'quality.reading.good': 'Good agreement',
  'quality.reading.tentative': 'Tentative: draw conclusions with care',
  'quality.reading.low': 'Low agreement',
  'quality.reading.none': 'No variation to measure yet',
  'quality.disputed.title': 'To discuss before deciding',
  'quality.disputed.explain':
    'The solutions the jurors disagree on most: their scores spread by 20 points or more, or lie 3 points apart on a criterion.',
  'quality.disputed.item': 'spread of {spread} points over {evaluations} jurors',
  'quality.disputed.criteria': 'far apart on: {criteria}',
  'quality.disputed.none': 'There is no solution the jurors strongly disagree on.',
  'quality.error.minimum':
    'A winner scored by fewer jurors than this challenge asks for needs a note saying why it may win anyway: write it under that solution, or wait for more scores.',
  'quality.error.override_note': 'Write the note for a winner with fewer scores in 10 to 1000 characters.',
};
