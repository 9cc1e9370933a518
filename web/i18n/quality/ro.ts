import type { Translated } from '../part';
import type { enQuality } from './en';

export const roQuality: Translated<typeof enQuality> = {
  'quality.form.min_evaluations': 'Numărul minim de jurați care evaluează o soluție înainte ca ea să poată câștiga',
  'quality.form.min_evaluations_hint':
    'Între 1 și 20. O soluție evaluată de mai puțini jurați poate câștiga doar cu o notă care explică de ce.',
  'quality.method.title': 'Metoda clasamentului',
  'quality.method.weighted': 'Medie ponderată',
  'quality.method.normalised': 'Normalizat pe jurat',
  'quality.method.weighted_note':
    'Clasament după media ponderată a punctajelor juriului pe fiecare criteriu, pe o scară de la 0 la 100.',
  'quality.method.normalised_note':
    'Clasament după punctaje normalizate pe jurat: punctajele fiecărui jurat sunt mai întâi standardizate, astfel încât un jurat sever și unul îngăduitor cântăresc la fel. Un jurat cu mai puțin de 2 punctaje sau cu același punctaj pentru toate soluțiile contează ca media.',
  'quality.normalised': 'Normalizat',
  'quality.other_rank': 'După cealaltă metodă: locul {rank}',
  'quality.disagree':
    'Cele două metode diferă pe primele {places} locuri. Uitați-vă cum a punctat fiecare jurat înainte să decideți.',
  'quality.under_minimum': 'Evaluată de mai puțin de {min} jurați',
  'quality.override.label': 'De ce „{title}” poate câștiga cu mai puțin de {min} evaluări',
  'quality.override.generic': 'Notă pentru o câștigătoare cu mai puține evaluări',
  'quality.override.hint':
    'Necesar doar dacă o numiți câștigătoare: între 10 și 1000 de caractere, păstrate împreună cu decizia.',
  'quality.override.shown': 'Numită câștigătoare cu mai puține evaluări decât minimul. Nota: {note}',
  'quality.agreement.title': 'Acordul dintre jurați',
  'quality.agreement.explain':
    'Alfa lui Krippendorff (scală de interval): 1 înseamnă acord deplin, 0 nu e mai bun decât întâmplarea. Spre deosebire de ICC sau W al lui Kendall, ține seama de jurații care s-au recuzat sau nu au evaluat fiecare soluție. După convenția lui Krippendorff: de la 0,8 în sus e bun, între 0,667 și 0,8 permite doar concluzii provizorii, sub acest prag acordul e slab.',
  'quality.agreement.criterion': 'Criteriu',
  'quality.agreement.alpha': 'Alfa',
  'quality.agreement.reading': 'Interpretare',
  'quality.agreement.overall': 'Global (toate punctajele pe criterii laolaltă)',
  'quality.reading.good': 'Acord bun',
  'quality.reading.tentative': 'Provizoriu: trageți concluzii cu grijă',
  'quality.reading.low': 'Acord slab',
  'quality.reading.none': 'Încă nu există variație de măsurat',
  'quality.disputed.title': 'De discutat înainte de decizie',
  'quality.disputed.explain':
    'Soluțiile asupra cărora jurații sunt cel mai puțin de acord: punctajele lor variază cu 20 de puncte sau mai mult ori sunt la 3 puncte distanță pe un criteriu.',
  'quality.disputed.item': 'dispersie de {spread} puncte la {evaluations} jurați',
  'quality.disputed.criteria': 'foarte diferite la: {criteria}',
  'quality.disputed.none': 'Nu există nicio soluție asupra căreia jurații să fie puternic în dezacord.',
  'quality.error.minimum':
    'O câștigătoare evaluată de mai puțini jurați decât cere această provocare are nevoie de o notă care explică de ce poate câștiga totuși: scrieți-o sub acea soluție sau așteptați mai multe evaluări.',
  'quality.error.override_note': 'Scrieți nota pentru o câștigătoare cu mai puține evaluări în 10–1000 de caractere.',
};
