import type { Translated } from '../part';
import type { enMatches } from './en';

export const itMatches: Translated<typeof enMatches> = {
  'notification.challenge_fits': 'Una nuova sfida è adatta al tuo profilo: «{title}».',
  'notification.kind.challenge_fits': 'Nuove sfide adatte al tuo profilo',
  'dashboard.email_kind.challenge_fits': 'Sfida adatta',
  'challenge_nav.matches': 'Partner suggeriti',
  'matches.partners.title': 'Partner suggeriti',
  'matches.partners.intro':
    'Organizzazioni della rubrica dei partner ed esperti con un profilo pubblico le cui competenze si adattano a questa sfida, le migliori per prime. Per ognuno è indicato il motivo: i tag, la fase del percorso di cura, la classe del dispositivo, il TRL e ciò che offrono o cercano.',
  'matches.partners.organizations': 'Organizzazioni',
  'matches.partners.experts': 'Esperti',
  'matches.partners.no_organizations':
    'Nessuna organizzazione elencata si adatta ancora a questa sfida. Più tag sulla sfida trovano più partner.',
  'matches.partners.no_experts': 'Nessun esperto con un profilo pubblico condivide ancora un tag con questa sfida.',
  'matches.why': 'Perché',
  'matches.score': 'Punteggio di affinità',
  'matches.mine.title': 'Sfide suggerite',
  'matches.mine.intro':
    'Sfide e bandi aperti che si adattano al profilo della vostra organizzazione e alle vostre competenze, i migliori per primi.',
  'matches.mine.none':
    'Per ora non c’è nulla di adatto. I suggerimenti nascono dal profilo della vostra organizzazione e dalle competenze del vostro profilo da esperto.',
  'matches.mine.profile': 'Aggiungete le vostre competenze',
  'matches.mine.calls': 'Bandi con sfide per voi',
  'matches.mine.in_call': 'Nel bando',
};
