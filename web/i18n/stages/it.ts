import type { Translated } from '../part';
import type { enStages } from './en';

export const itStages: Translated<typeof enStages> = {
  'stages.timeline': 'Fasi',
  'stages.default_name.first': 'Soluzioni',
  'stages.default_name.later': 'Fase {stage}',
  'stages.kind.submission': 'Candidatura',
  'stages.kind.expression_of_interest': 'Manifestazione di interesse',
  'stages.kind.full_proposal': 'Proposta completa',
  'stages.kind.pitch': 'Pitch',
  'stages.deadline': 'Chiusura delle candidature',
  'stages.evaluation_deadline': 'Fine della valutazione',
  'stages.current': 'Fase in corso',
  'stages.shortlist_only': 'Fase {stage} di {count}: aperta solo alla rosa dei selezionati',
  'stages.selector': 'Fasi',
  'stages.showing': 'Fase mostrata: {stage}, {name}',
  'stages.outcomes': 'Fasi',
  'stages.outcome.pending': 'In attesa',
  'stages.outcome.advanced': 'Ammessa alla fase successiva',
  'stages.outcome.not_advanced': 'Non ammessa alla fase successiva',
  'stages.outcome.winner': 'Vincitrice',
  'stages.outcome.not_selected': 'Non selezionata',
};
