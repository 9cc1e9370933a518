import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const roAuthoring: Translated<typeof enAuthoring> = {};
