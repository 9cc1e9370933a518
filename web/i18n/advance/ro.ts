import type { Translated } from '../part';
import type { enAdvance } from './en';

export const roAdvance: Translated<typeof enAdvance> = {
  'notification.stage_advanced':
    'Soluția dumneavoastră „{solution_title}” este pe lista scurtă a provocării „{title}”: completați ce cere etapa {next_stage} și trimiteți-o până la {deadline}.',
  'notification.stage_not_advanced':
    'Soluția dumneavoastră „{solution_title}” nu a trecut în etapa următoare a provocării „{title}”. Vă mulțumim pentru participare.',
  'notification.stage_not_advanced_feedback':
    'Soluția dumneavoastră „{solution_title}” nu a trecut în etapa următoare a provocării „{title}”. Părerea juriului se află pe pagina soluției dumneavoastră.',
  'notification.kind.stage_advanced': 'Soluția dumneavoastră a trecut în etapa următoare a unei provocări',
  'notification.kind.stage_not_advanced': 'Soluția dumneavoastră nu a trecut în etapa următoare a unei provocări',
  'dashboard.email_kind.stage_advanced': 'Selectată pentru etapa următoare',
  'dashboard.email_kind.stage_not_advanced': 'Nu a trecut în etapa următoare',
  'messages.refused.stage_incomplete': 'Completați mai întâi ce cere această etapă.',
  'messages.refused.not_in_stage': 'Una dintre soluțiile indicate nu se află în această etapă.',
};
