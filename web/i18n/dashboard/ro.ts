import type { Translated } from '../part';
import type { enDashboard } from './en';

export const roDashboard: Translated<typeof enDashboard> = {};
