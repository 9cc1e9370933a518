import type { Translated } from '../part';
import type { enModeration } from './en';

export const deModeration: Translated<typeof enModeration> = {};
