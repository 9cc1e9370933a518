import type { Translated } from '../part';
import type { enPeople } from './en';

export const itPeople: Translated<typeof enPeople> = {
  'nav.people': 'Persone',
  'people.title': 'Persone',
  'people.intro':
    'Clinici, ricercatori e fondatori che hanno scelto di farsi trovare: cosa sanno, le lingue in cui lavorano e se fanno parte di giurie o offrono mentoring. I loro indirizzi email non sono mai mostrati.',
  'people.filters': 'Trova persone',
  'people.filter.expertise': 'Competenza',
  'people.filter.expertise_hint': 'Un ambito, ad es. biopsia liquida',
  'people.filter.language': 'Lavora in',
  'people.filter.any_language': 'Qualsiasi lingua',
  'people.filter.juror': 'Disponibile come giurato',
  'people.filter.mentor': 'Disponibile come mentor',
  'people.filter.apply': 'Mostra',
  'people.none':
    'Ancora nessuno corrisponde a questi filtri. Provate con meno filtri o con un’altra parola per la competenza.',
  'people.none_at_all': 'Nessuno ha ancora reso pubblico il proprio profilo.',
  'people.own_profile': 'Il vostro profilo di esperto',
  'people.juror': 'Giurato',
  'people.mentor': 'Mentor',
  'people.organization': 'Organizzazione',
  'people.expertise': 'Competenze',
  'people.languages': 'Lingue',
  'profile.title': 'Il vostro profilo di esperto',
  'profile.intro':
    'Dite cosa sapete, così i partner vi trovano. Nulla di questo è visibile finché non lo rendete pubblico, e il vostro indirizzo email non lo è mai.',
  'profile.field.public': 'Mostra il mio profilo nell’elenco delle persone',
  'profile.field.public_hint': 'Tutti vedranno allora il vostro nome e ciò che scrivete sotto.',
  'profile.confirm_first':
    'Confermate il vostro indirizzo email per rendere pubblico il profilo: aprite il link che vi abbiamo inviato o chiedetene uno nuovo dalla vostra pagina. Intanto potete già scriverlo.',
  'profile.field.headline': 'Titolo',
  'profile.field.headline_hint':
    'Una riga, ad es. «Patologa molecolare, biopsia liquida nel tumore del polmone» (al massimo 140 caratteri).',
  'profile.field.bio': 'Chi siete',
  'profile.field.bio_hint': 'Su cosa lavorate e cosa cercate (al massimo 1 500 caratteri).',
  'profile.field.expertise': 'Competenze',
  'profile.field.expertise_hint': 'Fino a 10 ambiti, separati da virgole, ad es. oncologia, biopsia liquida.',
  'profile.field.languages': 'Lingue in cui lavorate',
  'profile.field.juror': 'Sono disponibile a far parte di giurie',
  'profile.field.mentor': 'Sono disponibile a fare da mentor a start-up',
  'profile.save': 'Salva il profilo',
  'profile.saved': 'Il vostro profilo è salvato.',
  'profile.saved_public': 'Il vostro profilo è salvato e compare nell’elenco delle persone.',
  'profile.error.expertise':
    '{label}: usate parole separate da virgole, al massimo 10 ambiti di al massimo 40 caratteri ciascuno.',
  'profile.error.languages': '{label}: scegliete le lingue dall’elenco.',
};
