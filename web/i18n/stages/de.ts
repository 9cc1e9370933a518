import type { Translated } from '../part';
import type { enStages } from './en';

export const deStages: Translated<typeof enStages> = {
  'stages.timeline': 'Phasen',
  'stages.default_name.first': 'Lösungen',
  'stages.default_name.later': 'Phase {stage}',
  'stages.kind.submission': 'Einreichung',
  'stages.kind.expression_of_interest': 'Interessenbekundung',
  'stages.kind.full_proposal': 'Vollantrag',
  'stages.kind.pitch': 'Pitch',
  'stages.deadline': 'Einreichungsschluss',
  'stages.evaluation_deadline': 'Ende der Bewertung',
  'stages.current': 'Aktuelle Phase',
  'stages.shortlist_only': 'Phase {stage} von {count}: nur für die Auswahlliste offen',
  'stages.selector': 'Phasen',
  'stages.showing': 'Angezeigt wird Phase {stage}: {name}',
  'stages.outcomes': 'Phasen',
  'stages.outcome.pending': 'Offen',
  'stages.outcome.advanced': 'Weiter',
  'stages.outcome.not_advanced': 'Nicht weiter',
  'stages.outcome.winner': 'Gewinner',
  'stages.outcome.not_selected': 'Nicht ausgewählt',
};
