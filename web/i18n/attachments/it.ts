import type { Translated } from '../part';
import type { enAttachments } from './en';

export const itAttachments: Translated<typeof enAttachments> = {
  'attachments.title': 'Allegati',
  'attachments.none': 'Nessun file allegato.',
  'attachments.caption': 'File allegati',
  'attachments.name': 'File',
  'attachments.type': 'Tipo',
  'attachments.size': 'Dimensione',
  'attachments.size_kb': '{size} KB',
  'attachments.size_mb': '{size} MB',
  'attachments.download': 'Scarica {name}',
  'attachments.delete': 'Elimina',
  'attachments.delete_named': 'Elimina {name}',
  'attachments.file': 'File da allegare',
  'attachments.limits':
    'PDF, immagini (PNG, JPEG, WebP), file Word, Excel, PowerPoint o OpenDocument; al massimo {file} MB per file, {total} MB e {max} file in tutto. Il tipo viene verificato dal contenuto del file, non dal nome.',
  'attachments.confidential': 'Gli allegati sono riservati quanto la soluzione: solo chi può leggerla può scaricarli.',
  'attachments.upload': 'Allega il file',
  'attachments.done.attached': 'Il file è stato allegato.',
  'attachments.done.deleted': 'L’allegato è stato eliminato.',
  'attachments.error.executable':
    'Questo file è un programma eseguibile, non un PDF, un’immagine o un documento d’ufficio. I programmi non possono essere allegati.',
  'attachments.error.web_page':
    'Questo file è una pagina web, uno script o un disegno in forma di testo (HTML, SVG, XML) e non può essere allegato. Salvalo prima come PDF.',
  'attachments.error.archive': 'Questo file è un archivio (ad esempio ZIP). Allega i documenti stessi, uno alla volta.',
  'attachments.error.unknown':
    'Non è stato possibile riconoscere il tipo di questo file dal suo contenuto. Allega un PDF, un’immagine o un documento d’ufficio.',
  'attachments.error.other': 'I file di questo tipo ({type}) non possono essere allegati. Salvalo prima come PDF.',
  'attachments.error.too_large_file':
    'Questo file supera {limit} MB, il limite per un singolo file. Comprimilo o dividilo.',
  'attachments.error.too_large_total':
    'Non c’è più abbastanza spazio: gli allegati possono occupare in tutto {limit} MB e ne restano {left} MB. Elimina un allegato o scegli un file più piccolo.',
  'attachments.error.full': 'Ci sono già {max} allegati. Eliminane uno prima di aggiungerne un altro.',
  'attachments.error.no_file': 'Scegli un file da allegare.',
  'attachments.error.not_editable':
    'Gli allegati non possono più essere modificati: la soluzione o la sfida non accetta più modifiche.',
  'confirm_step.delete_attachment.question': 'Eliminare l’allegato «{name}»?',
  'confirm_step.delete_attachment.consequence':
    'Nessuno potrà più scaricarlo e non potrà essere recuperato. Finché le modifiche sono possibili, puoi allegare di nuovo il file.',
  'confirm_step.delete_attachment.yes': 'Sì, elimina l’allegato',
};
