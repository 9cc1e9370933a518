import { type LegalTexts, markdown } from '../documents';

/*
 * Die Rechtstexte auf Deutsch. VOR DEM DEPLOYMENT ANPASSEN: Es sind die Texte des Betreibers;
 * Hinweise zum Format und zu den Platzhaltern stehen in en.ts neben dieser Datei.
 */

const privacy = markdown`
Diese Erklärung sagt Ihnen, welche personenbezogenen Daten Bedside speichert, wenn Sie diese Website nutzen, warum, wie lange, wer sie erhält und welche Rechte Sie haben (Art. 13 und 14 der Datenschutz-Grundverordnung, DSGVO).

## Verantwortlicher

Verantwortlich ist {operator_name}, {operator_address}. Kontakt: {operator_contact}. Für alle Fragen zu Ihren Daten schreiben Sie an unseren Datenschutzkontakt: {privacy_contact}.

## Was Bedside speichert und warum

- **Ihr Konto:** Ihr Name, Ihre E-Mail-Adresse, ein gesalzener Hash Ihres Passworts (nie das Passwort selbst), ob Sie als Klinikerin oder Kliniker oder als Lösungsanbieter beigetreten sind, Ihre Organisation (Name, Art und Land), sofern angegeben, Ihre Sprache und Zeitzone sowie der Zeitpunkt, zu dem Sie Ihre Adresse bestätigt haben. Wir brauchen diese Daten, um Ihr Konto zu führen und anderen zu zeigen, wer etwas veröffentlicht oder eingereicht hat (Art. 6 Abs. 1 lit. b DSGVO: Nutzungsvertrag).
- **Anmeldung:** Ein Sitzungs-Cookie hält Sie bis zu 14 Tage angemeldet; wir speichern nur einen Hash davon, zusammen mit dem Namen Ihres Browsers, damit Sie Ihre Sitzungen wiedererkennen. Ein Sprach-Cookie merkt sich ein Jahr lang die Sprache, die Sie gewählt haben. Beide sind unbedingt erforderlich. Bedside setzt keine Tracking- oder Werbe-Cookies und nutzt keine Analysedienste.
- **Challenges, Fragen, Antworten und Unterstützungen,** die Sie veröffentlichen: Sie sind öffentlich oder für das Netzwerk des Clusters sichtbar, wie die Challenge es angibt; Moderatorinnen und Moderatoren lesen Challenges vor der Veröffentlichung (Art. 6 Abs. 1 lit. b DSGVO).
- **Lösungen:** vertraulich. Nur Ihr Team, die Eigentümerin oder der Eigentümer der Challenge, die Jury und die Moderation des Clusters können sie lesen. Wird eine Challenge entschieden, wird eine Gewinnerlösung nur dann öffentlich genannt, wenn Sie dem beim Einreichen zugestimmt haben (Art. 6 Abs. 1 lit. b DSGVO und für die Nennung Ihre Einwilligung, Art. 6 Abs. 1 lit. a).
- **Bewertungen:** Erklärungen der Jurymitglieder zu Interessenkonflikten, Punkte und Kommentare, auch unfertige Bewertungen, die nie gezählt werden. Sie dienen nur dazu, die Lösungen dieser Challenge zu ranken (Art. 6 Abs. 1 lit. b DSGVO).
- **Benachrichtigungen und E-Mails:** Ihre Benachrichtigungen, Ihre Auswahl, welche Sie per E-Mail erreichen, Ihre gespeicherten Suchen und ein Eintrag zu jeder E-Mail an Sie (Art, Adresse, Versandzeitpunkt und ob sie ankam). Der Text einer E-Mail wird beim Versand erstellt und nicht gespeichert (Art. 6 Abs. 1 lit. b DSGVO).
- **Prüfprotokoll und Meldungen:** wer wann was an Challenges, Lösungen, Meldungen und Rollen geändert hat, und die Meldungen an die Moderation, damit Entscheidungen nachvollziehbar bleiben und Streitfälle geklärt werden können (Art. 6 Abs. 1 lit. f DSGVO: unser berechtigtes Interesse an einem fairen und nachvollziehbaren Verfahren).
- **Protokolle:** Zur Sicherheit und Fehlerbehebung zeichnet unser Hosting-Anbieter jede Anfrage auf (Zeit, aufgerufene Adresse, Ergebnis und die technischen Daten, die Ihr Browser sendet, etwa IP-Adresse und User-Agent). Zähler fehlgeschlagener Anmeldungen und Registrierungen je Netzwerkadresse verhindern Missbrauch (Art. 6 Abs. 1 lit. f DSGVO).

## Wie lange wir Daten speichern

- Sitzungen enden spätestens nach 14 Tagen und werden dann gelöscht; per E-Mail gesendete Links gelten 30 Minuten (Passwort zurücksetzen) oder 24 Stunden (Adresse bestätigen).
- Zähler gegen Missbrauch werden nach Ablauf ihres Zeitfensters gelöscht, nach Minuten bis Stunden. Anfrageprotokolle werden bis zu 7 Tage aufbewahrt.
- Ihr Konto, Ihre Inhalte und die Einträge zu E-Mails an Sie bleiben gespeichert, solange Ihr Konto besteht. Wenn Sie die Löschung Ihres Kontos verlangen, löschen oder anonymisieren wir Ihre Daten innerhalb von 30 Tagen. Einträge im Prüfprotokoll und die veröffentlichten Ergebnisse entschiedener Challenges bleiben erhalten, solange diese Ergebnisse veröffentlicht sind, höchstens 10 Jahre, damit Entscheidungen nachvollziehbar bleiben.

## Wer Ihre Daten erhält

- Andere Personen auf Bedside, wie oben beschrieben: Öffentliches ist öffentlich; Vertrauliches erreicht nur die Genannten.
- Cloudflare, Inc., die Bedside, die Datenbank und die Protokolle hostet und die E-Mails zustellt, als unser Auftragsverarbeiter auf Grundlage eines Auftragsverarbeitungsvertrags. Daten können außerhalb der Europäischen Union verarbeitet werden; Übermittlungen in die USA stützen sich auf das EU-US Data Privacy Framework und die Standardvertragsklauseln der Europäischen Kommission.
- Sonst niemand, es sei denn, das Gesetz verpflichtet uns dazu. Wir verkaufen keine Daten und zeigen keine Werbung.

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20), Widerspruch gegen Verarbeitungen auf Grundlage unserer berechtigten Interessen (Art. 21) und darauf, eine Einwilligung jederzeit mit Wirkung für die Zukunft zu widerrufen (Art. 7 Abs. 3). Schreiben Sie an {privacy_contact}. Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, insbesondere in dem EU-Land, in dem Sie leben oder arbeiten (Art. 77).

## Müssen Sie uns Daten geben?

Öffentliche Challenges können Sie ohne Konto lesen. Um etwas zu veröffentlichen oder einzureichen, brauchen Sie ein Konto mit Name und E-Mail-Adresse. Bedside trifft keine automatisierten Entscheidungen über Sie: Menschen entscheiden, und die Punkte der Jury beraten die Eigentümerin oder den Eigentümer der Challenge.

Bitte geben Sie nirgends auf Bedside Daten ein, die Patientinnen oder Patienten identifizieren könnten.
`;

