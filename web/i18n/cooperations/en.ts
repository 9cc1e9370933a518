// Cooperation projects (issue 15): what came out of a challenge, milestone by milestone.
export const enCooperations = {
  'notification.cooperation_opened':
    'A cooperation has started from “{title}”: plan its first milestones together, beginning with a letter of intent.',
  'notification.kind.cooperation_opened': 'A cooperation starting from a challenge you take part in',
  'dashboard.email_kind.cooperation_opened': 'Cooperation opened',
};
