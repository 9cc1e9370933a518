import type { Translated } from '../part';
import type { enDiscovery } from './en';

export const deDiscovery: Translated<typeof enDiscovery> = {
  'discovery.image_alt': 'Bedside: Klinischer Bedarf trifft auf die, die ihn lösen können',
  'discovery.home':
    'Open Innovation für die Präzisionsmedizin in Europa: Kliniker stellen ungelöste klinische Probleme ein, Unternehmen und Forschungsgruppen lösen sie.',
  'discovery.challenges':
    'Ungedeckter klinischer Bedarf europäischer Kliniken, nach Krankheit, Schritt im Versorgungspfad, TRL und Frist durchsuchbar: Lösung einreichen.',
  'discovery.calls': 'Ausschreibungen europäischer Life-Science-Cluster mit ihren Regeln und Fristen.',
  'discovery.cluster': '{name} auf Bedside: offene klinische Challenges und Ausschreibungen.',
  'discovery.events': 'Pitch-Days, Matchmaking und Workshops europäischer Life-Science-Cluster.',
  'discovery.partners':
    'Kliniken, Unternehmen und Forschungsgruppen der Präzisionsmedizin nach Kompetenz, TRL und Land.',
  'discovery.people': 'Kliniker und Fachleute, die Innovationsprojekten der Präzisionsmedizin ihr Wissen anbieten.',
  'discovery.open_data': 'Alles Öffentliche auf Bedside als CSV und JSON unter CC BY 4.0.',
  'discovery.api_docs': 'Die Bedside-API: Challenges, Ausschreibungen und Lösungen als JSON lesen und schreiben.',
  'discovery.problems': 'Jedes Problem, mit dem die Bedside-API antwortet, was es bedeutet und was zu tun ist.',
  'discovery.legal':
    'Datenschutzerklärung, Nutzungsbedingungen und Impressum dieser Bedside-Website und wer sie betreibt.',
  'discovery.stories':
    'Was aus den klinischen Challenges von {name} wurde: Kooperationsprojekte zwischen Kliniken und Lösungsanbietern und ihre Meilensteine.',
  'discovery.impact':
    '{name} auf Bedside in Zahlen: Challenges, Lösungen, Kooperationen und Pilotprojekte, Quartal für Quartal.',
  'discovery.cooperation':
    'Eine Kooperation auf Bedside zwischen {clinic} und {solver}, aus der klinischen Challenge „{challenge}“.',
};
