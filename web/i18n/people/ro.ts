import type { Translated } from '../part';
import type { enPeople } from './en';

export const roPeople: Translated<typeof enPeople> = {
  'nav.people': 'Persoane',
  'people.title': 'Persoane',
  'people.intro':
    'Clinicieni, cercetători și fondatori care au ales să fie găsiți: ce știu, limbile în care lucrează și dacă fac parte din jurii sau oferă mentorat. Adresele lor de e-mail nu sunt afișate niciodată.',
  'people.filters': 'Găsiți persoane',
  'people.filter.expertise': 'Domeniu de expertiză',
  'people.filter.expertise_hint': 'Un domeniu, de ex. biopsie lichidă',
  'people.filter.language': 'Lucrează în',
  'people.filter.any_language': 'Orice limbă',
  'people.filter.juror': 'Disponibil ca membru în juriu',
  'people.filter.mentor': 'Disponibil ca mentor',
  'people.filter.apply': 'Afișați',
  'people.none':
    'Încă nu se potrivește nimeni acestor filtre. Încercați mai puține filtre sau alt cuvânt pentru domeniu.',
  'people.none_at_all': 'Nimeni nu și-a făcut încă profilul public.',
  'people.own_profile': 'Profilul dumneavoastră de expert',
  'people.juror': 'Juriu',
  'people.mentor': 'Mentor',
  'people.organization': 'Organizație',
  'people.expertise': 'Expertiză',
  'people.languages': 'Limbi',
  'profile.title': 'Profilul dumneavoastră de expert',
  'profile.intro':
    'Spuneți ce știți, ca partenerii să vă găsească. Nimic de aici nu este arătat nimănui până nu îl faceți public, iar adresa de e-mail niciodată.',
  'profile.field.public': 'Arătați profilul meu în lista de persoane',
  'profile.field.public_hint': 'Toată lumea va vedea atunci numele și ce scrieți mai jos.',
  'profile.confirm_first':
    'Confirmați adresa de e-mail pentru a vă face profilul public: deschideți linkul trimis prin e-mail sau cereți unul nou de pe pagina dumneavoastră. Între timp îl puteți scrie.',
  'profile.field.headline': 'Titlu',
  'profile.field.headline_hint':
    'Un rând, de ex. „Medic anatomopatolog molecular, biopsie lichidă în cancerul pulmonar” (cel mult 140 de caractere).',
  'profile.field.bio': 'Despre dumneavoastră',
  'profile.field.bio_hint': 'La ce lucrați și ce căutați (cel mult 1 500 de caractere).',
  'profile.field.expertise': 'Expertiză',
  'profile.field.expertise_hint': 'Până la 10 domenii, separate prin virgule, de ex. oncologie, biopsie lichidă.',
  'profile.field.languages': 'Limbile în care lucrați',
  'profile.field.juror': 'Sunt disponibil să fac parte din jurii',
  'profile.field.mentor': 'Sunt disponibil ca mentor pentru start-upuri',
  'profile.save': 'Salvați profilul',
  'profile.saved': 'Profilul dumneavoastră a fost salvat.',
  'profile.saved_public': 'Profilul dumneavoastră a fost salvat și apare în lista de persoane.',
  'profile.error.expertise':
    '{label}: folosiți cuvinte separate prin virgule, cel mult 10 domenii a câte cel mult 40 de caractere.',
  'profile.error.languages': '{label}: alegeți limbi din listă.',
};
