import type { Translated } from '../part';
import type { enNotifications } from './en';

export const roNotifications: Translated<typeof enNotifications> = {};
