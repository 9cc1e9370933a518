import type { Translated } from '../part';
import type { enLayout } from './en';

export const roLayout: Translated<typeof enLayout> = {};
