// Teams in English, the source language (see web/i18n/part.ts): a solution's team on its page,
// team invitations (page, email, inbox) and jurors recused automatically.
export const enTeams = {
  'deletion.blocker.team_in_open_challenge':
    'You are on this solution’s team: leave the team first, so the others carry on without you.',
  'confirm_step.remove_member.question': 'Remove {name} from the team of “{title}”?',
  'confirm_step.remove_member.consequence':
    'They lose access to the solution at once. Jurors recused because of their organization may take part again.',
  'confirm_step.remove_member.yes': 'Yes, remove them',
  'confirm_step.leave_team.question': 'Leave the team of “{title}”?',
  'confirm_step.leave_team.consequence':
    'You lose access to the solution at once. Only the submitter can invite you again.',
  'confirm_step.leave_team.yes': 'Yes, leave the team',
  'confirm_step.hand_over.question': 'Make {name} the submitter of “{title}”?',
  'confirm_step.hand_over.consequence':
    'From now on they submit, withdraw and manage the team; you stay on it as a member and cannot take the role back yourself.',
  'confirm_step.hand_over.yes': 'Yes, hand it over',
  'team.title': 'Team',
  'team.explain':
    'Team members read and edit the solution. Only the submitter submits it, withdraws it and manages the team.',
  'team.caption': 'Members of the team',
  'team.name': 'Name',
  'team.role': 'Role',
  'team.organization': 'Organization',
  'team.actions': 'Actions',
  'team.no_organization': 'None given',
  'team.role.technical_lead': 'Technical lead',
  'team.role.clinical_lead': 'Clinical lead',
  'team.role.business_lead': 'Business lead',
  'team.role.other': 'Other',
  'team.submitter': 'Submitter',
  'team.you': 'you',
  'team.remove': 'Remove',
  'team.remove_named': 'Remove {name} from the team',
  'team.remove_confirm': 'Remove {name} from the team of “{title}”? They lose access to the solution at once.',
  'team.leave': 'Leave the team',
  'team.leave_confirm':
    'Leave the team of “{title}”? You lose access to the solution at once; only the submitter can invite you again.',
  'team.handover': 'Make submitter',
  'team.handover_named': 'Make {name} the submitter',
  'team.handover_confirm':
    'Make {name} the submitter of “{title}”? They will submit, withdraw and manage the team from now on; you stay on the team as a member.',
  'team.invite.title': 'Invite a co-applicant',
  'team.invite.hint':
    'They get an email with a link and join once they accept it, signed in with a confirmed account at this address.',
  'team.invite.email': 'Their email address',
  'team.invite.role': 'Their role on the team',
  'team.invite.submit': 'Send the invitation',
  'team.invitations': 'Invitations to the team',
  'team.invitation_line': '{email}, as {role}: {status}',
  'team.done.invited': 'The invitation is on its way. It appears below until it is accepted.',
  'team.done.removed': 'They are off the team and no longer see the solution.',
  'team.done.handed_over': 'The submitter role is handed over. You stay on the team.',
  'team.done.joined': 'You joined the team. You can read and edit the solution now.',
  'team.done.revoked': 'The invitation is revoked: its link no longer works.',
  'team.done.left': 'You left the team.',
  'recusal.title': 'Jurors recused automatically',
  'recusal.explain':
    'A juror whose organization is that of a team member is recused from the solution: their scores do not count.',
  'recusal.line': '{juror}: {reason}',
  'recusal.reason': 'the jury member’s organization ({organization}) is that of team member {member}.',
  'recusal.yours':
    'Bedside recused you from this solution: a member of its team is from your organization ({organization}). This stands while they are on the team.',
  'email.invitation.subject_team': 'Invitation to the team of “{title}”',
  'email.invitation.body_team':
    '{inviter} invites you to join the team of the solution “{title}” on Bedside. Team members read and edit the solution together; {inviter} submits it.',
  'notification.invitation_team': '{inviter} invites you to the team of the solution “{title}”.',
  'dashboard.now.invitation_team': '{inviter} invites you to the team of the solution “{title}”.',
  'invitation.title_team': 'Invitation to the team of “{title}”',
  'invitation.what_team':
    'Team members read and edit the solution together; the submitter submits it. Solutions are confidential to their team, the challenge’s owner, its moderators and its jury.',
};
