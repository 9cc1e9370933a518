import type { Translated } from '../part';
import type { enPublic } from './en';

export const roPublic: Translated<typeof enPublic> = {};
