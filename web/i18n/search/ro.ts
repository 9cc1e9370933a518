import type { Translated } from '../part';
import type { enSearch } from './en';

export const roSearch: Translated<typeof enSearch> = {
  'search.sort.default': 'Relevanță, altfel cele mai noi',
};
