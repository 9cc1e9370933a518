import type { Translated } from '../part';
import type { enPublic } from './en';

export const dePublic: Translated<typeof enPublic> = {};
