import type { Translated } from '../part';
import type { enPublic } from './en';

export const itPublic: Translated<typeof enPublic> = {};
