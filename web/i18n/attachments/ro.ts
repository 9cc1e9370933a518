import type { Translated } from '../part';
import type { enAttachments } from './en';

export const roAttachments: Translated<typeof enAttachments> = {
  'attachments.title': 'Atașamente',
  'attachments.none': 'Niciun fișier atașat.',
  'attachments.caption': 'Fișiere atașate',
  'attachments.name': 'Fișier',
  'attachments.type': 'Tip',
  'attachments.size': 'Dimensiune',
  'attachments.size_kb': '{size} KB',
  'attachments.size_mb': '{size} MB',
  'attachments.download': 'Descărcați {name}',
  'attachments.delete': 'Ștergeți',
  'attachments.delete_named': 'Ștergeți {name}',
  'attachments.file': 'Fișier de atașat',
  'attachments.limits':
    'PDF, imagini (PNG, JPEG, WebP), fișiere Word, Excel, PowerPoint sau OpenDocument; cel mult {file} MB pe fișier, {total} MB și {max} fișiere în total. Tipul este verificat după conținutul fișierului, nu după nume.',
  'attachments.confidential':
    'Atașamentele sunt la fel de confidențiale ca soluția: doar cei care o pot citi le pot descărca.',
  'attachments.upload': 'Atașați fișierul',
  'attachments.done.attached': 'Fișierul a fost atașat.',
  'attachments.done.deleted': 'Atașamentul a fost șters.',
  'attachments.error.executable':
    'Acest fișier este un program executabil, nu un PDF, o imagine sau un document de birou. Programele nu pot fi atașate.',
  'attachments.error.web_page':
    'Acest fișier este o pagină web, un script sau un desen în format text (HTML, SVG, XML) și nu poate fi atașat. Salvați-l mai întâi ca PDF.',
  'attachments.error.archive':
    'Acest fișier este o arhivă (de exemplu ZIP). Atașați documentele înseși, unul câte unul.',
  'attachments.error.unknown':
    'Tipul acestui fișier nu a putut fi recunoscut după conținut. Atașați un PDF, o imagine sau un document de birou.',
  'attachments.error.other': 'Fișierele de acest tip ({type}) nu pot fi atașate. Salvați-l mai întâi ca PDF.',
  'attachments.error.too_large_file':
    'Acest fișier depășește {limit} MB, limita pentru un fișier. Comprimați-l sau împărțiți-l.',
  'attachments.error.too_large_total':
    'Nu mai este suficient spațiu: atașamentele pot avea împreună {limit} MB și mai sunt liberi {left} MB. Ștergeți un atașament sau alegeți un fișier mai mic.',
  'attachments.error.full': 'Există deja {max} atașamente. Ștergeți unul înainte de a adăuga altul.',
  'attachments.error.no_file': 'Alegeți un fișier de atașat.',
  'attachments.error.not_editable':
    'Atașamentele nu mai pot fi modificate: soluția sau provocarea nu mai acceptă modificări.',
  'confirm_step.delete_attachment.question': 'Ștergeți atașamentul „{name}”?',
  'confirm_step.delete_attachment.consequence':
    'Nimeni nu îl va mai putea descărca și nu poate fi recuperat. Cât timp modificările sunt posibile, puteți atașa fișierul din nou.',
  'confirm_step.delete_attachment.yes': 'Da, ștergeți atașamentul',
};
