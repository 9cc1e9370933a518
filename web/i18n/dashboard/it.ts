import type { Translated } from '../part';
import type { enDashboard } from './en';

export const itDashboard: Translated<typeof enDashboard> = {};
