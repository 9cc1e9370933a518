import type { Translated } from '../part';
import type { enDiscovery } from './en';

export const roDiscovery: Translated<typeof enDiscovery> = {
  'discovery.image_alt': 'Bedside: nevoile clinice îi întâlnesc pe cei care le pot rezolva',
  'discovery.home':
    'Inovare deschisă pentru medicina de precizie în Europa: clinicienii publică nevoi clinice nesatisfăcute, companiile și grupurile de cercetare le rezolvă.',
  'discovery.challenges':
    'Căutați nevoile clinice nesatisfăcute ale spitalelor europene după boală, etapa parcursului de îngrijire, TRL și termen, și propuneți o soluție.',
  'discovery.calls':
    'Apeluri pentru provocări ale clusterelor europene din științele vieții, cu regulile și termenele lor.',
  'discovery.cluster': '{name} pe Bedside: provocările clinice deschise și apelurile sale.',
  'discovery.events': 'Zile de pitch, matchmaking și ateliere ale clusterelor europene din științele vieții.',
  'discovery.partners':
    'Spitale, companii și grupuri de cercetare din medicina de precizie, după competență, TRL și țară.',
  'discovery.people':
    'Clinicieni și experți care își oferă cunoștințele proiectelor de inovare în medicina de precizie.',
  'discovery.open_data': 'Tot ce este public pe Bedside, în CSV și JSON, sub licența CC BY 4.0.',
  'discovery.api_docs': 'API-ul Bedside: citiți și scrieți provocări, apeluri și soluții în JSON.',
  'discovery.problems': 'Fiecare problemă cu care răspunde API-ul Bedside, ce înseamnă și ce trebuie făcut.',
  'discovery.legal':
    'Nota de confidențialitate, termenii de utilizare și datele de identificare ale acestui site Bedside și cine îl administrează.',
  'discovery.stories':
    'Ce a rezultat din provocările clinice ale {name}: proiecte de cooperare între clinici și furnizori de soluții, cu etapele lor.',
  'discovery.impact':
    '{name} pe Bedside în cifre: provocări, soluții, cooperări și proiecte pilot, trimestru cu trimestru.',
  'discovery.cooperation':
    'O cooperare pe Bedside între {clinic} și {solver}, pornită de la provocarea clinică „{challenge}”.',
};
