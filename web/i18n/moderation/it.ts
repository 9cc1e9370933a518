import type { Translated } from '../part';
import type { enModeration } from './en';

export const itModeration: Translated<typeof enModeration> = {};
