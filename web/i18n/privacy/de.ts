import type { Translated } from '../part';
import type { enPrivacy } from './en';

export const dePrivacy: Translated<typeof enPrivacy> = {
  'your_data.title': 'Ihre Daten',
  'your_data.intro':
    'Laden Sie eine Kopie von allem herunter, was Bedside über Sie gespeichert hat: Ihr Konto, die Challenges, Fragen, Antworten und Lösungen, die Sie geschrieben haben, Ihre Bewertungen, Meldungen, Benachrichtigungen, gespeicherten Suchen sowie die E-Mails und Einladungen, die Sie erhalten haben. Es ist eine JSON-Datei, die Sie aufbewahren oder anderswohin mitnehmen können.',
  'your_data.left_out':
    'Nicht enthalten sind Ihr Passwort (wir speichern nur einen gesalzenen Hash davon) und andere Geheimnisse sowie vertrauliche Inhalte anderer Personen, etwa die Lösungen, die zu Ihren Challenges eingereicht wurden.',
  'your_data.download': 'Meine Daten herunterladen (JSON)',
  'your_data.delete': 'Mein Konto löschen …',
};
