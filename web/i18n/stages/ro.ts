import type { Translated } from '../part';
import type { enStages } from './en';

export const roStages: Translated<typeof enStages> = {
  'stages.timeline': 'Etape',
  'stages.default_name.first': 'Soluții',
  'stages.default_name.later': 'Etapa {stage}',
  'stages.kind.submission': 'Depunere',
  'stages.kind.expression_of_interest': 'Manifestare de interes',
  'stages.kind.full_proposal': 'Propunere completă',
  'stages.kind.pitch': 'Prezentare (pitch)',
  'stages.deadline': 'Termen de depunere',
  'stages.evaluation_deadline': 'Sfârșitul evaluării',
  'stages.current': 'Etapa curentă',
  'stages.shortlist_only': 'Etapa {stage} din {count}: deschisă doar celor preselectați',
  'stages.selector': 'Etape',
  'stages.showing': 'Se afișează etapa {stage}: {name}',
  'stages.outcomes': 'Etape',
  'stages.outcome.pending': 'În așteptare',
  'stages.outcome.advanced': 'Trecută în etapa următoare',
  'stages.outcome.not_advanced': 'Netrecută în etapa următoare',
  'stages.outcome.winner': 'Câștigătoare',
  'stages.outcome.not_selected': 'Neselectată',
};
