import type { Translated } from '../part';
import type { enSearch } from './en';

export const deSearch: Translated<typeof enSearch> = {
  'search.sort.default': 'Relevanz, sonst neueste zuerst',
};
