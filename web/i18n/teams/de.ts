import type { Translated } from '../part';
import type { enTeams } from './en';

export const deTeams: Translated<typeof enTeams> = {
  'deletion.blocker.team_in_open_challenge':
    'Sie sind im Team dieser Lösung: Verlassen Sie zuerst das Team, damit die anderen ohne Sie weiterarbeiten.',
  'confirm_step.remove_member.question': '{name} aus dem Team von „{title}“ entfernen?',
  'confirm_step.remove_member.consequence':
    'Der Zugang zur Lösung endet sofort. Jurymitglieder, die wegen dieser Organisation ausgeschlossen waren, können wieder mitwirken.',
  'confirm_step.remove_member.yes': 'Ja, entfernen',
  'confirm_step.leave_team.question': 'Das Team von „{title}“ verlassen?',
  'confirm_step.leave_team.consequence':
    'Ihr Zugang zur Lösung endet sofort. Nur die einreichende Person kann Sie erneut einladen.',
  'confirm_step.leave_team.yes': 'Ja, Team verlassen',
  'confirm_step.hand_over.question': '{name} zur einreichenden Person von „{title}“ machen?',
  'confirm_step.hand_over.consequence':
    'Ab jetzt reicht diese Person ein, zieht zurück und verwaltet das Team; Sie bleiben Mitglied und können die Rolle nicht selbst zurücknehmen.',
  'confirm_step.hand_over.yes': 'Ja, übergeben',
  'team.title': 'Team',
  'team.explain':
    'Teammitglieder lesen und bearbeiten die Lösung. Nur die einreichende Person reicht sie ein, zieht sie zurück und verwaltet das Team.',
  'team.caption': 'Mitglieder des Teams',
  'team.name': 'Name',
  'team.role': 'Rolle',
  'team.organization': 'Organisation',
  'team.actions': 'Aktionen',
  'team.no_organization': 'Keine angegeben',
  'team.role.technical_lead': 'Technische Leitung',
  'team.role.clinical_lead': 'Klinische Leitung',
  'team.role.business_lead': 'Kaufmännische Leitung',
  'team.role.other': 'Sonstige',
  'team.submitter': 'Einreichende Person',
  'team.you': 'Sie',
  'team.remove': 'Entfernen',
  'team.remove_named': '{name} aus dem Team entfernen',
  'team.remove_confirm': '{name} aus dem Team von „{title}“ entfernen? Der Zugang zur Lösung endet sofort.',
  'team.leave': 'Team verlassen',
  'team.leave_confirm':
    'Das Team von „{title}“ verlassen? Ihr Zugang zur Lösung endet sofort; nur die einreichende Person kann Sie erneut einladen.',
  'team.handover': 'Zur einreichenden Person machen',
  'team.handover_named': '{name} zur einreichenden Person machen',
  'team.handover_confirm':
    '{name} zur einreichenden Person von „{title}“ machen? Diese Person reicht dann ein, zieht zurück und verwaltet das Team; Sie bleiben Mitglied.',
  'team.invite.title': 'Mitantragstellende einladen',
  'team.invite.hint':
    'Die Person erhält eine E-Mail mit einem Link und tritt bei, sobald sie ihn annimmt – angemeldet mit einem bestätigten Konto unter dieser Adresse.',
  'team.invite.email': 'E-Mail-Adresse der Person',
  'team.invite.role': 'Rolle im Team',
  'team.invite.submit': 'Einladung senden',
  'team.invitations': 'Einladungen in das Team',
  'team.invitation_line': '{email}, als {role}: {status}',
  'team.done.invited': 'Die Einladung ist unterwegs. Sie steht unten, bis sie angenommen wird.',
  'team.done.removed': 'Die Person ist nicht mehr im Team und sieht die Lösung nicht mehr.',
  'team.done.handed_over': 'Die Rolle der einreichenden Person ist übergeben. Sie bleiben im Team.',
  'team.done.joined': 'Sie sind dem Team beigetreten und können die Lösung jetzt lesen und bearbeiten.',
  'team.done.revoked': 'Die Einladung ist widerrufen: Ihr Link funktioniert nicht mehr.',
  'team.done.left': 'Sie haben das Team verlassen.',
  'recusal.title': 'Automatisch ausgeschlossene Jurymitglieder',
  'recusal.explain':
    'Ein Jurymitglied aus der Organisation eines Teammitglieds ist von der Lösung ausgeschlossen: Seine Bewertungen zählen nicht.',
  'recusal.line': '{juror}: {reason}',
  'recusal.reason': 'Die Organisation des Jurymitglieds ({organization}) ist die des Teammitglieds {member}.',
  'recusal.yours':
    'Bedside hat Sie von dieser Lösung ausgeschlossen: Ein Mitglied ihres Teams gehört zu Ihrer Organisation ({organization}). Das gilt, solange diese Person im Team ist.',
  'email.invitation.subject_team': 'Einladung in das Team von „{title}“',
  'email.invitation.body_team':
    '{inviter} lädt Sie in das Team der Lösung „{title}“ auf Bedside ein. Teammitglieder lesen und bearbeiten die Lösung gemeinsam; {inviter} reicht sie ein.',
  'notification.invitation_team': '{inviter} lädt Sie in das Team der Lösung „{title}“ ein.',
  'dashboard.now.invitation_team': '{inviter} lädt Sie in das Team der Lösung „{title}“ ein.',
  'invitation.title_team': 'Einladung in das Team von „{title}“',
  'invitation.what_team':
    'Teammitglieder lesen und bearbeiten die Lösung gemeinsam; die einreichende Person reicht sie ein. Lösungen sind vertraulich: Nur ihr Team, die Verantwortlichen der Challenge, ihre Moderation und ihre Jury sehen sie.',
};
