import type { Translated } from '../part';
import type { enMessages } from './en';

export const deMessages: Translated<typeof enMessages> = {};
