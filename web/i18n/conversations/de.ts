import type { Translated } from '../part';
import type { enConversations } from './en';

export const deConversations: Translated<typeof enConversations> = {
  'notification.message_received': '{sender} hat Ihnen auf Bedside zu „{subject}“ geschrieben.',
  'notification.kind.message_received': 'Eine Nachricht in einer Ihrer Unterhaltungen',
  'dashboard.email_kind.message_received': 'Nachricht erhalten',
  'email.message_received.quote': 'Die Nachricht:',
  'email.message_received.reply':
    'Antworten Sie in Bedside: Ihre Adresse bleibt privat, solange Sie sie nicht selbst teilen.',
  'conversation.field.subject': 'Betreff',
  'conversation.field.body': 'Ihre Nachricht',
  'conversation.field.body_hint':
    'Sagen Sie, wer Sie sind und was Sie gemeinsam angehen möchten. Bis zu 4.000 Zeichen.',
  'conversation.field.share_email': 'Meine E-Mail-Adresse in dieser Unterhaltung zeigen',
  'conversation.field.share_email_hint':
    'Nur die Beteiligten dieser Unterhaltung sehen sie, und nur auf deren Seite; Bedside schreibt sie nie in eine E-Mail. Sie können sie wieder verbergen.',
  'conversation.field.reply': 'Ihre Antwort',
  'conversation.contact.title.organization': '{title} kontaktieren',
  'conversation.contact.title.person': '{title} kontaktieren',
  'conversation.contact.title.challenge': 'Die Verantwortlichen von „{title}“ kontaktieren',
  'conversation.contact.intro.organization':
    'Bedside leitet Ihre Nachricht an die Mitglieder der Organisation auf Bedside weiter. Niemand sieht Ihre Adresse, außer Sie teilen sie.',
  'conversation.contact.intro.person':
    'Bedside leitet Ihre Nachricht weiter; die Antwort kommt hier. Niemand sieht Ihre Adresse, außer Sie teilen sie.',
  'conversation.contact.intro.challenge':
    'Bedside leitet Ihre Nachricht an die Person weiter, die diese Challenge eingestellt hat; die Antwort kommt hier. Niemand sieht Ihre Adresse, außer Sie teilen sie.',
  'conversation.contact.send': 'Senden',
  'conversation.contact.link.organization': 'Diese Organisation kontaktieren',
  'conversation.contact.link.person': 'Kontaktieren',
  'conversation.contact.link.challenge': 'Die Verantwortlichen kontaktieren',
  'conversation.confirm_first':
    'Bestätigen Sie zuerst Ihre E-Mail-Adresse, um zu schreiben: Öffnen Sie den Link aus unserer E-Mail oder fordern Sie auf Ihrer Seite einen neuen an.',
  'conversation.inbox.title': 'Unterhaltungen',
  'conversation.inbox.intro':
    'Von Bedside weitergeleitete Nachrichten: mit Organisationen, Fachleuten und Challenge-Verantwortlichen, an die Sie sich gewandt haben oder die sich an Sie gewandt haben.',
  'conversation.inbox.none':
    'Noch keine Unterhaltungen. Mit „Kontaktieren“ bei einer Organisation, einer Fachperson oder einer Challenge beginnen Sie eine.',
  'conversation.inbox.unread': 'Ungelesen',
  'conversation.inbox.last': 'letzte Nachricht {when}',
  'conversation.inbox.more': 'Weitere Unterhaltungen',
  'conversation.inbox.back': 'Alle Unterhaltungen',
  'conversation.about.organization': 'Mit der Organisation {title}',
  'conversation.about.person': 'Mit {title}',
  'conversation.about.challenge': 'Zur Challenge „{title}“',
  'conversation.closed_short': 'geschlossen',
  'conversation.closed':
    'Diese Unterhaltung ist geschlossen: Eine beteiligte Person hat sie blockiert, niemand kann mehr darin schreiben.',
  'conversation.blocked_by_you':
    'Sie haben diese Unterhaltung blockiert: Niemand kann mehr darin schreiben, und Sie hören nichts mehr davon.',
  'conversation.people': 'Beteiligte',
  'conversation.messages': 'Nachrichten',
  'conversation.earlier': 'Frühere Nachrichten',
  'conversation.you': 'Sie',
  'conversation.reply': 'Antworten',
  'conversation.send': 'Antwort senden',
  'conversation.address': 'Ihre E-Mail-Adresse',
  'conversation.address.shared': 'Die anderen Beteiligten sehen Ihre Adresse auf dieser Seite.',
  'conversation.address.private': 'Ihre Adresse ist privat: Die anderen schreiben Ihnen über Bedside.',
  'conversation.address.share': 'Meine Adresse hier zeigen',
  'conversation.address.hide': 'Meine Adresse wieder verbergen',
  'conversation.block': 'Blockieren',
  'conversation.block.hint':
    'Blockieren schließt die Unterhaltung für alle Beteiligten, und Bedside leitet Ihnen keine neuen Kontaktaufnahmen der anderen mehr weiter. Melden Sie Missbrauch zusätzlich der Moderation.',
  'conversation.block.button': 'Diese Unterhaltung blockieren',
  'conversation.block.question': 'Diese Unterhaltung blockieren?',
  'conversation.block.consequence':
    'Niemand kann mehr darin schreiben, und Sie hören nichts mehr davon. Das lässt sich nicht rückgängig machen.',
  'conversation.notice.sent': 'Ihre Nachricht wurde gesendet.',
  'conversation.notice.shared': 'Die anderen Beteiligten sehen Ihre Adresse jetzt hier.',
  'conversation.notice.hidden': 'Ihre Adresse ist wieder privat.',
  'conversation.notice.blocked': 'Sie haben diese Unterhaltung blockiert.',
  'notification.report_filed.conversation':
    'Eine Unterhaltung „{title}“ wurde Ihnen gemeldet: Lesen Sie sie und entscheiden Sie, was zu tun ist.',
  'conversation.field.reason': 'Was ist falsch',
  'conversation.report': 'Der Moderation melden',
  'conversation.report.hint':
    'Mindestens 10 Zeichen. Die Moderation kann diese Unterhaltung dann lesen; die andere Seite sieht Ihre Meldung nicht.',
  'conversation.report.button': 'Diese Unterhaltung melden',
  'conversation.reported_by_you': 'Sie haben diese Unterhaltung gemeldet: Die Moderation wird sie prüfen.',
  'conversation.moderator_reading':
    'Sie lesen diese Unterhaltung als Moderation, weil eine beteiligte Person sie gemeldet hat. Ihr Lesen wird im Prüfprotokoll festgehalten.',
  'conversation.notice.reported': 'Danke: Die Moderation wird diese Unterhaltung prüfen.',
  'conversation.me_link':
    'Ihre Unterhaltungen: Nachrichten mit Partnern, an die Sie sich gewandt haben oder die sich an Sie gewandt haben',
};
