import type { Translated } from '../part';
import type { enNotifications } from './en';

export const deNotifications: Translated<typeof enNotifications> = {};
