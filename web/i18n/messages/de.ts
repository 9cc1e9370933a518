import type { Translated } from '../part';
import type { enMessages } from './en';

export const deMessages: Translated<typeof enMessages> = {
  'messages.required': 'Bitte füllen Sie „{label}“ aus.',
  'messages.choose': 'Bitte wählen Sie bei „{label}“ eine der Möglichkeiten.',
  'messages.too_short': {
    one: 'Geben Sie bei „{label}“ mindestens # Zeichen ein.',
    other: 'Geben Sie bei „{label}“ mindestens # Zeichen ein.',
  },
  'messages.too_long': {
    one: 'Bei „{label}“ ist höchstens # Zeichen möglich.',
    other: 'Bei „{label}“ sind höchstens # Zeichen möglich.',
  },
  'messages.too_few': {
    one: 'Geben Sie bei „{label}“ mindestens einen Eintrag an.',
    other: 'Geben Sie bei „{label}“ mindestens # Einträge an.',
  },
  'messages.too_many': {
    one: 'Bei „{label}“ ist nur ein Eintrag möglich.',
    other: 'Bei „{label}“ sind höchstens # Einträge möglich.',
  },
  'messages.number': '„{label}“ muss eine Zahl sein.',
  'messages.whole_number': '„{label}“ muss eine ganze Zahl sein.',
  'messages.between': '„{label}“ muss zwischen {min} und {max} liegen.',
  'messages.at_least': '„{label}“ muss mindestens {min} sein.',
  'messages.at_most': '„{label}“ darf höchstens {max} sein.',
  'messages.email': 'Geben Sie bei „{label}“ eine E-Mail-Adresse wie name@klinik.example ein.',
  'messages.url': '„{label}“ ist keine Webadresse (https://…).',
  'messages.date': 'Wählen Sie bei „{label}“ einen Tag, oder schreiben Sie ihn als 2027-03-31.',
  'messages.format': 'Schreiben Sie „{label}“ wie im Beispiel daneben.',
  'messages.check': 'Bitte prüfen Sie „{label}“: So kann es nicht gespeichert werden.',
  'messages.form_outdated':
    'Dieses Formular hat etwas gesendet, das die Seite nicht kennt. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'messages.this_field': 'Dieses Feld',
  'messages.entry': '{label}, Eintrag {n}',
  'messages.link_n': 'Link {n}',
  'messages.tag_n': 'Schlagwort {n}',
  'messages.country': 'Schreiben Sie „{label}“ als Code aus zwei Buchstaben, z. B. DE, IT oder RO.',
  'messages.icd10': 'Schreiben Sie „{label}“ als ICD-10-Code wie E11.9, oder lassen Sie das Feld leer.',
  'messages.tag':
    '„{label}“ ist kein Schlagwort: Verwenden Sie kleingeschriebene Wörter mit Bindestrichen, z. B. multi-omics.',
  'messages.criterion_key':
    '„{label}“ muss aus 2 bis 40 Kleinbuchstaben, Ziffern oder Unterstrichen bestehen und mit einem Buchstaben beginnen.',
  'messages.criterion_key_twice': '„{label}“ kommt zweimal vor: Geben Sie jedem Kriterium ein eigenes Kürzel.',
  'messages.trl_order': '„{label}“ darf nicht niedriger sein als „{other}“.',
  'messages.after_deadline': 'Wählen Sie bei „{label}“ einen späteren Tag als die Einreichungsfrist.',
  'messages.date_future': 'Wählen Sie bei „{label}“ ein Datum nach heute.',
  'messages.time_zone': 'Wählen Sie „{label}“ aus der Liste, z. B. Europe/Berlin.',
  'messages.channel': 'Wählen Sie bei „{label}“ einen der angebotenen Wege.',
  'messages.score': 'Wählen Sie bei „{label}“ eine Bewertung von 1 bis 5.',
  'messages.not_criterion': '„{label}“ ist kein Kriterium dieser Challenge: Laden Sie die Seite neu.',
  'messages.named_twice': 'Eine Lösung ist zweimal gewählt: Geben Sie jeder Lösung ein Ergebnis.',
  'messages.not_submitted':
    'Eine gewählte Lösung ist nicht mehr im Rennen: Laden Sie die Seite neu und entscheiden Sie noch einmal.',
  'messages.link':
    'Dieser Link stammt nicht von Bedside oder wurde abgeschnitten. Kopieren Sie den ganzen Link aus der E-Mail, oder fordern Sie einen neuen an.',
  'messages.invitation_link':
    'Dieser Einladungslink stammt nicht von Bedside oder wurde abgeschnitten. Kopieren Sie den ganzen Link aus der E-Mail, oder bitten Sie die Person, die Sie eingeladen hat, ihn noch einmal zu senden.',
  'messages.search_letters': '„{label}“ braucht mindestens einen Buchstaben oder eine Ziffer.',
  'messages.relevance': 'Die Sortierung nach Relevanz braucht Suchwörter.',
  'messages.cursor': 'Diese Liste hat sich inzwischen geändert: Beginnen Sie wieder auf der ersten Seite.',
  'messages.slug_taken': '„{label}“ ist schon vergeben: Wählen Sie etwas anderes.',
  'messages.wrong_password': '„{label}“ stimmt nicht. Es wurde nichts geändert.',
  'messages.same_email': 'Das ist schon Ihre Adresse: Geben Sie bei „{label}“ eine andere ein.',
  'messages.email_taken':
    'Ein Konto verwendet diese Adresse schon: Melden Sie sich an, oder setzen Sie das Passwort auf der Anmeldeseite zurück.',
  'messages.always_emailed': '„{label}“ kommt immer per E-Mail: Die E-Mail enthält den Link zum Annehmen.',
  'messages.sign_in_failed':
    'E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es noch einmal; nach {max} Fehlversuchen pausiert die Anmeldung 15 Minuten lang.',
  'messages.rate_limited': {
    one: 'Zu viele Versuche. Versuchen Sie es in # Minute noch einmal.',
    other: 'Zu viele Versuche. Versuchen Sie es in # Minuten noch einmal.',
  },
  'messages.stale':
    'Jemand hat dies geändert, während Sie es bearbeitet haben. Ihre Eingaben sind noch da: Prüfen Sie sie und speichern Sie noch einmal.',
  'messages.refused.invalid_state': 'Das ist gerade nicht möglich.',
  'messages.refused.duplicate': 'Das gibt es schon.',
  'messages.refused.forbidden': 'Das dürfen Sie nicht.',
  'messages.refused.not_found': 'Das gibt es nicht mehr, oder Sie dürfen es nicht sehen.',
  'messages.refused.validation_failed': 'Etwas im Formular stimmt nicht.',
  'messages.refused.unauthorized': 'Bitte melden Sie sich erneut an und versuchen Sie es noch einmal.',
  'messages.refused.unavailable': 'Das ist gerade nicht verfügbar. Versuchen Sie es in einigen Minuten noch einmal.',
  'messages.refused.rate_limited': 'Zu viele Versuche. Versuchen Sie es später noch einmal.',
  'messages.refused.stale_version': 'Jemand hat dies geändert, während Sie es bearbeitet haben.',
  'messages.refused.deadline_passed': 'Die Frist für Lösungen ist abgelaufen.',
  'messages.refused.malformed_request':
    'Die Anfrage konnte nicht gelesen werden. Senden Sie das Formular bitte erneut.',
  'messages.refused.payload_too_large': 'Die Datei ist zu groß.',
  'messages.refused.unsupported_media_type': 'Dateien dieser Art können nicht angehängt werden.',
  'messages.reason_in_english': 'Der Grund, auf Englisch:',
};
