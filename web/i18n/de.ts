import type { Messages } from './en';

export const de: Messages = {
  'site.name': 'Bedside',
  'site.tagline': 'Klinischer Bedarf trifft auf die, die ihn lösen können',
  'nav.skip': 'Zum Hauptinhalt springen',
  'nav.main': 'Hauptnavigation',
  'nav.home': 'Startseite',
  'nav.challenges': 'Challenges',
  'nav.api': 'API',
  'nav.language': 'Sprache',
  'footer.api_docs': 'API-Dokumentation',
  'footer.feed': 'Atom-Feed der offenen Challenges',
  'footer.about': 'Bedside ist eine Open-Innovation-Plattform für Cluster der Präzisionsmedizin in Europa.',
  'home.title': 'Open Innovation für die Präzisionsmedizin',
  'home.intro':
    'Klinikerinnen und Kliniker beschreiben ungelösten klinischen Bedarf als Challenge. KMU, Start-ups und Forschungsgruppen schlagen Lösungen vor. Eine Jury bewertet sie, Cluster-Moderatoren begleiten die Ausschreibungen, und alles Öffentliche steht über unsere API zur Weiterverwendung bereit.',
  'home.how.title': 'So funktioniert es',
  'home.how.post':
    'Kliniken und Krankenhäuser beschreiben einen klinischen Bedarf: Indikation, Schritt im Versorgungspfad, Population und ein messbares Ziel.',
  'home.how.solve':
    'Lösungsanbieter reichen Lösungen ein. Einreichungen bleiben vertraulich für die Challenge-Verantwortlichen, die Jury und die Moderation.',
  'home.how.decide':
    'Die Jury bewertet jede Lösung nach gewichteten Kriterien; die Verantwortlichen benennen die Gewinner, und die Ergebnisse werden veröffentlicht.',
  'home.open.title': 'Offene Challenges',
  'home.open.empty': 'Derzeit sind keine Challenges offen.',
  'home.open.deadline': 'Einreichung bis {date}',
  'home.clusters.title': 'Cluster',
  'home.clusters.challenges': { one: '# Challenge', other: '# Challenges' },
  'error.not_found.title': 'Seite nicht gefunden',
  'error.not_found.text':
    'Unter dieser Adresse gibt es nichts, oder Sie dürfen es nicht sehen. Prüfen Sie den Link oder beginnen Sie auf der Startseite.',
  'error.generic.title': 'Etwas ist schiefgelaufen',
  'error.generic.text':
    'Wir konnten diese Seite nicht anzeigen. Das liegt nicht an Ihnen; bitte versuchen Sie es gleich noch einmal.',
  'error.request_id': 'Referenz für den Support: {id}',
  'error.back_home': 'Zur Startseite',
  'docs.title': 'API-Dokumentation',
  'docs.noscript': 'Die interaktive Dokumentation benötigt JavaScript. Das OpenAPI-Dokument selbst ist einfaches JSON:',
  'problems.title': 'Fehlertypen',
  'problems.intro': 'Jeder API-Fehler ist ein Problem-Dokument nach RFC 9457, dessen `type` hierher verweist.',
};
