import type { Translated } from '../part';
import type { enNotifications } from './en';

export const itNotifications: Translated<typeof enNotifications> = {};
