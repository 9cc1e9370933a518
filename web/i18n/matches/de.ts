import type { Translated } from '../part';
import type { enMatches } from './en';

export const deMatches: Translated<typeof enMatches> = {
  'notification.challenge_fits': 'Eine neue Challenge passt zu Ihrem Profil: „{title}“.',
  'notification.kind.challenge_fits': 'Neue Challenges, die zu Ihrem Profil passen',
  'dashboard.email_kind.challenge_fits': 'Passende Challenge',
  'challenge_nav.matches': 'Vorgeschlagene Partner',
  'matches.partners.title': 'Vorgeschlagene Partner',
  'matches.partners.intro':
    'Organisationen aus dem Partnerverzeichnis und Fachleute mit öffentlichem Profil, deren Fähigkeiten zu dieser Challenge passen, die besten zuerst. Bei jedem steht, warum: die passenden Schlagwörter, der Versorgungsschritt, die Produktklasse, der TRL und was sie anbieten oder suchen.',
  'matches.partners.organizations': 'Organisationen',
  'matches.partners.experts': 'Fachleute',
  'matches.partners.no_organizations':
    'Noch passt keine gelistete Organisation zu dieser Challenge. Mehr Schlagwörter an der Challenge finden mehr Partner.',
  'matches.partners.no_experts':
    'Noch teilt keine Fachperson mit öffentlichem Profil ein Schlagwort mit dieser Challenge.',
  'matches.why': 'Warum',
  'matches.score': 'Passung',
  'matches.mine.title': 'Vorgeschlagene Challenges',
  'matches.mine.intro':
    'Offene Challenges und Ausschreibungen, die zum Profil Ihrer Organisation und zu Ihrer Expertise passen, die besten zuerst.',
  'matches.mine.none':
    'Noch passt nichts. Vorschläge entstehen aus dem Profil Ihrer Organisation und der Expertise in Ihrem Fachprofil.',
  'matches.mine.profile': 'Expertise eintragen',
  'matches.mine.calls': 'Ausschreibungen mit Challenges für Sie',
  'matches.mine.in_call': 'In der Ausschreibung',
};
