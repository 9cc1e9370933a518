import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const itAuthoring: Translated<typeof enAuthoring> = {};
