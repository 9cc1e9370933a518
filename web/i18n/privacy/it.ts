import type { Translated } from '../part';
import type { enPrivacy } from './en';

export const itPrivacy: Translated<typeof enPrivacy> = {
  'your_data.title': 'I tuoi dati',
  'your_data.intro':
    'Scarica una copia di tutto ciò che Bedside conserva su di te: il tuo account, le sfide, le domande, le risposte e le soluzioni che hai scritto, le tue valutazioni, le segnalazioni, le notifiche, le ricerche salvate e le email e gli inviti che ti sono stati inviati. È un unico file JSON, da conservare o da portare altrove.',
  'your_data.left_out':
    'Non contiene la tua password (ne conserviamo solo un hash con salt) né altri segreti, né i contenuti riservati di altre persone, come le soluzioni inviate alle tue sfide.',
  'your_data.download': 'Scarica i miei dati (JSON)',
  'your_data.delete': 'Elimina il mio account…',
};
