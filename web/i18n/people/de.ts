import type { Translated } from '../part';
import type { enPeople } from './en';

export const dePeople: Translated<typeof enPeople> = {
  'nav.people': 'Personen',
  'people.title': 'Personen',
  'people.intro':
    'Ärztinnen, Forschende und Gründer, die gefunden werden möchten: was sie wissen, in welchen Sprachen sie arbeiten und ob sie in Jurys mitwirken oder Mentoring anbieten. Ihre E-Mail-Adressen werden nie angezeigt.',
  'people.filters': 'Personen finden',
  'people.filter.expertise': 'Fachgebiet',
  'people.filter.expertise_hint': 'Ein Gebiet, z. B. Liquid Biopsy',
  'people.filter.language': 'Arbeitet auf',
  'people.filter.any_language': 'Jede Sprache',
  'people.filter.juror': 'Verfügbar für Jurys',
  'people.filter.mentor': 'Verfügbar als Mentor',
  'people.filter.apply': 'Anzeigen',
  'people.none':
    'Noch niemand passt zu diesen Filtern. Versuchen Sie weniger Filter oder ein anderes Wort für das Fachgebiet.',
  'people.none_at_all': 'Noch niemand hat ein Profil veröffentlicht.',
  'people.own_profile': 'Ihr Expertenprofil',
  'people.juror': 'Jury',
  'people.mentor': 'Mentoring',
  'people.organization': 'Organisation',
  'people.expertise': 'Fachgebiete',
  'people.languages': 'Sprachen',
  'profile.title': 'Ihr Expertenprofil',
  'profile.intro':
    'Sagen Sie, was Sie wissen, damit Partner Sie finden. Nichts davon sieht jemand, bevor Sie es veröffentlichen, und Ihre E-Mail-Adresse nie.',
  'profile.field.public': 'Mein Profil im Personenverzeichnis zeigen',
  'profile.field.public_hint': 'Dann sehen alle Ihren Namen und was Sie unten schreiben.',
  'profile.confirm_first':
    'Bestätigen Sie Ihre E-Mail-Adresse, um Ihr Profil zu veröffentlichen: Öffnen Sie den Link aus unserer E-Mail oder fordern Sie auf Ihrer Seite einen neuen an. Schreiben können Sie es schon jetzt.',
  'profile.field.headline': 'Kurzbeschreibung',
  'profile.field.headline_hint':
    'Eine Zeile, z. B. „Molekularpathologin, Liquid Biopsy beim Lungenkarzinom“ (höchstens 140 Zeichen).',
  'profile.field.bio': 'Über Sie',
  'profile.field.bio_hint': 'Woran Sie arbeiten und was Sie suchen (höchstens 1 500 Zeichen).',
  'profile.field.expertise': 'Fachgebiete',
  'profile.field.expertise_hint': 'Bis zu 10 Gebiete, durch Kommas getrennt, z. B. Onkologie, Liquid Biopsy.',
  'profile.field.languages': 'Sprachen, in denen Sie arbeiten',
  'profile.field.juror': 'Ich stehe für Jurys zur Verfügung',
  'profile.field.mentor': 'Ich stehe als Mentor für Start-ups zur Verfügung',
  'profile.save': 'Profil speichern',
  'profile.saved': 'Ihr Profil ist gespeichert.',
  'profile.saved_public': 'Ihr Profil ist gespeichert und wird im Personenverzeichnis gezeigt.',
  'profile.error.expertise':
    '{label}: Verwenden Sie durch Kommas getrennte Wörter, höchstens 10 Gebiete mit je höchstens 40 Zeichen.',
  'profile.error.languages': '{label}: Wählen Sie Sprachen aus der Liste.',
};
