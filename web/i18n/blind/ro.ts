import type { Translated } from '../part';
import type { enBlind } from './en';

export const roBlind: Translated<typeof enBlind> = {
  'blind.form.label': 'Evaluare anonimă: juriul nu vede cine a depus o soluție',
  'blind.form.hint':
    'Membrii juriului nu văd cine a depus-o, echipa, organizația sau linkurile; dumneavoastră și moderatorii vedeți în continuare totul. Stabiliți acest lucru înainte de aprobare: ofertanții scriu știind asta.',
  'blind.badge': 'Evaluare anonimă',
  'blind.challenge_note':
    'Această provocare este evaluată anonim: juriul nu vede cine a depus o soluție, echipa, organizația sau linkurile.',
  'blind.solver_notice':
    'Această provocare este evaluată anonim. Nu vă menționați numele, echipa sau organizația în titlu, rezumat sau abordare și omiteți linkurile care le-ar dezvălui: juriul judecă munca, nu pe cine a făcut-o.',
  'blind.withheld': 'Ascuns juriului (evaluare anonimă)',
  'blind.juror_notice':
    'Evaluare anonimă: cine se află în spatele acestei soluții vă este ascuns. Declarați un conflict de interese dacă recunoașteți lucrarea.',
};
