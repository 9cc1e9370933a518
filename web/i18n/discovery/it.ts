import type { Translated } from '../part';
import type { enDiscovery } from './en';

export const itDiscovery: Translated<typeof enDiscovery> = {
  'discovery.image_alt': 'Bedside: i bisogni clinici incontrano chi può risolverli',
  'discovery.home':
    'Open innovation per la medicina di precisione in Europa: i clinici pubblicano bisogni clinici insoddisfatti, imprese e gruppi di ricerca li risolvono.',
  'discovery.challenges':
    'Cerca i bisogni clinici insoddisfatti degli ospedali europei per malattia, fase del percorso di cura, TRL e scadenza, e proponi una soluzione.',
  'discovery.calls': 'Bandi di challenge dei cluster europei delle scienze della vita, con regole e scadenze.',
  'discovery.cluster': '{name} su Bedside: le sue challenge cliniche aperte e i suoi bandi.',
  'discovery.events': 'Pitch day, matchmaking e workshop dei cluster europei delle scienze della vita.',
  'discovery.partners':
    'Ospedali, imprese e gruppi di ricerca della medicina di precisione per competenza, TRL e paese.',
  'discovery.people':
    'Clinici ed esperti che offrono le loro conoscenze ai progetti di innovazione in medicina di precisione.',
  'discovery.open_data': 'Tutto ciò che è pubblico su Bedside in CSV e JSON con licenza CC BY 4.0.',
  'discovery.api_docs': "L'API di Bedside: leggere e scrivere challenge, bandi e soluzioni in JSON.",
  'discovery.problems': "Ogni problema con cui risponde l'API di Bedside, cosa significa e cosa fare.",
  'discovery.legal':
    'Informativa sulla privacy, condizioni d’uso e note legali di questo sito Bedside, e chi lo gestisce.',
  'discovery.stories':
    'Cosa è nato dalle sfide cliniche di {name}: progetti di cooperazione tra cliniche e solutori, con le loro tappe.',
  'discovery.impact':
    '{name} su Bedside in cifre: sfide, soluzioni, cooperazioni e progetti pilota, trimestre per trimestre.',
  'discovery.cooperation':
    'Una cooperazione su Bedside tra {clinic} e {solver}, nata dalla sfida clinica «{challenge}».',
};
