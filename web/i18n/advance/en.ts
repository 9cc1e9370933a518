// Advancing a shortlist to a challenge's next stage (issue 15): what each team hears of its outcome.
export const enAdvance = {
  'notification.stage_advanced':
    'Your solution “{solution_title}” is on the shortlist of “{title}”: add what stage {next_stage} asks for and submit it by {deadline}.',
  'notification.stage_not_advanced':
    'Your solution “{solution_title}” did not advance to the next stage of “{title}”. Thank you for taking part.',
  'notification.stage_not_advanced_feedback':
    'Your solution “{solution_title}” did not advance to the next stage of “{title}”. The jury’s feedback is on your solution’s page.',
  'notification.kind.stage_advanced': 'Your solution advanced to a challenge’s next stage',
  'notification.kind.stage_not_advanced': 'Your solution did not advance to a challenge’s next stage',
  'dashboard.email_kind.stage_advanced': 'Shortlisted for the next stage',
  'dashboard.email_kind.stage_not_advanced': 'Not advanced to the next stage',
  'messages.refused.stage_incomplete': 'Fill in what this stage asks for first.',
  'messages.refused.not_in_stage': 'A solution you named is not in this stage.',
} as const;
