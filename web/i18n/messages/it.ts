import type { Translated } from '../part';
import type { enMessages } from './en';

export const itMessages: Translated<typeof enMessages> = {};
