import type { Translated } from '../part';
import type { enDashboard } from './en';

export const deDashboard: Translated<typeof enDashboard> = {};
