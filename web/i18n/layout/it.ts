import type { Translated } from '../part';
import type { enLayout } from './en';

export const itLayout: Translated<typeof enLayout> = {};
