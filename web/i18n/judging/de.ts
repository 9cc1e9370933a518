import type { Translated } from '../part';
import type { enJudging } from './en';

export const deJudging: Translated<typeof enJudging> = {};
