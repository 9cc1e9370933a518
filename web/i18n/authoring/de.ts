import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const deAuthoring: Translated<typeof enAuthoring> = {
  'authoring.cluster.choose': 'Bitte wählen…',
  'authoring.cluster.suggested': 'Vorschläge für Sie',
  'authoring.cluster.others': 'Weitere Cluster',
  'authoring.cluster.hint': 'Der regionale Cluster, dessen Moderation Ihre Challenge prüft und veröffentlicht.',
  'authoring.cluster.member_one': 'Vorschlag: {name}, der Cluster, dem Sie angehören.',
  'authoring.cluster.member_many':
    'Sie sind Mitglied von {names}: Wählen Sie den Cluster, zu dem dieser Bedarf gehört.',
  'authoring.cluster.country_one': 'Vorschlag: {name}, der einzige Cluster im Land Ihrer Organisation.',
  'authoring.cluster.country_many': 'Cluster im Land Ihrer Organisation: {names}.',
  'authoring.cluster.fixed': 'Veröffentlicht im Cluster {name}.',
  'authoring.regulation.hint':
    'MDR: Medizinprodukte, auch Software. IVDR: In-vitro-Diagnostika, also Tests an Proben wie Blut oder Gewebe. Nicht sicher? Wählen Sie „Noch unklar“.',
  'authoring.device_class.none': 'Keine, oder noch nicht bekannt',
  'authoring.device_class.class': 'Klasse {class}',
  'authoring.device_class.hint':
    'MDR-Klassen I, IIa, IIb und III; IVDR-Klassen A, B, C und D, vom niedrigsten Risiko zum höchsten. Wählen Sie eine Klasse der oben gewählten Verordnung oder lassen Sie das Feld leer.',
  'authoring.trl.hint':
    'Der TRL (Technologie-Reifegrad) sagt, wie weit eine Lösung ist: von TRL 1 (eine Idee auf Papier) bis TRL 9 (im Routinebetrieb). Geben Sie den Bereich an, mit dem Sie arbeiten können, zum Beispiel 4 bis 7 für einen Prototyp, den Sie in Ihrer Klinik erproben könnten.',
  'authoring.trl.1': 'TRL 1 · Grundprinzipien beobachtet',
  'authoring.trl.2': 'TRL 2 · Konzept formuliert',
  'authoring.trl.3': 'TRL 3 · experimenteller Machbarkeitsnachweis',
  'authoring.trl.4': 'TRL 4 · im Labor validiert',
  'authoring.trl.5': 'TRL 5 · in relevanter Umgebung validiert',
  'authoring.trl.6': 'TRL 6 · in relevanter Umgebung demonstriert',
  'authoring.trl.7': 'TRL 7 · Prototyp in der klinischen Praxis erprobt',
  'authoring.trl.8': 'TRL 8 · vollständig und zertifiziert',
  'authoring.trl.9': 'TRL 9 · im Routinebetrieb bewährt',
  'authoring.tags.hint': 'Wörter, durch Kommas getrennt, z. B. Telemonitoring, Onkologie (bis zu 10).',
  'authoring.criteria.hint':
    'Die Jury bewertet jede Lösung in jedem Kriterium von 1 bis 5. Benennen Sie jedes Kriterium, beschreiben Sie, wie eine gute Antwort aussieht, und geben Sie ihm eine Gewichtung. Eine leere Zeile bleibt unberücksichtigt.',
  'authoring.criterion.legend': 'Kriterium {n}',
  'authoring.criterion.name': 'Name',
  'authoring.criterion.description': 'So sieht eine gute Antwort aus',
  'authoring.criterion.weight': 'Gewichtung (1–100)',
  'authoring.criterion.name_of': 'Kriterium {n}, Name',
  'authoring.criterion.description_of': 'Kriterium {n}, so sieht eine gute Antwort aus',
  'authoring.criterion.weight_of': 'Kriterium {n}, Gewichtung',
  'authoring.criteria.total': 'Summe der Gewichtungen:',
  'authoring.criteria.total_hint':
    'Jede Gewichtung zählt im Verhältnis zur Summe; bei einer Summe von 100 ist jede Gewichtung ein Prozentsatz.',
  'authoring.criteria.fixed': 'Die Kriterien und ihre Gewichtung stehen fest, seit die Challenge freigegeben wurde.',
  'authoring.default.clinical_impact': 'Klinischer Nutzen',
  'authoring.default.clinical_impact.description':
    'Wie viel besser die Versorgung würde: welches Ergebnis sich verbessert, für wie viele Patientinnen und Patienten, und die Evidenz dafür oder ein plausibler Weg dorthin.',
  'authoring.default.feasibility': 'Umsetzbarkeit',
  'authoring.default.feasibility.description':
    'Ob das Team die Lösung bei uns umsetzen kann: ein realistischer Plan, die Menschen und die Zeit, die es braucht.',
  'authoring.default.innovation': 'Innovation',
  'authoring.default.innovation.description':
    'Was neu ist gegenüber der heutigen Versorgung und gegenüber Produkten, die es schon zu kaufen gibt.',
  'authoring.default.trl_fit': 'Passender Reifegrad',
  'authoring.default.trl_fit.description':
    'Wie gut der Reifegrad der Lösung zum gesuchten TRL-Bereich passt und wie sie zu einem Pilotprojekt käme.',
  'authoring.default.regulatory_data_readiness': 'Regulatorik & Datenschutz',
  'authoring.default.regulatory_data_readiness.description':
    'Ein glaubwürdiger Weg zur CE-Kennzeichnung, wo sie nötig ist, und eine rechtmäßige, sichere Nutzung von Gesundheitsdaten (DSGVO).',
  'authoring.default.business_case': 'Wirtschaftlichkeit',
  'authoring.default.business_case.description':
    'Wer bezahlt, und warum es sich für das Krankenhaus lohnt: Kosten für Anschaffung, Betrieb und Schulung.',
  'authoring.autosave.saving': 'Wird gespeichert…',
  'authoring.autosave.saved': 'Gespeichert um {time}',
  'authoring.autosave.invalid':
    'Noch nicht gespeichert: Einige Felder müssen korrigiert werden. Klicken Sie auf „Entwurf speichern“, um zu sehen, welche.',
  'authoring.autosave.stale':
    'Nicht gespeichert: Jemand anderes hat diese Challenge geändert. Klicken Sie auf „Entwurf speichern“, um zu sehen, was zu tun ist.',
  'authoring.autosave.failed':
    'Nicht gespeichert: Die Verbindung ist fehlgeschlagen. Wir versuchen es in 30 Sekunden erneut.',
  'authoring.save_changes': 'Änderungen speichern',
  'authoring.note.pending': 'Die Moderation bittet um Änderungen',
  'authoring.note.pending_next':
    'Ändern Sie, worum die Moderation bittet, und speichern Sie. Reichen Sie die Challenge dann auf ihrer Seite erneut zur Prüfung ein.',
  'authoring.note.answered': 'Die Moderation hat um Änderungen gebeten; Sie haben die Challenge erneut eingereicht',
  'authoring.note.resolved': 'Erledigt: die frühere Bitte der Moderation',
  'authoring.note.rejection': 'Warum die Moderation die Challenge abgelehnt hat',
  'authoring.first.intro':
    'Beschreiben Sie einen klinischen Bedarf aus Ihrem Arbeitsalltag. Er bleibt ein Entwurf, den nur Sie sehen, bis Sie ihn zur Prüfung einreichen.',
  'authoring.first.post': 'Ihre erste Challenge veröffentlichen',
  'authoring.first.after_confirming':
    'Sobald Sie Ihre E-Mail-Adresse bestätigt haben, können Sie hier Ihre erste Challenge veröffentlichen.',
  'authoring.error.cluster': 'Wählen Sie unter „{label}“ den Cluster, zu dem Ihre Challenge gehört.',
  'authoring.error.device_class':
    'Wählen Sie unter „{label}“ eine Klasse der gewählten Verordnung (MDR: I, IIa, IIb, III; IVDR: A, B, C, D) oder lassen Sie das Feld leer.',
  'authoring.error.deadline': 'Wählen Sie für „{label}“ einen Tag nach dem heutigen.',
  'authoring.error.tags':
    '{label}: Schreiben Sie Wörter, durch Kommas getrennt, höchstens 10 Schlagwörter mit je bis zu 40 Buchstaben oder Ziffern.',
  'authoring.error.criteria': 'Geben Sie unter „{label}“ mindestens einem Kriterium einen Namen und eine Gewichtung.',
  'authoring.error.criterion_name':
    '{label}: Schreiben Sie einen Namen mit 2 bis 80 Zeichen, den kein anderes Kriterium hat.',
};
