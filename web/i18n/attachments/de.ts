import type { Translated } from '../part';
import type { enAttachments } from './en';

export const deAttachments: Translated<typeof enAttachments> = {
  'attachments.title': 'Anhänge',
  'attachments.none': 'Keine Dateien angehängt.',
  'attachments.caption': 'Angehängte Dateien',
  'attachments.name': 'Datei',
  'attachments.type': 'Art',
  'attachments.size': 'Größe',
  'attachments.size_kb': '{size} KB',
  'attachments.size_mb': '{size} MB',
  'attachments.download': '{name} herunterladen',
  'attachments.delete': 'Löschen',
  'attachments.delete_named': '{name} löschen',
  'attachments.file': 'Datei zum Anhängen',
  'attachments.limits':
    'PDF, Bilder (PNG, JPEG, WebP), Word-, Excel-, PowerPoint- oder OpenDocument-Dateien; höchstens {file} MB je Datei, zusammen {total} MB und {max} Dateien. Die Art wird am Inhalt der Datei geprüft, nicht an ihrem Namen.',
  'attachments.confidential':
    'Anhänge sind so vertraulich wie die Lösung: Nur wer sie lesen darf, kann sie herunterladen.',
  'attachments.upload': 'Datei anhängen',
  'attachments.done.attached': 'Die Datei ist angehängt.',
  'attachments.done.deleted': 'Der Anhang ist gelöscht.',
  'attachments.error.executable':
    'Diese Datei ist ein ausführbares Programm, kein PDF, Bild oder Office-Dokument. Programme können nicht angehängt werden.',
  'attachments.error.web_page':
    'Diese Datei ist eine Webseite, ein Skript oder eine Zeichnung in Textform (HTML, SVG, XML) und kann nicht angehängt werden. Speichern Sie sie zuerst als PDF.',
  'attachments.error.archive':
    'Diese Datei ist ein Archiv (etwa ZIP). Hängen Sie die Dokumente selbst an, eines nach dem anderen.',
  'attachments.error.unknown':
    'Die Art dieser Datei ließ sich an ihrem Inhalt nicht erkennen. Hängen Sie ein PDF, ein Bild oder ein Office-Dokument an.',
  'attachments.error.other':
    'Dateien dieser Art ({type}) können nicht angehängt werden. Speichern Sie sie zuerst als PDF.',
  'attachments.error.too_large_file':
    'Diese Datei ist größer als {limit} MB, die Grenze für eine Datei. Komprimieren oder teilen Sie sie.',
  'attachments.error.too_large_total':
    'Es ist nicht mehr genug Platz: Anhänge dürfen zusammen {limit} MB groß sein, {left} MB sind noch frei. Löschen Sie einen Anhang oder wählen Sie eine kleinere Datei.',
  'attachments.error.full': 'Es gibt schon {max} Anhänge. Löschen Sie einen, bevor Sie einen weiteren anhängen.',
  'attachments.error.no_file': 'Wählen Sie eine Datei zum Anhängen.',
  'attachments.error.not_editable':
    'Die Anhänge lassen sich nicht mehr ändern: Die Lösung oder Challenge nimmt keine Änderungen mehr an.',
  'confirm_step.delete_attachment.question': 'Den Anhang „{name}“ löschen?',
  'confirm_step.delete_attachment.consequence':
    'Niemand kann ihn danach mehr herunterladen, und er lässt sich nicht wiederherstellen. Solange Änderungen möglich sind, können Sie die Datei erneut anhängen.',
  'confirm_step.delete_attachment.yes': 'Ja, Anhang löschen',
};