const terms = markdown`
Diese Bedingungen gelten für alle, die Bedside unter dieser Adresse nutzen, betrieben von {operator_name}. Mit dem Anlegen eines Kontos akzeptieren Sie sie.

## Was Bedside ist

Bedside bringt Klinikerinnen und Kliniker, die ungelöste klinische Probleme beschreiben (Challenges), mit Unternehmen und Forschungsgruppen zusammen, die Lösungen vorschlagen. Der Betreiber stellt die Plattform bereit; er ist nicht Partei von Vereinbarungen zwischen der Eigentümerin oder dem Eigentümer einer Challenge und einem Lösungsanbieter.

## Ihr Konto

- Geben Sie Ihren echten Namen und eine Adresse an, die Sie lesen; ein Konto pro Person.
- Halten Sie Ihr Passwort geheim. Schreiben Sie an {operator_contact}, wenn jemand anderes Ihr Konto genutzt haben könnte.
- Wer eine Challenge veröffentlicht, bestätigt, dass die eigene Organisation dies erlaubt.

## Was Sie veröffentlichen

- **Keine Patientendaten.** Geben Sie nie Informationen ein, die eine Patientin oder einen Patienten identifizieren könnten.
- Veröffentlichen Sie nur, was Sie teilen dürfen: Achten Sie Vertraulichkeit, geistiges Eigentum und das Gesetz.
- Bleiben Sie sachlich und respektvoll. Die Moderation kann Änderungen verlangen, Inhalte verbergen, die gegen diese Bedingungen verstoßen, und Konten sperren, die wiederholt dagegen verstoßen. Verstößt ein Inhalt Ihrer Meinung nach dagegen, schreiben Sie an {operator_contact} und nennen Sie die Seite.

## Lösungen und geistiges Eigentum

- Alle Rechte an dem, was Sie einreichen, bleiben bei Ihnen. Mit dem Einreichen einer Lösung erlauben Sie der Eigentümerin oder dem Eigentümer der Challenge, der Jury und der Moderation des Clusters, sie für diese Challenge zu lesen und zu bewerten, und für nichts anderes.
- Eigentümer, Jurymitglieder und Moderation behandeln Lösungen vertraulich und nutzen sie nur zur Bewertung. Jede weitere Nutzung braucht eine eigene Vereinbarung mit dem Lösungsanbieter.
- Jurymitglieder erklären jeden Interessenkonflikt, bevor sie eine Lösung lesen.
- Eine Gewinnerlösung wird nur öffentlich genannt, wenn ihr Team zugestimmt hat.

## Entscheidungen und Belohnungen

Die Eigentümerin oder der Eigentümer der Challenge entscheidet, beraten durch die Punkte der Jury; auf Bedside ist die Entscheidung endgültig. Belohnungen wie Pilotprojekte oder Förderung verspricht die Eigentümerin oder der Eigentümer der Challenge so, wie die Challenge sie beschreibt, nicht der Betreiber.

## Keine medizinische Beratung

Bedside ist kein Medizinprodukt, und nichts auf Bedside ist eine medizinische Beratung.

## Verfügbarkeit und Haftung

Wir arbeiten daran, dass Bedside verfügbar ist und Ihre Daten sicher sind, können aber nicht versprechen, dass es immer verfügbar oder fehlerfrei ist. Der Betreiber haftet unbeschränkt für Vorsatz und grobe Fahrlässigkeit sowie für Schäden an Leben, Körper oder Gesundheit; im Übrigen nur bei Verletzung wesentlicher Pflichten, begrenzt auf den vorhersehbaren Schaden. Nichts hier beschränkt die Haftung, wo das Gesetz es nicht erlaubt.

## Beendigung und Änderungen

Sie können Bedside jederzeit nicht mehr nutzen und die Löschung Ihres Kontos verlangen (siehe Datenschutzerklärung). Änderungen dieser Bedingungen kündigen wir mindestens 30 Tage vor ihrem Inkrafttreten per E-Mail an; sind Sie nicht einverstanden, können Sie Ihr Konto schließen.

## Anwendbares Recht

Es gilt das Recht des Landes, in dem der Betreiber niedergelassen ist. Nutzen Sie Bedside als Verbraucherin oder Verbraucher, bleibt der Schutz durch das Recht des Landes, in dem Sie leben, bestehen.
`;

const imprint = markdown`
Bedside unter dieser Adresse wird betrieben von {operator_name}.

Verantwortlich für den Inhalt dieser Website: {operator_name}, {operator_address}.

Challenges, Fragen, Lösungen und Kommentare schreiben die Personen, die sie veröffentlichen; sie sind dafür verantwortlich. Wenn Sie Inhalte finden, die rechtswidrig sind oder gegen die Nutzungsbedingungen verstoßen, schreiben Sie an {operator_contact} und nennen Sie die Seite.
`;

export const deLegal: LegalTexts = { privacy, terms, imprint };
