import type { Translated } from '../part';
import type { enAdvance } from './en';

export const itAdvance: Translated<typeof enAdvance> = {
  'notification.stage_advanced':
    'La tua soluzione “{solution_title}” è nella rosa ristretta di “{title}”: aggiungi ciò che chiede la fase {next_stage} e inviala entro il {deadline}.',
  'notification.stage_not_advanced':
    'La tua soluzione “{solution_title}” non è passata alla fase successiva di “{title}”. Grazie per aver partecipato.',
  'notification.stage_not_advanced_feedback':
    'La tua soluzione “{solution_title}” non è passata alla fase successiva di “{title}”. Il riscontro della giuria è sulla pagina della tua soluzione.',
  'notification.kind.stage_advanced': 'La tua soluzione è passata alla fase successiva di una sfida',
  'notification.kind.stage_not_advanced': 'La tua soluzione non è passata alla fase successiva di una sfida',
  'dashboard.email_kind.stage_advanced': 'Selezionata per la fase successiva',
  'dashboard.email_kind.stage_not_advanced': 'Non passata alla fase successiva',
  'messages.refused.stage_incomplete': 'Compila prima ciò che chiede questa fase.',
  'messages.refused.not_in_stage': 'Una delle soluzioni indicate non è in questa fase.',
};
