import type { Translated } from '../part';
import type { enApiKeys } from './en';

export const deApiKeys: Translated<typeof enApiKeys> = {
  'api_keys.me_link': 'API-Schlüssel',
  'api_keys.title': 'API-Schlüssel',
  'api_keys.intro':
    'Mit einem API-Schlüssel nutzt ein Programm (ein Clusterportal, ein Skript, eine Tabelle) die Bedside-API in Ihrem Namen, ohne Ihr Passwort. Er hat nie mehr Rechte, als Sie beim Aufruf haben, und nur, was seine Bereiche erlauben. Ein Schlüssel kann keine Seiten öffnen und keine Schlüssel verwalten.',
  'api_keys.docs': 'So nutzen Sie die API',
  'api_keys.quota':
    'Jeder Schlüssel darf {minute} Anfragen pro Minute und {day} pro Tag stellen. Sie können {max} Schlüssel haben.',
  'api_keys.list': 'Ihre Schlüssel',
  'api_keys.none': 'Sie haben keine API-Schlüssel.',
  'api_keys.prefix': 'Beginnt mit',
  'api_keys.scopes': 'Bereiche',
  'api_keys.cluster': 'Nur der Cluster',
  'api_keys.created': 'Erstellt',
  'api_keys.last_used': 'Zuletzt genutzt',
  'api_keys.never_used': 'Noch nicht genutzt',
  'api_keys.expires': 'Läuft ab',
  'api_keys.no_expiry': 'Läuft nicht ab',
  'api_keys.open': 'Nutzung und Widerruf',
  'api_keys.open_named': 'Nutzung und Widerruf von {name}',
  'api_keys.create_title': 'Schlüssel erstellen',
  'api_keys.field.name': 'Name',
  'api_keys.field.name_hint': 'Wofür der Schlüssel ist, etwa „Abgleich Clusterportal“. Nur Sie sehen ihn.',
  'api_keys.field.scopes': 'Was der Schlüssel darf',
  'api_keys.field.scopes_hint':
    'Wählen Sie nur, was das Programm braucht. Der Schlüssel kann nie mehr, als Sie dürfen.',
  'api_keys.field.expires_at': 'Läuft ab am (optional)',
  'api_keys.field.expires_at_hint':
    'Der Schlüssel gilt bis zum Ende dieses Tages (UTC). Leer lassen für einen Schlüssel, der nicht abläuft.',
  'api_keys.field.cluster': 'Nur für einen Cluster (optional)',
  'api_keys.field.cluster_hint':
    'Der Schlüssel moderiert nur diesen Cluster. Leer lassen für alle, die Sie moderieren.',
  'api_keys.field.any_cluster': 'Alle Cluster, die ich moderiere',
  'api_keys.create': 'Schlüssel erstellen',
  'api_keys.confirm_first':
    'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie einen API-Schlüssel erstellen: Ein Schlüssel handelt in Ihrem Namen.',
  'api_keys.confirm_link': 'Den Bestätigungslink auf Ihrer Seite senden',
  'api_keys.full':
    'Sie haben bereits {max} API-Schlüssel: Widerrufen Sie einen, den Sie nicht mehr brauchen, bevor Sie einen neuen erstellen.',
  'api_keys.error.no_scope':
    'Kreuzen Sie unter „{label}“ mindestens ein Kästchen an: Ein Schlüssel braucht etwas, das er tun darf.',
  'api_keys.error.cluster':
    'Sie moderieren diesen Cluster nicht. Wählen Sie einen Ihrer Cluster oder lassen Sie „{label}“ leer.',
  'api_keys.scope.challenges:read':
    'Challenges, Ausschreibungen, Cluster, Anhänge, Feeds und offene Daten lesen, soweit Sie sie sehen dürfen.',
  'api_keys.scope.challenges:write':
    'Challenges, Ausschreibungen und Anhänge einstellen und bearbeiten, Fragen stellen und beantworten, unterstützen.',
  'api_keys.scope.solutions:read': 'Die Lösungen lesen, die Sie sehen dürfen, mit ihren Teams.',
  'api_keys.scope.solutions:write': 'Ihre Lösungen einreichen, bearbeiten und zurückziehen und ihre Teams verwalten.',
  'api_keys.scope.evaluation:read': 'Jurys, Phasen, Rankings und Bewertungsberichte lesen, die Sie sehen dürfen.',
  'api_keys.scope.evaluation:write':
    'Lösungen bewerten, Interessenkonflikte erklären, Jurys und Phasen verwalten, entscheiden.',
  'api_keys.scope.network:read':
    'Organisationen, Personen, Kooperationen, Veranstaltungen, Treffen, Unterhaltungen und vorgeschlagene Partner lesen.',
  'api_keys.scope.network:write':
    'Organisationen und Kooperationen ändern, soweit Sie dürfen, sich zu Veranstaltungen anmelden, Treffen vereinbaren, in Unterhaltungen schreiben.',
  'api_keys.scope.impact:read': 'Die Wirkungszahlen der Cluster und des Netzwerks lesen.',
  'api_keys.scope.moderation:read':
    'Die Moderationsliste, Meldungen, das Prüfprotokoll und Einladungen lesen, die Sie sehen dürfen.',
  'api_keys.scope.moderation:write':
    'Moderieren: Challenges prüfen, Meldungen bearbeiten, einladen und ernennen, soweit Sie dürfen.',
  'api_keys.scope.account:read':
    'Ihr Konto, Ihre Benachrichtigungen, Einstellungen, gespeicherten Suchen und Ihr Profil lesen.',
  'api_keys.scope.account:write': 'Ihre Benachrichtigungseinstellungen, gespeicherten Suchen und Ihr Profil ändern.',
  'api_keys.scope.webhooks:manage': 'Ihre Webhooks anlegen, ändern und löschen.',
  'api_keys.created_title': 'Ihr neuer API-Schlüssel',
  'api_keys.secret': 'Das Geheimnis des Schlüssels',
  'api_keys.secret_warning':
    'Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt. Bedside speichert nur einen Hashwert davon, niemand kann es Ihnen später zeigen. Geht es verloren, widerrufen Sie den Schlüssel und erstellen Sie einen neuen.',
  'api_keys.secret_use': 'Senden Sie es mit jeder Anfrage in diesem Header und hüten Sie es wie ein Passwort:',
  'api_keys.back': 'Zurück zu Ihren API-Schlüsseln',
  'api_keys.usage_title': 'Anfragen pro Tag',
  'api_keys.usage_intro': 'Die letzten {days} Tage (UTC), neueste zuerst; Tage ohne Anfragen fehlen.',
  'api_keys.usage_none': 'Keine Anfragen in den letzten {days} Tagen.',
  'api_keys.usage_caption': 'Anfragen pro Tag mit {name}',
  'api_keys.day': 'Tag',
  'api_keys.requests': 'Anfragen',
  'api_keys.revoke_title': 'Schlüssel widerrufen',
  'api_keys.revoke_intro':
    'Ein widerrufener Schlüssel wird ab seiner nächsten Anfrage abgewiesen; Programme, die ihn nutzen, funktionieren nicht mehr.',
  'api_keys.revoke': 'Schlüssel widerrufen',
  'api_keys.done.revoked': 'Der Schlüssel ist widerrufen.',
  'confirm_step.revoke_api_key.question': 'Den API-Schlüssel „{name}“ widerrufen?',
  'confirm_step.revoke_api_key.consequence':
    'Jedes Programm, das ihn nutzt, wird ab seiner nächsten Anfrage abgewiesen. Ein widerrufener Schlüssel lässt sich nicht zurückholen; Sie können einen neuen erstellen.',
  'confirm_step.revoke_api_key.yes': 'Ja, Schlüssel widerrufen',
};
