import type { Translated } from '../part';
import type { enModeration } from './en';

export const roModeration: Translated<typeof enModeration> = {};
