import type { Translated } from '../part';
import type { enDeletion } from './en';

export const deDeletion: Translated<typeof enDeletion> = {
  'deletion.former_member': 'Ehemaliges Mitglied',
  'messages.refused.account_in_use':
    'Ihr Konto kann nicht gelöscht werden, solange andere an etwas mitwirken, das zu Ihrem Konto gehört.',
  'deletion.title': 'Konto löschen',
  'deletion.intro':
    'Das Löschen Ihres Kontos lässt sich nicht rückgängig machen. Danach ist Ihre E-Mail-Adresse wieder frei: Sie können damit ein neues Konto anlegen.',
  'deletion.goes_title': 'Was gelöscht wird',
  'deletion.goes.profile': 'Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Organisation und Ihre Sprache',
  'deletion.goes.sessions': 'Alle Sitzungen: Sie werden überall sofort abgemeldet',
  'deletion.goes.notifications':
    'Ihre Benachrichtigungen, Benachrichtigungseinstellungen, gespeicherten Suchen und noch nicht versandte E-Mails an Sie',
  'deletion.goes.endorsements': 'Ihre Unterstützungen und Ihre Cluster-Mitgliedschaften (auch als Moderator)',
  'deletion.goes.drafts':
    'Ihre Challenges, die nie veröffentlicht oder zurückgezogen wurden, bevor jemand etwas eingereicht hat, sowie Ihre Entwürfe und zurückgezogenen Lösungen',
  'deletion.goes.invitations':
    'Einladungen, die Sie verschickt oder erhalten haben und die noch nicht angenommen sind: Sie werden widerrufen, und Ihr Name verschwindet aus den bereits verschickten',
  'deletion.goes.scores': 'Bewertungen, die Sie gespeichert, aber nie abgegeben haben',
  'deletion.stays_title': 'Was bleibt, angezeigt als „Ehemaliges Mitglied“',
  'deletion.stays.results':
    'Ihre Challenges und Lösungen in entschiedenen Challenges: Deren Ergebnisse hängen davon ab',
  'deletion.stays.threads': 'Fragen, die Sie gestellt, und Antworten, die Sie gegeben haben',
  'deletion.stays.jury': 'Ihre Bewertungen und Erklärungen zu Interessenkonflikten in entschiedenen Challenges',
  'deletion.stays.trail': 'Ihre Meldungen, Ihre versandten Einladungen und das Protokoll Ihrer Aktionen',
  'deletion.blocked_title': 'Noch nicht möglich',
  'deletion.blocked_intro':
    'Andere wirken an Dingen mit, die zu Ihrem Konto gehören. Klären Sie zuerst diese Punkte und kommen Sie dann wieder:',
  'deletion.blocker.open_challenge':
    'Ihre Challenge ist offen oder in der Bewertung: Bitten Sie die Moderatorinnen und Moderatoren des Clusters, sie zu archivieren, oder warten Sie, bis sie entschieden ist.',
  'deletion.blocker.solution_in_open_challenge':
    'Ihre Lösung steckt in einer laufenden Challenge: Ziehen Sie sie zuerst zurück.',
  'deletion.blocker.jury_seat':
    'Sie sitzen in der Jury dieser Challenge: Bitten Sie die Eigentümerin oder den Eigentümer, Sie aus der Jury zu nehmen.',
  'deletion.blocker.only_admin': 'Sie sind der einzige Admin: Machen Sie zuerst jemand anderen zum Admin.',
  'deletion.password': 'Ihr Passwort',
  'deletion.password_hint': 'Damit wir sicher sind, dass Sie es wirklich sind.',
  'deletion.submit': 'Mein Konto endgültig löschen',
  'deletion.done_title': 'Ihr Konto ist gelöscht',
  'deletion.done_text':
    'Alle persönlichen Daten sind gelöscht und Sie sind abgemeldet. Was andere brauchen, bleibt erhalten und wird als „Ehemaliges Mitglied“ angezeigt.',
  'deletion.back_home': 'Zur Startseite',
};
