import type { Translated } from '../part';
import type { enTeams } from './en';

export const roTeams: Translated<typeof enTeams> = {
  'deletion.blocker.team_in_open_challenge':
    'Faceți parte din echipa acestei soluții: părăsiți mai întâi echipa, ca ceilalți să continue fără dumneavoastră.',
  'confirm_step.remove_member.question': 'Îl eliminați pe {name} din echipa soluției „{title}”?',
  'confirm_step.remove_member.consequence':
    'Pierde imediat accesul la soluție. Membrii juriului excluși din cauza organizației sale pot participa din nou.',
  'confirm_step.remove_member.yes': 'Da, eliminați',
  'confirm_step.leave_team.question': 'Părăsiți echipa soluției „{title}”?',
  'confirm_step.leave_team.consequence':
    'Pierdeți imediat accesul la soluție. Doar persoana care a depus-o vă poate invita din nou.',
  'confirm_step.leave_team.yes': 'Da, părăsiți echipa',
  'confirm_step.hand_over.question': 'Îl faceți pe {name} persoana care depune soluția „{title}”?',
  'confirm_step.hand_over.consequence':
    'De acum înainte va trimite, va retrage soluția și va gestiona echipa; rămâneți membru și nu vă puteți relua singur rolul.',
  'confirm_step.hand_over.yes': 'Da, transferați',
  'team.title': 'Echipă',
  'team.explain':
    'Membrii echipei citesc și modifică soluția. Doar persoana care a depus-o o trimite, o retrage și gestionează echipa.',
  'team.caption': 'Membrii echipei',
  'team.name': 'Nume',
  'team.role': 'Rol',
  'team.organization': 'Organizație',
  'team.actions': 'Acțiuni',
  'team.no_organization': 'Nu a fost indicată',
  'team.role.technical_lead': 'Responsabil tehnic',
  'team.role.clinical_lead': 'Responsabil clinic',
  'team.role.business_lead': 'Responsabil comercial',
  'team.role.other': 'Altul',
  'team.submitter': 'Persoana care depune',
  'team.you': 'dumneavoastră',
  'team.remove': 'Eliminați',
  'team.remove_named': 'Eliminați-l pe {name} din echipă',
  'team.remove_confirm': 'Îl eliminați pe {name} din echipa soluției „{title}”? Pierde imediat accesul la soluție.',
  'team.leave': 'Părăsiți echipa',
  'team.leave_confirm':
    'Părăsiți echipa soluției „{title}”? Pierdeți imediat accesul la soluție; doar persoana care a depus-o vă poate invita din nou.',
  'team.handover': 'Transferați depunerea',
  'team.handover_named': 'Transferați depunerea către {name}',
  'team.handover_confirm':
    'Îl faceți pe {name} persoana care depune soluția „{title}”? De acum înainte va trimite, va retrage soluția și va gestiona echipa; dumneavoastră rămâneți membru al echipei.',
  'team.invite.title': 'Invitați un co-aplicant',
  'team.invite.hint':
    'Persoana primește un e-mail cu un link și intră în echipă după ce îl acceptă, autentificată cu un cont confirmat la această adresă.',
  'team.invite.email': 'Adresa sa de e-mail',
  'team.invite.role': 'Rolul său în echipă',
  'team.invite.submit': 'Trimiteți invitația',
  'team.invitations': 'Invitații în echipă',
  'team.invitation_line': '{email}, ca {role}: {status}',
  'team.done.invited': 'Invitația este pe drum. Apare mai jos până când este acceptată.',
  'team.done.removed': 'Persoana nu mai face parte din echipă și nu mai vede soluția.',
  'team.done.handed_over': 'Rolul de persoană care depune a fost transferat. Rămâneți în echipă.',
  'team.done.joined': 'Ați intrat în echipă. Acum puteți citi și modifica soluția.',
  'team.done.revoked': 'Invitația este revocată: linkul ei nu mai funcționează.',
  'team.done.left': 'Ați părăsit echipa.',
  'recusal.title': 'Membri ai juriului excluși automat',
  'recusal.explain':
    'Un membru al juriului din organizația unui membru al echipei este exclus de la evaluarea soluției: punctajele sale nu contează.',
  'recusal.line': '{juror}: {reason}',
  'recusal.reason': 'organizația membrului juriului ({organization}) este cea a membrului echipei {member}.',
  'recusal.yours':
    'Bedside v-a exclus de la această soluție: un membru al echipei sale face parte din organizația dumneavoastră ({organization}). Excluderea rămâne cât timp acesta face parte din echipă.',
  'email.invitation.subject_team': 'Invitație în echipa soluției „{title}”',
  'email.invitation.body_team':
    '{inviter} vă invită în echipa soluției „{title}” pe Bedside. Membrii echipei citesc și modifică soluția împreună; {inviter} o depune.',
  'notification.invitation_team': '{inviter} vă invită în echipa soluției „{title}”.',
  'dashboard.now.invitation_team': '{inviter} vă invită în echipa soluției „{title}”.',
  'invitation.title_team': 'Invitație în echipa soluției „{title}”',
  'invitation.what_team':
    'Membrii echipei citesc și modifică soluția împreună; persoana care a depus-o o trimite. Soluțiile sunt confidențiale: le văd doar echipa, titularul provocării, moderatorii și juriul.',
};
