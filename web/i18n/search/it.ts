import type { Translated } from '../part';
import type { enSearch } from './en';

export const itSearch: Translated<typeof enSearch> = {
  'search.sort.default': 'Pertinenza, altrimenti più recenti',
};
