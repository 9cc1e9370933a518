import type { Translated } from '../part';
import type { enMatches } from './en';

export const roMatches: Translated<typeof enMatches> = {
  'notification.challenge_fits': 'O nouă provocare se potrivește profilului dumneavoastră: „{title}”.',
  'notification.kind.challenge_fits': 'Provocări noi care se potrivesc profilului dumneavoastră',
  'dashboard.email_kind.challenge_fits': 'Provocare potrivită',
  'challenge_nav.matches': 'Parteneri sugerați',
  'matches.partners.title': 'Parteneri sugerați',
  'matches.partners.intro':
    'Organizații din registrul de parteneri și experți cu profil public ale căror capacități se potrivesc acestei provocări, cele mai potrivite primele. Pentru fiecare se arată motivul: etichetele, etapa de îngrijire, clasa dispozitivului, TRL-ul și ce oferă sau caută.',
  'matches.partners.organizations': 'Organizații',
  'matches.partners.experts': 'Experți',
  'matches.partners.no_organizations':
    'Nicio organizație listată nu se potrivește încă acestei provocări. Mai multe etichete pe provocare găsesc mai mulți parteneri.',
  'matches.partners.no_experts': 'Niciun expert cu profil public nu are încă o etichetă comună cu această provocare.',
  'matches.why': 'De ce',
  'matches.score': 'Scor de potrivire',
  'matches.mine.title': 'Provocări sugerate',
  'matches.mine.intro':
    'Provocări și apeluri deschise care se potrivesc profilului organizației dumneavoastră și expertizei dumneavoastră, cele mai potrivite primele.',
  'matches.mine.none':
    'Deocamdată nimic nu se potrivește. Sugestiile vin din profilul organizației dumneavoastră și din expertiza din profilul dumneavoastră de expert.',
  'matches.mine.profile': 'Adăugați-vă expertiza',
  'matches.mine.calls': 'Apeluri cu provocări pentru dumneavoastră',
  'matches.mine.in_call': 'În apelul',
};
