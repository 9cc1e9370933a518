import type { Translated } from '../part';
import type { enLayout } from './en';

export const deLayout: Translated<typeof enLayout> = {};
