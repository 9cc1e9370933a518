import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const deAuthoring: Translated<typeof enAuthoring> = {};
