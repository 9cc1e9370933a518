import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const deAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_claimed':
    '{claimant} gibt an, zu {organization} zu gehören: Bestätigen oder ablehnen können Sie auf deren Mitgliederseite.',
  'notification.kind.affiliation_claimed': 'Jemand gibt an, zu einer Organisation zu gehören, über die Sie entscheiden',
  'dashboard.email_kind.affiliation_claimed': 'Zugehörigkeit beansprucht',
  'notification.affiliation_confirmed':
    'Ihre Zugehörigkeit zu {organization} ist bestätigt: Sie erscheint jetzt bei Ihrem Namen.',
  'notification.affiliation_declined':
    'Ihre Zugehörigkeit zu {organization} wurde nicht bestätigt: Sie werden ohne diese Organisation angezeigt. Falls das ein Irrtum ist, wenden Sie sich an deren Verwaltung.',
  'notification.kind.affiliation_confirmed': 'Ihre Zugehörigkeit zu einer Organisation ist bestätigt',
  'notification.kind.affiliation_declined': 'Ihre Zugehörigkeit zu einer Organisation wurde nicht bestätigt',
  'dashboard.email_kind.affiliation_confirmed': 'Zugehörigkeit bestätigt',
  'dashboard.email_kind.affiliation_declined': 'Zugehörigkeit nicht bestätigt',
  'affiliation.pending':
    'Ihre Zugehörigkeit zu {organization} wartet auf die Bestätigung durch deren Verwaltung oder eine Moderatorin bzw. einen Moderator ihres Clusters. Bis dahin werden Sie ohne diese Organisation angezeigt.',
  'affiliation.claims_waiting': 'Zugehörigkeitsanfragen für {organization}, die auf Ihre Entscheidung warten: {count}',
  'affiliation.claim': 'Ich arbeite hier: Zugehörigkeit beantragen',
  'affiliation.back_profile': 'Zurück zum Profil',
  'affiliation.back_me': 'Zurück zu meiner Seite',
  'affiliation.done.confirmed': 'Bestätigt: Die Person erscheint jetzt mit {organization}.',
  'affiliation.done.declined': 'Erledigt: Die Person erscheint ohne {organization}.',
  'affiliation.done.claimed':
    'Ihre Anfrage, zu {organization} zu gehören, ist gesendet. Deren Verwaltung oder eine Moderation ihres Clusters bestätigt sie; wir sagen Ihnen Bescheid.',
  'affiliation.done.saved': 'Das Profil von {organization} ist gespeichert.',
  'affiliation.members.link': 'Mitglieder und Anfragen',
  'affiliation.members.title': 'Mitglieder von {organization}',
  'affiliation.members.intro':
    'Personen, die angeben, hier zu arbeiten. Bestätigen Sie nur, wen Sie kennen: Ein bestätigtes Mitglied erscheint mit der Organisation bei allem, was es veröffentlicht, und zählt bei der Prüfung von Interessenkonflikten. Von jeder Adresse wird nur die Domain gezeigt.',
  'affiliation.members.who': 'Adresse bei {domain} · seit {date}',
  'affiliation.members.unconfirmed': 'Adresse noch nicht bestätigt',
  'affiliation.members.waiting': 'Warten auf eine Entscheidung',
  'affiliation.members.none_waiting': 'Keine Anfrage wartet.',
  'affiliation.members.confirm': 'Bestätigen',
  'affiliation.members.confirm_admin': 'Als Verwaltung bestätigen',
  'affiliation.members.decline': 'Ablehnen',
  'affiliation.members.own_claim':
    'Ihr eigener Antrag: Eine andere Administratorin, ein Moderator des Clusters oder ein Admin entscheidet darüber',
  'affiliation.members.confirmed': 'Mitglieder',
  'affiliation.members.none_confirmed': 'Noch keine bestätigten Mitglieder.',
  'affiliation.members.role_admin': 'Verwaltung',
  'affiliation.members.role_member': 'Mitglied',
  'affiliation.members.remove': 'Entfernen',
  'affiliation.members.declined': 'Abgelehnt',
  'affiliation.edit.link': 'Profil bearbeiten',
  'affiliation.edit.title': 'Profil von {organization}',
  'affiliation.edit.intro':
    'Was Partner im Partnerverzeichnis sehen. Mit einer Beschreibung und mindestens einer Kompetenz wird das Profil gelistet, sobald die Organisation verifiziert ist.',
  'affiliation.edit.status_listed': 'Seit {date} im Partnerverzeichnis gelistet.',
  'affiliation.edit.status_unverified':
    'Nicht gelistet: Eine Moderation ihres Clusters oder ein Admin hat diese Organisation noch nicht verifiziert.',
  'affiliation.edit.status_unlisted': 'Nicht im Partnerverzeichnis gelistet.',
  'affiliation.edit.description': 'Beschreibung',
  'affiliation.edit.description_hint': 'Was die Organisation macht, in wenigen Sätzen.',
  'affiliation.edit.website_hint': 'Eine https://-Adresse.',
  'affiliation.edit.capability_hint':
    'Themen wie bei Challenges, durch Kommas getrennt, z. B. Liquid Biopsy, Fernüberwachung.',
  'affiliation.edit.capability_error':
    '{label}: Schreiben Sie jede in Worten, durch Kommas getrennt, z. B. Liquid Biopsy, Fernüberwachung.',
  'affiliation.edit.trl_min': 'Niedrigster TRL, auf dem sie arbeitet',
  'affiliation.edit.trl_max': 'Höchster TRL, auf dem sie arbeitet',
  'affiliation.edit.listed': 'Im Partnerverzeichnis zeigen',
  'affiliation.edit.listed_hint':
    'Entfernen Sie den Haken, um das Profil aus dem Verzeichnis zu nehmen; hier bleibt es erhalten.',
  'affiliation.edit.save': 'Profil speichern',
};
