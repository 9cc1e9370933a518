import type { Translated } from '../part';
import type { enTeams } from './en';

export const itTeams: Translated<typeof enTeams> = {
  'deletion.blocker.team_in_open_challenge':
    'Fa parte del team di questa soluzione: lasci prima il team, così gli altri proseguono senza di Lei.',
  'confirm_step.remove_member.question': 'Rimuovere {name} dal team di «{title}»?',
  'confirm_step.remove_member.consequence':
    'Perde subito l’accesso alla soluzione. I giurati esclusi a causa della sua organizzazione possono partecipare di nuovo.',
  'confirm_step.remove_member.yes': 'Sì, rimuovi',
  'confirm_step.leave_team.question': 'Lasciare il team di «{title}»?',
  'confirm_step.leave_team.consequence':
    'Perde subito l’accesso alla soluzione. Solo il proponente può invitarLa di nuovo.',
  'confirm_step.leave_team.yes': 'Sì, lascia il team',
  'confirm_step.hand_over.question': 'Rendere {name} proponente di «{title}»?',
  'confirm_step.hand_over.consequence':
    'D’ora in poi invierà, ritirerà la soluzione e gestirà il team; Lei resta nel team come membro e non può riprendersi il ruolo da sé.',
  'confirm_step.hand_over.yes': 'Sì, cedi il ruolo',
  'team.title': 'Team',
  'team.explain':
    'I membri del team leggono e modificano la soluzione. Solo chi l’ha presentata la invia, la ritira e gestisce il team.',
  'team.caption': 'Membri del team',
  'team.name': 'Nome',
  'team.role': 'Ruolo',
  'team.organization': 'Organizzazione',
  'team.actions': 'Azioni',
  'team.no_organization': 'Non indicata',
  'team.role.technical_lead': 'Responsabile tecnico',
  'team.role.clinical_lead': 'Responsabile clinico',
  'team.role.business_lead': 'Responsabile commerciale',
  'team.role.other': 'Altro',
  'team.submitter': 'Proponente',
  'team.you': 'Lei',
  'team.remove': 'Rimuovi',
  'team.remove_named': 'Rimuovi {name} dal team',
  'team.remove_confirm': 'Rimuovere {name} dal team di «{title}»? Perde subito l’accesso alla soluzione.',
  'team.leave': 'Lascia il team',
  'team.leave_confirm':
    'Lasciare il team di «{title}»? Perde subito l’accesso alla soluzione; solo il proponente può invitarLa di nuovo.',
  'team.handover': 'Rendi proponente',
  'team.handover_named': 'Rendi {name} proponente',
  'team.handover_confirm':
    'Rendere {name} proponente di «{title}»? D’ora in poi invierà, ritirerà la soluzione e gestirà il team; Lei resta nel team come membro.',
  'team.invite.title': 'Invita un co-proponente',
  'team.invite.hint':
    'Riceve un’email con un link ed entra nel team quando lo accetta, con un account confermato a questo indirizzo.',
  'team.invite.email': 'Il suo indirizzo email',
  'team.invite.role': 'Il suo ruolo nel team',
  'team.invite.submit': 'Invia l’invito',
  'team.invitations': 'Inviti al team',
  'team.invitation_line': '{email}, come {role}: {status}',
  'team.done.invited': 'L’invito è partito. Compare qui sotto finché non viene accettato.',
  'team.done.removed': 'Non fa più parte del team e non vede più la soluzione.',
  'team.done.handed_over': 'Il ruolo di proponente è stato ceduto. Lei resta nel team.',
  'team.done.joined': 'È entrato nel team: ora può leggere e modificare la soluzione.',
  'team.done.revoked': 'L’invito è revocato: il suo link non funziona più.',
  'team.done.left': 'Ha lasciato il team.',
  'recusal.title': 'Giurati esclusi automaticamente',
  'recusal.explain':
    'Un giurato della stessa organizzazione di un membro del team è escluso dalla soluzione: i suoi punteggi non contano.',
  'recusal.line': '{juror}: {reason}',
  'recusal.reason': 'l’organizzazione del giurato ({organization}) è quella del membro del team {member}.',
  'recusal.yours':
    'Bedside L’ha esclusa da questa soluzione: un membro del suo team appartiene alla Sua organizzazione ({organization}). L’esclusione vale finché fa parte del team.',
  'email.invitation.subject_team': 'Invito al team di «{title}»',
  'email.invitation.body_team':
    '{inviter} La invita a far parte del team della soluzione «{title}» su Bedside. I membri del team leggono e modificano insieme la soluzione; {inviter} la invia.',
  'notification.invitation_team': '{inviter} ti invita nel team della soluzione «{title}».',
  'dashboard.now.invitation_team': '{inviter} La invita nel team della soluzione «{title}».',
  'invitation.title_team': 'Invito al team di «{title}»',
  'invitation.what_team':
    'I membri del team leggono e modificano insieme la soluzione; il proponente la invia. Le soluzioni sono riservate: le vedono solo il team, il titolare della sfida, i moderatori e la giuria.',
};
