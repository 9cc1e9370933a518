import type { Translated } from '../part';
import type { enBlind } from './en';

export const itBlind: Translated<typeof enBlind> = {
  'blind.form.label': 'Valutazione anonima: la giuria non vede chi ha presentato una soluzione',
  'blind.form.hint':
    'I giurati non vedono chi l’ha presentata, il team, l’organizzazione né i link; lei e i moderatori continuate a vedere tutto. Va impostata prima dell’approvazione: i solutori scrivono sapendolo.',
  'blind.badge': 'Valutazione anonima',
  'blind.challenge_note':
    'Questa sfida è valutata in forma anonima: la giuria non vede chi ha presentato una soluzione, il team, l’organizzazione né i link.',
  'blind.solver_notice':
    'Questa sfida è valutata in forma anonima. Non indichi il suo nome, il team o l’organizzazione nel titolo, nella sintesi o nell’approccio, e ometta i link che li rivelerebbero: la giuria giudica il lavoro, non chi l’ha fatto.',
  'blind.withheld': 'Nascosto alla giuria (valutazione anonima)',
  'blind.juror_notice':
    'Valutazione anonima: chi sta dietro a questa soluzione le viene nascosto. Dichiari un conflitto di interessi se riconosce il lavoro.',
};
