import type { Translated } from '../part';
import type { enMessages } from './en';

export const roMessages: Translated<typeof enMessages> = {};
